/**
 * Child process of bench/replay.ts: reads every event once (the baseline), then rebuilds every
 * read model into a new file, times as-at reads over it, and prints the figures as JSON.
 */
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { allProjections } from '../../src/projections/index.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { timeAsAt } from './as-at-timing.js';

const [storeFile, readModelFile] = process.argv.slice(2);
if (!storeFile || !readModelFile) throw new Error('usage: replay-worker STORE_FILE READ_MODEL_FILE');
const store = new SqliteEventStore(storeFile);

let events = 0;
let started = performance.now();
for await (const _event of store.readAll()) events++;
const readSeconds = (performance.now() - started) / 1000;

const readDb = openReadModelDb(readModelFile);
const runner = new ProjectionRunner(store, readDb, allProjections);
started = performance.now();
await runner.rebuild();
const rebuildSeconds = (performance.now() - started) / 1000;
const maxRssMiB = process.resourceUsage().maxRSS / 1024;

process.stdout.write(JSON.stringify({ events, readSeconds, rebuildSeconds, maxRssMiB, asAt: timeAsAt(readDb) }));
await store.close();
