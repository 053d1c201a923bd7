/**
 * The same four workloads for both stores, with the same ledger-sized event (a pledge recorded at
 * the 27 October 2016 meeting, bench/lib/append-workloads.ts): single appends to new streams, single
 * appends to one growing stream, whole-stream reads of a 1,000-event stream, and 1,000-event batches.
 * Each append states the revision it expects, as the ledger's command runner always does.
 */
import type { NewEvent } from '../../../src/store/envelope.js';
import { SqliteEventStore } from '../../../src/store/sqlite/index.js';
import { pledgeEvent } from '../../lib/append-workloads.js';
import type { Workload } from '../../lib/timing.js';
import type { EmmettEvent, EmmettSqliteStore } from './emmett-store.js';

export type Shape = 'single, new streams' | 'single, one stream' | 'stream reads' | 'batches';

export interface Sizes {
  readonly operations: number;
  readonly batchSize: number;
  readonly readStreamLength: number;
}

/** The events of every operation a workload will do, built before any timing starts. */
function eventsFor(shape: Shape, operations: number, sizes: Sizes): NewEvent[][] {
  const perOperation = shape === 'batches' ? sizes.batchSize : 1;
  return Array.from({ length: operations }, (_, operation) =>
    Array.from({ length: perOperation }, (_, index) => pledgeEvent(operation * perOperation + index)),
  );
}

const toEmmett = (event: NewEvent): EmmettEvent => ({
  type: event.type,
  data: event.data as Record<string, unknown>,
  metadata: event.metadata,
});

export function ledgerWorkload(name: string, shape: Shape, file: string, operations: number, sizes: Sizes): Workload {
  const store = new SqliteEventStore(file);
  const batches = eventsFor(shape === 'stream reads' ? 'single, one stream' : shape, operations, sizes);
  let next = 0;
  const readStream = 'fund-read';
  const ready = shape === 'stream reads' ? seedLedger(store, readStream, sizes.readStreamLength) : Promise.resolve();
  const step = async () => {
    await ready;
    const index = next++;
    if (shape === 'stream reads') {
      let count = 0;
      for await (const _event of store.readStream(readStream)) count++;
      return count;
    }
    const oneStream = shape !== 'single, new streams';
    const stream = oneStream ? 'fund-bench' : `fund-bench-${index}`;
    const size = batches[index]!.length;
    const expectedRevision = !oneStream || index === 0 ? 'no_stream' : BigInt(index * size - 1);
    return store.append(stream, batches[index]!, { expectedRevision });
  };
  return { name, step, close: () => store.close() };
}

async function seedLedger(store: SqliteEventStore, stream: string, length: number): Promise<void> {
  const events = Array.from({ length }, (_, index) => pledgeEvent(index));
  await store.append(stream, events, { expectedRevision: 'no_stream' });
}

/**
 * Emmett 0.38.5 runs `INSERT ... RETURNING` through sqlite3's `Database#get`, whose statement is
 * finalised later on sqlite3's thread pool, and then `COMMIT` on the same (unserialised)
 * connection: when the COMMIT overtakes the finalize it fails with `SQLITE_BUSY: cannot commit
 * transaction - SQL statements in progress`, and Emmett rolls the append back and throws. The
 * harness awaits every call and uses Emmett's own per-operation connection, so this is Emmett's
 * race, not a misuse; the failed append wrote nothing, so it is tried again, and every retry is
 * counted (and reported beside the figures): the time of the failed attempts is part of Emmett's rate.
 */
export interface RetryCount {
  busy: number;
}

const isBusy = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_BUSY';

async function retryBusy<T>(operation: () => Promise<T>, retries: RetryCount): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isBusy(error) || attempt >= 50) throw error;
      retries.busy++;
    }
  }
}

export function emmettWorkload(
  name: string,
  shape: Shape,
  store: EmmettSqliteStore,
  operations: number,
  sizes: Sizes,
  retries: RetryCount = { busy: 0 },
): Workload {
  const batches = eventsFor(shape === 'stream reads' ? 'single, one stream' : shape, operations, sizes).map((batch) =>
    batch.map(toEmmett),
  );
  const readStream = 'fund-read';
  const ready =
    shape === 'stream reads'
      ? retryBusy(
          () =>
            store.appendToStream(
              readStream,
              eventsFor('batches', 1, { ...sizes, batchSize: sizes.readStreamLength })[0]!.map(toEmmett),
              { expectedStreamVersion: 0n },
            ),
          { busy: 0 },
        )
      : Promise.resolve();
  let next = 0;
  const step = async () => {
    await ready;
    const index = next++;
    if (shape === 'stream reads') return (await retryBusy(() => store.readStream(readStream), retries)).events.length;
    const oneStream = shape !== 'single, new streams';
    const stream = oneStream ? 'fund-bench' : `fund-bench-${index}`;
    const size = batches[index]!.length;
    // Emmett counts a stream's version from 1; 0 means the stream does not exist yet.
    const expectedStreamVersion = oneStream ? BigInt(index * size) : 0n;
    return retryBusy(() => store.appendToStream(stream, batches[index]!, { expectedStreamVersion }), retries);
  };
  return { name, step, close: () => undefined };
}
