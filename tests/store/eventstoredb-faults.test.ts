/**
 * The EventStoreDB adapter under the faults of a real deployment, on the stand-in server: other
 * applications' events in $all (issue 19, point 2), a failover during an append and wrong credentials
 * (point 4), and a restart resuming $all from a checkpoint (point 5).
 */
import { describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/audit/verify.js';
import { ConfigError } from '../../src/config.js';
import { isStoreError } from '../../src/store/errors.js';
import { EventStoreDbEventStore } from '../../src/store/eventstoredb/index.js';
import { FakeEventStoreDb } from './fake-eventstoredb.js';
import { collect, pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

function adapterOn(server: FakeEventStoreDb, retryBudgetMs = 2_000): EventStoreDbEventStore {
  return new EventStoreDbEventStore(server, { retryDelayMs: 1, retryBudgetMs });
}

async function appendOneByOne(store: EventStoreDbEventStore, count: number) {
  const stream = uniqueStream();
  const appended = [];
  for (let index = 0; index < count; index++) {
    appended.push(
      ...(
        await store.append(stream, [pledgeEvent(index)], {
          expectedRevision: index === 0 ? 'no_stream' : BigInt(index - 1),
        })
      ).events,
    );
  }
  return { stream, appended };
}

describe('other applications sharing the database (point 2)', () => {
  it('passes over events the ledger did not write, in $all, in the head position and in verify', async () => {
    const server = new FakeEventStoreDb();
    const store = adapterOn(server);
    server.writeForeign('orders-1001');
    const { appended } = await appendOneByOne(store, 3);
    server.writeForeign('ledger-test-write-from-the-admin-ui');
    server.writeForeign('$$ledger-something', '$metadata');
    server.writeForeign('invoices-17');
    const all = await collect(adapterOn(server).readAll());
    expect(all.map((event) => event.eventId)).toEqual(appended.map((event) => event.eventId));
    expect(await adapterOn(server).headPosition()).toBe(appended.at(-1)!.position);
    // verify reads every ledger event and stream (the fixtures' content checks are not the point here).
    expect(await verifyLedger(adapterOn(server))).toMatchObject({ events: 3, streams: 1 });
  });

  it('writes every ledger stream under the prefix, and leaves the server’s own and others’ alone', async () => {
    const server = new FakeEventStoreDb();
    server.writeForeign('orders-1001');
    const { stream } = await appendOneByOne(new EventStoreDbEventStore(server, { streamPrefix: 'lg-ledger-' }), 1);
    expect(server.streamNames().filter((name) => name.includes(stream))).toEqual([`lg-ledger-${stream}`]);
    expect(await collect(adapterOn(server).readAll())).toEqual([]);
  });
});

describe('a failover during an append (point 4)', () => {
  it('resends an append the node cancelled after writing it (CANCELLED), and the server keeps one copy', async () => {
    const server = new FakeEventStoreDb();
    const store = adapterOn(server);
    const stream = uniqueStream();
    server.cancelAfterWrite = 1;
    const result = await store.append(stream, pledgeEvents(2), { expectedRevision: 'no_stream' });
    expect(result.events.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(await collect(store.readStream(stream))).toHaveLength(2);
  });

  it('follows NotLeader redirects until the new leader takes the append', async () => {
    const server = new FakeEventStoreDb();
    const store = adapterOn(server);
    const stream = uniqueStream();
    server.answerNotLeader = 5;
    await store.append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    expect(server.redirects).toBe(5);
    expect(await collect(store.readStream(stream))).toHaveLength(1);
  });

  it('keeps resending through an outage shorter than its time budget, as through a leader election', async () => {
    const server = new FakeEventStoreDb();
    const store = adapterOn(server, 5_000);
    const stream = uniqueStream();
    await store.append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    server.failNextAppendTo = `ledger-${stream}`;
    server.setUnavailable(true);
    setTimeout(() => server.setUnavailable(false), 400).unref();
    const result = await store.append(stream, pledgeEvents(1, 1), { expectedRevision: 0n });
    expect(result.nextRevision).toBe(1n);
  });

  it('reports access denied as a configuration error, not as a retryable 503, and at start-up', async () => {
    const server = new FakeEventStoreDb();
    server.denyAccess = true;
    const failure = await adapterOn(server)
      .append(uniqueStream(), pledgeEvents(1), { expectedRevision: 'no_stream' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect(isStoreError(failure)).toBe(false);
    expect((failure as Error).message).toMatch(
      /the user in the connection string .* fix the credentials or the user's rights/i,
    );
    await expect(EventStoreDbEventStore.open(server)).rejects.toThrow(
      /refused access while checking access at start-up/,
    );
    server.denyAccess = false;
    await expect(EventStoreDbEventStore.open(server)).resolves.toBeInstanceOf(EventStoreDbEventStore);
  });
});

describe('resuming $all from a checkpoint (point 5)', () => {
  it('starts at the checkpoint and drops it, reading only what follows', async () => {
    const server = new FakeEventStoreDb();
    const { appended } = await appendOneByOne(adapterOn(server), 60);
    const checkpoint = appended[49]!.position;
    const restarted = adapterOn(server);
    const before = server.recordsReadFromAll;
    const resumed = await collect(restarted.readAll({ after: checkpoint }));
    expect(resumed.map((event) => event.eventId)).toEqual(appended.slice(50).map((event) => event.eventId));
    // Ten ledger events, their ten idempotency claims, the server's statistics between them and the
    // checkpoint's own record: nothing before the checkpoint (a search from the end reads all 60).
    expect(server.recordsReadFromAll - before).toBeLessThanOrEqual(30);
  });

  it(
    'falls back to the next record when a checkpoint is not the start of one (the server ' + 'answers InvalidPosition)',
    async () => {
      const server = new FakeEventStoreDb();
      const { appended } = await appendOneByOne(adapterOn(server), 5);
      const resumed = await collect(adapterOn(server).readAll({ after: appended[2]!.position + 1n }));
      expect(resumed.map((event) => event.eventId)).toEqual(appended.slice(3).map((event) => event.eventId));
    },
  );

  it('counts the events after a checkpoint, where positions are byte offsets', async () => {
    const server = new FakeEventStoreDb();
    const { appended } = await appendOneByOne(adapterOn(server), 8);
    const restarted = adapterOn(server);
    expect(await restarted.countAfter(appended[4]!.position, 100)).toBe(3);
    expect(await restarted.countAfter(appended[4]!.position, 2)).toBe(2);
    expect(await restarted.countAfter(-1n, 100)).toBe(8);
    expect(appended[7]!.position - appended[4]!.position).toBeGreaterThan(3n);
  });

  it('finds the head by reading one event when the newest is the ledger’s', async () => {
    const server = new FakeEventStoreDb();
    const { appended } = await appendOneByOne(adapterOn(server), 40);
    const before = server.recordsReadFromAll;
    expect(await adapterOn(server).headPosition()).toBe(appended.at(-1)!.position);
    expect(server.recordsReadFromAll - before).toBeLessThanOrEqual(1);
  });
});
