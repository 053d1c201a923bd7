/**
 * The workloads bench/append.ts times: raw better-sqlite3 inserts (the physical baseline: the same
 * table, pragmas and row sizes as the SQLite store, but no hashing, no JSON, no revision check) and
 * appends through the event-store port. Everything a workload appends is built before timing starts.
 */
import type Database from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import { chainEvents, GENESIS_HASH, SCHEMA_VERSION, type NewEvent } from '../../src/store/envelope.js';
import { openDatabase, SqliteEventStore } from '../../src/store/sqlite/index.js';
import { EVENTS_SCHEMA } from '../../src/store/sqlite/schema.js';
import type { Workload } from './timing.js';

const newId = monotonicFactory();

/** A pledge recorded at the 27 October 2016 meeting, the size of a typical ledger event. */
export function pledgeEvent(index: number): NewEvent {
  const commandId = `bench:pledge-${index}`;
  return {
    eventId: newId(),
    type: 'PledgeRecorded',
    data: {
      fundId: 'devolution-capacity',
      pledgeId: `partner-${index}`,
      organisation: `partner-${index}`,
      amountPence: 1_000_000,
      decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' },
    },
    metadata: {
      commandId,
      commandType: 'PledgeFunding',
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'importer', role: 'clerk' },
      recordedAt: '2016-11-02T09:30:00.000Z',
      occurredAt: '2016-10-27',
      source: { document: 'fixtures/lg-2016-10-27.yaml', section: 'item 5' },
      schemaVersion: SCHEMA_VERSION,
    },
  };
}

function batchesOf(batches: number, batchSize: number): NewEvent[][] {
  const events = Array.from({ length: batches * batchSize }, (_, index) => pledgeEvent(index));
  return Array.from({ length: batches }, (_, batch) => events.slice(batch * batchSize, (batch + 1) * batchSize));
}

/**
 * The store's rows for these batches of one stream, serialised up front (a baseline measures SQLite,
 * not JSON.stringify), and a transaction that inserts one batch of them row by row.
 */
export function rawBatches(db: Database.Database, batches: readonly NewEvent[][]) {
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let revision = 0n;
  const rows = batches.map((batch) => {
    const chained = chainEvents('fund-bench', batch, revision, GENESIS_HASH);
    revision += BigInt(batch.length);
    return chained.map((event) => [
      event.eventId,
      event.streamId,
      Number(event.revision),
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
    ]);
  });
  const write = db.transaction((batch: unknown[][]) => {
    for (const row of batch) insert.run(...row);
  });
  return { rows, write };
}

/** Transactions of `rowsPerTransaction` rows each, inserted as the store would store them. */
export function rawInserts(name: string, file: string, transactions: number, rowsPerTransaction: number): Workload {
  const db = openDatabase(file);
  db.exec(EVENTS_SCHEMA);
  const { rows, write } = rawBatches(db, batchesOf(transactions, rowsPerTransaction));
  let next = 0;
  return { name, step: () => write.immediate(rows[next++]!), close: () => void db.close() };
}

export type StreamShape = 'new stream each time' | 'one growing stream';

/** Appends of `batchSize` events through the port, each at the revision the stream is at. */
export function portAppends(
  name: string,
  file: string,
  appends: number,
  batchSize: number,
  shape: StreamShape,
): Workload {
  const store = new SqliteEventStore(file);
  const batches = batchesOf(appends, batchSize);
  let next = 0;
  const step = () => {
    const index = next++;
    const growing = shape === 'one growing stream';
    const stream = growing ? 'fund-bench' : `fund-bench-${index}`;
    const expectedRevision = !growing || index === 0 ? 'no_stream' : BigInt(index * batchSize - 1);
    return store.append(stream, batches[index]!, { expectedRevision });
  };
  return { name, step, close: () => store.close() };
}
