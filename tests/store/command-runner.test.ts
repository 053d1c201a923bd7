import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { CommandRunner, type CommandContext } from '../../src/store/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { GENESIS_HASH } from '../../src/store/envelope.js';

const clerk = { id: 'clerk-of-the-board', role: 'clerk' as const };
const at = (iso: string) => () => new Date(iso);

const registerStroud = {
  type: 'RegisterOrganisation',
  data: { organisationId: 'stroud-district-council', name: 'Stroud District Council', type: 'district-council' },
};
const rename = (name: string) => ({
  type: 'RenameOrganisation',
  data: { organisationId: 'stroud-district-council', name, renamedOn: '2018-06-14' },
});
const context = (commandId: string, extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId,
  actor: clerk,
  ...extra,
});

async function eventsOf(store: InMemoryEventStore | SqliteEventStore) {
  const events = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

describe('CommandRunner', () => {
  it('records an accepted command with its envelope: ids, actor, times and a hash chained from genesis', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, { clock: at('2016-10-27T15:00:00.000Z') });
    const outcome = await runner.run(
      registerStroud,
      context('cmd-1', { occurredAt: '2016-10-27', source: { document: 'minutes.yaml', section: 'item 1' } }),
    );
    expect(outcome).toMatchObject({
      status: 'accepted',
      streamId: 'organisation-stroud-district-council',
      revision: 0n,
      replayed: false,
    });
    const [event] = await eventsOf(store);
    expect(event?.type).toBe('OrganisationRegistered');
    expect(event?.metadata).toMatchObject({
      commandId: 'cmd-1',
      commandType: 'RegisterOrganisation',
      correlationId: 'cmd-1',
      causationId: 'cmd-1',
      actor: clerk,
      recordedAt: '2016-10-27T15:00:00.000Z',
      occurredAt: '2016-10-27',
      source: { document: 'minutes.yaml', section: 'item 1' },
      schemaVersion: 1,
      prevHash: GENESIS_HASH,
    });
    expect(event?.eventId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('returns a rule rejection as a value and appends nothing', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    await runner.run(registerStroud, context('cmd-1'));
    const outcome = await runner.run(registerStroud, context('cmd-2'));
    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'ORGANISATION_ALREADY_REGISTERED' } });
    expect(await eventsOf(store)).toHaveLength(1);
  });

  it('returns the original result for a retried command, even after others moved the stream on', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    const first = await runner.run(registerStroud, context('cmd-1'));
    await runner.run(rename('Stroud DC'), context('cmd-2'));
    const retried = await new CommandRunner(store).run(registerStroud, context('cmd-1'));
    expect(retried).toMatchObject({ status: 'accepted', revision: 0n, replayed: true });
    if (first.status !== 'accepted' || retried.status !== 'accepted') throw new Error('expected both accepted');
    expect(retried.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(await eventsOf(store)).toHaveLength(2);
  });

  it('refuses an idempotency key reused for a different command', async () => {
    const runner = new CommandRunner(new InMemoryEventStore());
    await runner.run(registerStroud, context('cmd-1'));
    expect(await runner.run(rename('Stroud DC'), context('cmd-1'))).toMatchObject({
      status: 'rejected',
      rejection: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('refuses an idempotency key reused for the same kind of command with other details', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    await runner.run(registerStroud, context('cmd-1'));
    await runner.run(rename('Stroud DC'), context('cmd-2'));
    expect(await runner.run(rename('Stroud District'), context('cmd-2'))).toMatchObject({
      status: 'rejected',
      rejection: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(await store.headPosition()).toBe(1n);
  });

  it('refuses an idempotency key already used on another entity', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    await runner.run(registerStroud, context('cmd-1'));
    const cotswold = {
      type: 'RegisterOrganisation',
      data: {
        organisationId: 'cotswold-district-council',
        name: 'Cotswold District Council',
        type: 'district-council',
      },
    };
    const outcome = await runner.run(cotswold, context('cmd-1'));
    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    if (outcome.status === 'rejected')
      expect(outcome.rejection.message).toContain('organisation-stroud-district-council');
    expect(await store.headPosition()).toBe(0n);
  });

  it.each([
    ['an unknown command type', { type: 'PlantTree', data: {} }, 'type'],
    [
      'a missing field',
      { type: 'RegisterOrganisation', data: { organisationId: 'stroud-district-council', type: 'district-council' } },
      'name',
    ],
    [
      'an id that is not a slug',
      { type: 'RegisterOrganisation', data: { ...registerStroud.data, organisationId: 'Stroud DC' } },
      'organisationId',
    ],
  ])('reports %s field by field', async (_name, command, path) => {
    const store = new InMemoryEventStore();
    const outcome = await new CommandRunner(store).run(command, context('cmd-x'));
    expect(outcome.status).toBe('invalid');
    if (outcome.status === 'invalid') expect(outcome.issues.map((i) => i.path)).toContain(path);
    expect(await store.headPosition()).toBe(-1n);
  });

  it('reports a conflict when the caller expected an older revision, with both revisions', async () => {
    const runner = new CommandRunner(new InMemoryEventStore());
    await runner.run(registerStroud, context('cmd-1'));
    await runner.run(rename('Stroud DC'), context('cmd-2'));
    const outcome = await runner.run(
      rename('Stroud District Council (Ebley Mill)'),
      context('cmd-3', { expectedRevision: 0n }),
    );
    expect(outcome).toEqual({
      status: 'conflict',
      streamId: 'organisation-stroud-district-council',
      expected: 0n,
      actual: 1n,
    });
  });
});

describe('CommandRunner on one SQLite file shared by two runners', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('re-reads and re-decides when another writer moved the stream on, so both commands land', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-runner-'));
    const file = join(dir, 'ledger.db');
    const [a, b] = [new SqliteEventStore(file), new SqliteEventStore(file)];
    const first = new CommandRunner(a);
    const second = new CommandRunner(b);
    await first.run(registerStroud, context('cmd-1'));
    await second.run(rename('Stroud DC'), context('cmd-2'));
    const outcome = await first.run(rename('Stroud District Council'), context('cmd-3'));
    expect(outcome).toMatchObject({ status: 'accepted', revision: 2n });
    const events = await eventsOf(a);
    expect(events.map((e) => [e.revision, e.type])).toEqual([
      [0n, 'OrganisationRegistered'],
      [1n, 'OrganisationRenamed'],
      [2n, 'OrganisationRenamed'],
    ]);
    await a.close();
    await b.close();
  });

  it('serialises concurrent commands on one stream in one process without conflicts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-runner-'));
    const store = new SqliteEventStore(join(dir, 'ledger.db'));
    const runner = new CommandRunner(store);
    await runner.run(registerStroud, context('cmd-0'));
    const names = Array.from({ length: 20 }, (_, i) => `Stroud District Council ${i + 1}`);
    const outcomes = await Promise.all(names.map((name, i) => runner.run(rename(name), context(`cmd-${i + 1}`))));
    expect(outcomes.every((o) => o.status === 'accepted')).toBe(true);
    expect(await store.headPosition()).toBe(21n);
    await store.close();
  });
});
