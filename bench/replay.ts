/**
 * Rebuild rate of every read model over a generated history shaped like board business (default
 * 1,000,000 events), in a fresh child process so its resident memory is the rebuild's alone.
 * The baseline is a plain read of the same events through the store port.
 * Run alone: `node dist/bench/replay.js [events]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteEventStore } from '../src/store/sqlite/index.js';
import type { AsAtFigures } from './lib/as-at-timing.js';
import type { CopyFloor } from './lib/copy-floor.js';
import { writeHistory } from './lib/history.js';
import { sectionToMarkdown, type BenchSection } from './lib/section.js';

const here = dirname(fileURLToPath(import.meta.url));
const CACHE = join(here, '..', '..', 'bench', '.cache');

export interface ReplayFigures {
  readonly events: number;
  readonly readSeconds: number;
  readonly readCpuSeconds: number;
  readonly rebuildSeconds: number;
  readonly rebuildCpuSeconds: number;
  readonly maxRssMiB: number;
  /** The one-minute load average before the read and after the rebuild. */
  readonly loadAverage: readonly [number, number];
  readonly asAt: AsAtFigures;
  readonly floor: CopyFloor;
}

/** The generated history, written once and kept in bench/.cache (ignored by git). */
export async function historyFile(events: number, log: (line: string) => void = () => {}): Promise<string> {
  const file = join(CACHE, `history-${events}.db`);
  if (existsSync(file)) {
    const store = new SqliteEventStore(file);
    const head = await store.headPosition();
    await store.close();
    if (head >= BigInt(events)) return file;
    rmSync(file, { force: true });
  }
  mkdirSync(CACHE, { recursive: true });
  const store = new SqliteEventStore(file, { synchronous: 'normal' });
  const started = performance.now();
  await writeHistory(store, events, (p) => log(`  generating history: ${p.events.toLocaleString('en-GB')} events`));
  await store.close();
  log(`  generated ${events.toLocaleString('en-GB')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

export async function benchReplay(events = 1_000_000, log: (line: string) => void = () => {}): Promise<BenchSection> {
  const file = await historyFile(events, log);
  const work = mkdtempSync(join(tmpdir(), 'ledger-replay-'));
  try {
    const output = execFileSync(
      process.execPath,
      [join(here, 'lib', 'replay-worker.js'), file, join(work, 'read-models.db')],
      { encoding: 'utf8' },
    );
    const figures = JSON.parse(output) as ReplayFigures;
    const readRate = figures.events / figures.readSeconds;
    const rows = figures.floor.rows.toLocaleString('en-GB');
    const FLOOR = `floor: the rebuilt file's ${rows} rows copied by SQLite alone, CPU time`;
    const rebuildRate = figures.events / figures.rebuildSeconds;
    return {
      title: `Replay: every read model rebuilt from ${figures.events.toLocaleString('en-GB')} events`,
      rows: [
        { name: 'read every event through the port (baseline)', value: readRate, unit: 'events/s' },
        {
          name: 'rebuild all read models',
          value: rebuildRate,
          unit: 'events/s',
          baseline: 'read every event',
          ratio: rebuildRate / readRate,
        },
        { name: 'rebuild all read models, wall time', value: figures.rebuildSeconds, unit: 's' },
        {
          name: 'read every event, CPU time of the process (baseline)',
          value: figures.events / figures.readCpuSeconds,
          unit: 'events/CPU-s',
        },
        {
          name: 'rebuild all read models, CPU time of the process',
          value: figures.events / figures.rebuildCpuSeconds,
          unit: 'events/CPU-s',
          baseline: 'read every event, CPU time',
          ratio: figures.readCpuSeconds / figures.rebuildCpuSeconds,
        },
        { name: 'rebuild all read models, CPU time', value: figures.rebuildCpuSeconds, unit: 's' },
        { name: FLOOR, value: figures.floor.cpuSeconds, unit: 's' },
        {
          name: 'rebuild all read models, CPU time, against the floor',
          value: figures.rebuildCpuSeconds,
          unit: 's',
          baseline: FLOOR,
          ratio: figures.floor.cpuSeconds / figures.rebuildCpuSeconds,
        },
        { name: 'resident memory, peak (rebuild)', value: figures.maxRssMiB, unit: 'MiB' },
        {
          name: 'live decision register, first 100, p99 (baseline)',
          value: figures.asAt.liveRegisterP99Ms,
          unit: 'ms',
        },
        { name: 'as-at decision register, first 100, p50', value: figures.asAt.registerP50Ms, unit: 'ms' },
        {
          name: 'as-at decision register, first 100, p99',
          value: figures.asAt.registerP99Ms,
          unit: 'ms',
          baseline: 'live register p99',
          ratio: figures.asAt.registerP99Ms / figures.asAt.liveRegisterP99Ms,
        },
        { name: "live one fund's reconciliation, p99 (baseline)", value: figures.asAt.liveFundP99Ms, unit: 'ms' },
        { name: "as-at one fund's reconciliation, p50", value: figures.asAt.fundP50Ms, unit: 'ms' },
        {
          name: "as-at one fund's reconciliation, p99",
          value: figures.asAt.fundP99Ms,
          unit: 'ms',
          baseline: 'live fund p99',
          ratio: figures.asAt.fundP99Ms / figures.asAt.liveFundP99Ms,
        },
      ],
      notes: [
        'One Node process (one core); read models written to a new SQLite file; history from ' +
          'bench/lib/board-business.ts.',
        `Load average (1 minute) ` +
          `${figures.loadAverage.map((load) => load.toFixed(1)).join(' before the read, ')} after the ` +
          `rebuild, on ${cpus().length} cores: on a shared machine the CPU-time rows are the ones to ` +
          `compare.`,
        `As-at: ${figures.asAt.requests} reads of each at random moments of the history, from the ` +
          `rebuilt file (a query over row versions; no replay).`,
        'Floor: every row of the rebuilt file copied into a new one, one INSERT ... SELECT per table with ' +
          'the indexes built after (bench/lib/copy-floor.ts): what writing these rows costs SQLite with no ' +
          'fold at all; the rebuild against it is the share of that rate the folds reach.',
      ],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const section = await benchReplay(Number(process.argv[2] ?? 1_000_000), (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(sectionToMarkdown(section));
}
