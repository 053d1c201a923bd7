/**
 * Child process of bench/replay.ts: reads every event once (the baseline), then rebuilds every
 * read model into a new file, times as-at reads over it, and prints the figures as JSON. Beside
 * each wall time it gives the CPU time the process itself used, and the load average: on a shared
 * machine the wall time measures the neighbours as much as the rebuild.
 */
import { loadavg } from 'node:os';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { allProjections } from '../../src/projections/index.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { timeAsAt } from './as-at-timing.js';
import { copyFloor } from './copy-floor.js';

const [storeFile, readModelFile] = process.argv.slice(2);
if (!storeFile || !readModelFile) throw new Error('usage: replay-worker STORE_FILE READ_MODEL_FILE');
const store = new SqliteEventStore(storeFile);

const cpuSecondsSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};
const loadBefore = loadavg()[0]!;
let events = 0;
let started = performance.now();
let cpu = process.cpuUsage();
for await (const _event of store.readAll()) events++;
const readSeconds = (performance.now() - started) / 1000;
const readCpuSeconds = cpuSecondsSince(cpu);

const readDb = openReadModelDb(readModelFile);
const runner = new ProjectionRunner(store, readDb, allProjections);
started = performance.now();
cpu = process.cpuUsage();
await runner.rebuild();
const rebuildSeconds = (performance.now() - started) / 1000;
const rebuildCpuSeconds = cpuSecondsSince(cpu);
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
const loadAverage = [loadBefore, loadavg()[0]!];

const asAt = timeAsAt(readDb);
readDb.close();
const floor = copyFloor(readModelFile, `${readModelFile}.copy`);
process.stdout.write(
  JSON.stringify({
    events,
    readSeconds,
    readCpuSeconds,
    rebuildSeconds,
    rebuildCpuSeconds,
    maxRssMiB,
    loadAverage,
    asAt,
    floor,
  }),
);
await store.close();
