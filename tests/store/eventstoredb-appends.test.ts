/**
 * What the ledger writes to EventStoreDB, on the stand-in server: appends sized to MaxAppendSize, an
 * import-history that fits its runs under it (issue 19, point 1), a command too large for one append
 * answered 413 over HTTP, and idempotency claims across streams (point 6).
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLines } from '../../src/audit/export.js';
import { importHistory } from '../../src/audit/import-history.js';
import { verifyLedger } from '../../src/audit/verify.js';
import { EventStoreDbEventStore } from '../../src/store/eventstoredb/index.js';
import { CommandRunner } from '../../src/store/runner.js';
import { seededFolder, withStore } from '../audit/ledger.js';
import { seedCounts } from '../audit/seed-counts.js';
import { ledgerServerOn } from './eventstoredb-ledger.js';
import { FakeEventStoreDb } from './fake-eventstoredb.js';
import { collect } from './fixtures.js';

const SMALL_MAX_APPEND_BYTES = 8 * 1024;

describe('import-history into EventStoreDB (point 1)', () => {
  const folder = seededFolder();
  let history = '';
  beforeAll(async () => {
    const template = await folder.seed();
    history = join(folder.folder, 'history.ndjson');
    let text = '';
    await withStore(template, async (store) => {
      for await (const line of exportLines(store, { format: 'ndjson' })) text += line;
    });
    writeFileSync(history, text);
  });
  afterAll(() => folder.remove());

  it('fits every run under the server’s MaxAppendSize, even where one stream’s events exceed it', async () => {
    const server = new FakeEventStoreDb();
    server.maxAppendSize = SMALL_MAX_APPEND_BYTES;
    const store = new EventStoreDbEventStore(server, { maxAppendBytes: SMALL_MAX_APPEND_BYTES, retryDelayMs: 1 });
    const imported = await importHistory(store, history);
    const { events, streams } = (await seedCounts()).all;
    expect(imported).toMatchObject({ events, streams, alreadyStored: 0 });
    const report = await verifyLedger(store);
    expect(report).toMatchObject({ events, streams });
    expect(report.failure).toBeUndefined();
    // The point of the case: some stream's events, appended whole, would have been refused.
    const sizes = new Map<string, number>();
    for (const event of await collect(store.readAll()))
      sizes.set(event.streamId, (sizes.get(event.streamId) ?? 0) + store.appendLimit.sizeOf(event));
    expect(Math.max(...sizes.values())).toBeGreaterThan(SMALL_MAX_APPEND_BYTES);
  });

  it('completes on a re-run after the server went away half way', async () => {
    const { events } = (await seedCounts()).all;
    const server = new FakeEventStoreDb();
    server.maxAppendSize = SMALL_MAX_APPEND_BYTES;
    const store = new EventStoreDbEventStore(server, {
      maxAppendBytes: SMALL_MAX_APPEND_BYTES,
      retryDelayMs: 1,
      retryBudgetMs: 50,
    });
    let appends = 0;
    const original = server.appendToStream.bind(server);
    server.appendToStream = async (...args) => {
      if (++appends === 40) server.setUnavailable(true);
      return original(...args);
    };
    await expect(importHistory(store, history)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    server.setUnavailable(false);
    const written = (await collect(store.readAll())).length;
    expect(written).toBeGreaterThan(0);
    expect(await importHistory(store, history)).toMatchObject({ events, alreadyStored: written });
    expect((await collect(store.readAll())).length).toBe(events);
  });
});

describe('a command too large for one append, over HTTP (point 1)', () => {
  it.each([
    ['the server refuses it', { serverMax: 400, adapterMax: undefined }],
    [
      'the adapter, configured with the server’s MaxAppendSize, refuses it before sending',
      { serverMax: 400, adapterMax: 400 },
    ],
  ] as Array<[string, { serverMax: number; adapterMax: number | undefined }]>)(
    'answers 413 with a message when %s, recording nothing',
    async (_case, limits) => {
      const server = new FakeEventStoreDb();
      server.maxAppendSize = limits.serverMax;
      const ledger = await ledgerServerOn(
        server,
        limits.adapterMax === undefined ? {} : { maxAppendBytes: limits.adapterMax },
      );
      const response = await ledger.app.inject({
        method: 'POST',
        url: '/organisations',
        headers: {
          ...ledger.bearer('clerk'),
          'content-type': 'application/json',
          'idempotency-key': 'register-stroud',
        },
        payload: {
          organisationId: 'stroud-district-council',
          name: 'Stroud District Council',
          type: 'district-council',
        },
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        detail: expect.stringMatching(/larger than the EventStoreDB server accepts|over the server's MaxAppendSize/),
      });
      expect(await ledger.ledger.store.headPosition()).toBe(-1n);
      await ledger.close();
    },
  );
});

describe('idempotency claims across streams (point 6)', () => {
  const clerk = { id: 'clerk-of-the-board', role: 'clerk' as const };
  const register = (organisationId: string) => ({
    type: 'RegisterOrganisation',
    data: { organisationId, name: `Council ${organisationId}`, type: 'district-council' },
  });

  it('lets one of two servers use a key; the other, on another stream, is told the key was used', async () => {
    const server = new FakeEventStoreDb();
    const runners = [0, 1].map(() => new CommandRunner(new EventStoreDbEventStore(server, { retryDelayMs: 1 })));
    const outcomes = await Promise.all([
      runners[0]!.run(register('stroud-district-council'), { commandId: 'key-1', actor: clerk }),
      runners[1]!.run(register('cotswold-district-council'), { commandId: 'key-1', actor: clerk }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['accepted', 'rejected']);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
      rejection: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    const events = await collect(new EventStoreDbEventStore(server).readAll());
    expect(events.filter((event) => event.metadata.commandId === 'key-1')).toHaveLength(1);
  });

  it('heals a crash between the claim and the append when the command is retried', async () => {
    const server = new FakeEventStoreDb();
    const store = new EventStoreDbEventStore(server, { retryDelayMs: 1, retryBudgetMs: 0 });
    server.failNextAppendTo = 'ledger-organisation-stroud-district-council';
    await expect(
      new CommandRunner(store).run(register('stroud-district-council'), { commandId: 'key-2', actor: clerk }),
    ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.streamOfCommand('key-2')).toBe('organisation-stroud-district-council');
    const retried = await new CommandRunner(store).run(register('stroud-district-council'), {
      commandId: 'key-2',
      actor: clerk,
    });
    expect(retried).toMatchObject({ status: 'accepted', replayed: false, revision: 0n });
    expect(
      await new CommandRunner(store).run(register('stroud-district-council'), { commandId: 'key-2', actor: clerk }),
    ).toMatchObject({ status: 'accepted', replayed: true });
    expect(server.storedIds('ledger-organisation-stroud-district-council')).toHaveLength(1);
  });
});
