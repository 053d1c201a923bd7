/**
 * Group commit seen from the command runner: commands that arrive together are decided one by one
 * against the current state and their appends share one SQLite transaction, yet each keeps its own
 * outcome (a rule rejection, an idempotent replay, a reused key, a retried conflict).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandRunner, type CommandContext } from '../../src/store/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';

const clerk = { id: 'clerk-of-the-board', role: 'clerk' as const };
const context = (commandId: string, extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId,
  actor: clerk,
  ...extra,
});
const DISTRICTS = ['cheltenham', 'cotswold', 'forest-of-dean', 'gloucester-city', 'stroud', 'tewkesbury'];
const register = (district: string, name = `${district} council`) => ({
  type: 'RegisterOrganisation',
  data: { organisationId: `${district}-council`, name, type: 'district-council' },
});
const rename = (district: string, name: string) => ({
  type: 'RenameOrganisation',
  data: { organisationId: `${district}-council`, name, renamedOn: '2018-06-14' },
});

let dir: string;
let store: SqliteEventStore;
let runner: CommandRunner;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-group-runner-'));
  store = new SqliteEventStore(join(dir, 'ledger.db'));
  runner = new CommandRunner(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function streamTypes(stream: string): Promise<string[]> {
  const types: string[] = [];
  for await (const event of store.readStream(stream)) types.push(event.type);
  return types;
}

describe('commands that arrive together (group commit)', () => {
  it('records every command on its own stream, each with its own position, and chains each stream', async () => {
    const outcomes = await Promise.all(DISTRICTS.map((d) => runner.run(register(d), context(`register-${d}`))));
    expect(outcomes.map((o) => o.status)).toEqual(DISTRICTS.map(() => 'accepted'));
    const positions = outcomes.map((o) => (o.status === 'accepted' ? o.position : -1n));
    expect(new Set(positions).size).toBe(DISTRICTS.length);
    expect(await store.headPosition()).toBe(BigInt(DISTRICTS.length));
  });

  it('decides two commands on one stream against the current state: the second registration is refused', async () => {
    const [first, second] = await Promise.all([
      runner.run(register('stroud', 'Stroud District Council'), context('register-1')),
      runner.run(register('stroud', 'Stroud DC'), context('register-2')),
    ]);
    expect(first).toMatchObject({ status: 'accepted', revision: 0n });
    expect(second).toMatchObject({ status: 'rejected', streamId: 'organisation-stroud-council' });
    expect(await streamTypes('organisation-stroud-council')).toEqual(['OrganisationRegistered']);
  });

  it(
    'within one batch, a key sent twice for one command is recorded once, and a key reused ' + 'elsewhere is refused',
    async () => {
      const [original, retry, elsewhere] = await Promise.all([
        runner.run(register('cotswold'), context('one-key')),
        runner.run(register('cotswold'), context('one-key')),
        runner.run(register('tewkesbury'), context('one-key')),
      ]);
      expect(original).toMatchObject({ status: 'accepted', replayed: false });
      expect(retry).toMatchObject({ status: 'accepted', replayed: true });
      const position = original.status === 'accepted' ? original.position : -1n;
      expect(retry).toMatchObject({ position });
      expect(elsewhere).toMatchObject({ status: 'rejected', rejection: { code: 'IDEMPOTENCY_KEY_REUSED' } });
      expect(await store.headPosition()).toBe(position);
      expect(await streamTypes('organisation-tewkesbury-council')).toEqual([]);
    },
  );

  it(
    'fails only the append that conflicts: it is re-decided and lands, the others in its batch ' + 'are untouched',
    async () => {
      await runner.run(register('stroud'), context('register-stroud'));
      await runner.run(register('gloucester-city'), context('register-gloucester'));
      // Another process moves Stroud on: this runner's snapshot of it is now stale.
      const other = new SqliteEventStore(store.file);
      await new CommandRunner(other).run(rename('stroud', 'Stroud DC'), context('other-process'));
      await other.close();
      const [stroud, gloucester, refused] = await Promise.all([
        runner.run(rename('stroud', 'Stroud District Council'), context('rename-stroud')),
        runner.run(rename('gloucester-city', 'Gloucester City Council'), context('rename-gloucester')),
        runner.run(rename('gloucester-city', 'Gloucester CC'), context('stale-if-match', { expectedRevision: 5n })),
      ]);
      expect(stroud).toMatchObject({ status: 'accepted', revision: 2n });
      expect(gloucester).toMatchObject({ status: 'accepted', revision: 1n });
      expect(refused).toMatchObject({ status: 'conflict', expected: 5n, actual: 1n });
      expect(await streamTypes('organisation-stroud-council')).toEqual([
        'OrganisationRegistered',
        'OrganisationRenamed',
        'OrganisationRenamed',
      ]);
      expect(await streamTypes('organisation-gloucester-city-council')).toEqual([
        'OrganisationRegistered',
        'OrganisationRenamed',
      ]);
    },
  );
});
