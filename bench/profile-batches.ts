/**
 * Batch appends through the SQLite store's port, alone, for a CPU profile: at `synchronous = NORMAL`
 * so the fsync does not hide the work the port does. Not part of `npm run bench`; run it as
 *
 *     node --cpu-prof --cpu-prof-dir=/tmp/prof dist/bench/profile-batches.js [BATCH SIZE] [APPENDS] [port]
 *
 * and it prints the events per second of the port and, on another file with the same settings, of
 * raw SQLite writing as many rows per transaction (the baseline bench/append.ts uses); with `port`
 * last, the raw run (and the hashing that prepares its rows) is left out of the profile.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, SqliteEventStore } from '../src/store/sqlite/index.js';
import { EVENTS_SCHEMA } from '../src/store/sqlite/schema.js';
import { pledgeEvent, rawBatches } from './lib/append-workloads.js';

const batchSize = Number(process.argv[2] ?? 100);
const appends = Number(process.argv[3] ?? Math.round(30_000 / batchSize));
const directory = await mkdtemp(join(tmpdir(), 'ledger-profile-batches-'));
try {
  const batches = Array.from({ length: appends }, (_, batch) =>
    Array.from({ length: batchSize }, (_, index) => pledgeEvent(batch * batchSize + index)),
  );

  const store = new SqliteEventStore(join(directory, 'port.db'), { synchronous: 'normal' });
  let started = performance.now();
  for (const [index, batch] of batches.entries())
    await store.append('fund-bench', batch, {
      expectedRevision: index === 0 ? 'no_stream' : BigInt(index * batchSize - 1),
    });
  const port = (appends * batchSize * 1000) / (performance.now() - started);
  await store.close();
  if (process.argv[4] === 'port') {
    console.log(`${appends} appends of ${batchSize} events, synchronous NORMAL: port ${Math.round(port)} events/s`);
    process.exit(0);
  }

  const db = openDatabase(join(directory, 'raw.db'), { synchronous: 'normal' });
  db.exec(EVENTS_SCHEMA);
  const { rows, write } = rawBatches(db, batches);
  started = performance.now();
  for (const batch of rows) write.immediate(batch);
  const raw = (appends * batchSize * 1000) / (performance.now() - started);
  db.close();

  console.log(
    `${appends} appends of ${batchSize} events, synchronous NORMAL: port ${Math.round(port)} events/s, ` +
      `raw ${Math.round(raw)} rows/s, ratio ${(port / raw).toFixed(2)}`,
  );
} finally {
  await rm(directory, { recursive: true, force: true });
}
