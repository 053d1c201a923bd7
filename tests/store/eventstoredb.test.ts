/**
 * The EventStoreDB adapter's own logic, against a stand-in server (and, for connection failures, the
 * real client pointed at a closed port). The real server runs in eventstoredb.int.test.ts.
 */
import { createServer } from 'node:net';
import { jsonEvent } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import { EventStoreDbEventStore } from '../../src/store/eventstoredb/index.js';
import { esdbEventId } from '../../src/store/eventstoredb/mapping.js';
import { eventStoreContract } from './contract.js';
import { FakeEventStoreDb } from './fake-eventstoredb.js';
import { collect, pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function adapterOn(server: FakeEventStoreDb): EventStoreDbEventStore {
  return new EventStoreDbEventStore(server, { retryDelayMs: 1, retryBudgetMs: 200 });
}

eventStoreContract(
  'EventStoreDB adapter on a stand-in server',
  async () => {
    const store = adapterOn(new FakeEventStoreDb());
    return { store, cleanup: () => store.close() };
  },
  { refusesIdsAlreadyStored: false },
);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('EventStoreDB adapter', () => {
  it('sends each event under a UUID v4 derived from its ULID, and reads the ULID back', async () => {
    const server = new FakeEventStoreDb();
    const stream = uniqueStream();
    const events = pledgeEvents(3);
    await adapterOn(server).append(stream, events, { expectedRevision: 'no_stream' });
    const uuids = server.storedIds(`ledger-${stream}`);
    expect(uuids).toEqual(events.map((event) => esdbEventId(event.eventId)));
    expect(uuids.every((uuid) => UUID_V4.test(uuid))).toBe(true);
    expect(new Set(uuids).size).toBe(3);
    const read = await collect(adapterOn(server).readStream(stream));
    expect(read.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
    expect(read[0]!.metadata).not.toHaveProperty('ledgerEventId');
  });

  it('resends an append whose reply was lost, and the server keeps one copy', async () => {
    const server = new FakeEventStoreDb();
    const store = adapterOn(server);
    const stream = uniqueStream();
    await store.append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    server.dropRepliesAfterWrite = 1;
    const result = await store.append(stream, pledgeEvents(2, 1), { expectedRevision: 0n });
    expect(result.events.map((event) => event.revision)).toEqual([1n, 2n]);
    expect(await collect(store.readStream(stream))).toHaveLength(3);
  });

  it('reports STORE_UNAVAILABLE when the server stays down, having appended nothing', async () => {
    const server = new FakeEventStoreDb();
    const store = adapterOn(server);
    const stream = uniqueStream();
    await store.append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    server.dropRepliesAfterWrite = 0;
    server.unavailable = true;
    await expect(store.append(stream, pledgeEvents(1, 1), { expectedRevision: 'any' })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    server.unavailable = false;
    expect(await collect(store.readStream(stream))).toHaveLength(1);
  });

  it('reports STORE_UNAVAILABLE through the real client when nothing listens at the address', async () => {
    const store = EventStoreDbEventStore.connect(`esdb://127.0.0.1:${await closedPort()}?tls=false`, {
      retryDelayMs: 1,
      retryBudgetMs: 200,
    });
    await expect(
      store.append(uniqueStream(), pledgeEvents(1), { expectedRevision: 'no_stream' }),
    ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(collect(store.readAll())).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await store.close();
  });

  it('resumes $all from a position it has never seen, as a restarted projection does', async () => {
    const server = new FakeEventStoreDb();
    const { appended } = await appendRounds(adapterOn(server), 3, 4);
    const resumed = await collect(adapterOn(server).readAll({ fromPosition: appended[4]!.position + 1n }));
    expect(resumed.map((event) => event.eventId)).toEqual(appended.slice(5).map((event) => event.eventId));
  });

  it('leaves the server’s own events out of $all and out of the head position', async () => {
    const server = new FakeEventStoreDb();
    const { appended } = await appendRounds(adapterOn(server), 3, 2);
    const all = await collect(adapterOn(server).readAll());
    expect(all.map((event) => event.eventId)).toEqual(appended.map((event) => event.eventId));
    expect(await adapterOn(server).headPosition()).toBe(appended.at(-1)!.position);
  });

  it('refuses stream names and event types that EventStoreDB keeps for itself', async () => {
    const store = adapterOn(new FakeEventStoreDb());
    await expect(store.append('$settings', pledgeEvents(1), { expectedRevision: 'any' })).rejects.toMatchObject({
      code: 'INVALID_EVENT',
    });
    const systemType = pledgeEvent(0, { type: '$metadata' });
    await expect(store.append(uniqueStream(), [systemType], { expectedRevision: 'any' })).rejects.toMatchObject({
      code: 'INVALID_EVENT',
    });
  });

  it('reads an event written by something other than the ledger as an invalid event', async () => {
    const server = new FakeEventStoreDb();
    const stream = uniqueStream();
    await server.appendToStream(`ledger-${stream}`, [jsonEvent({ type: 'PledgeRecorded', data: { amountPence: 1 } })], {
      expectedRevision: 'no_stream',
    });
    await expect(collect(adapterOn(server).readStream(stream))).rejects.toMatchObject({ code: 'INVALID_EVENT' });
  });
});

/** Appends one event at a time to `streams` new streams, round-robin, `rounds` times; $stats land in between. */
async function appendRounds(store: EventStoreDbEventStore, streams: number, rounds: number) {
  const ids = Array.from({ length: streams }, () => uniqueStream());
  const appended = [];
  for (let round = 0; round < rounds; round++) {
    for (const stream of ids)
      appended.push(...(await store.append(stream, [pledgeEvent(round)], { expectedRevision: 'any' })).events);
  }
  return { ids, appended };
}
