/**
 * Append throughput of the SQLite event store, each figure beside what SQLite itself manages on the
 * same disk with the same settings (WAL, synchronous FULL, via the store's own openDatabase). Run
 * alone with `node dist/bench/append.js [DIRECTORY]` after `npm run build`; the directory decides the
 * disk being measured (default: the system temporary directory).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { portAppends, rawInserts } from './lib/append-workloads.js';
import { machineToMarkdown } from './lib/machine.js';
import { sectionToMarkdown, type BenchRow, type BenchSection } from './lib/section.js';
import { measureInterleaved, type Rate } from './lib/timing.js';

export interface AppendBenchOptions {
  /** Where the database files go; a new temporary directory (removed afterwards) by default. */
  readonly directory?: string;
  readonly singleAppends?: number;
  readonly batches?: number;
  /** The batch sizes measured, each against raw SQLite writing as many rows per transaction. */
  readonly batchSizes?: readonly number[];
}

const WARM_UP = 20;
const ROUNDS = 10;
const RAW_SINGLE = 'raw SQLite: one-row INSERT per transaction';
const RAW_BATCH = 'raw SQLite: many rows per transaction';
const PORT_NEW = 'port: single-event append, new stream each time';
const PORT_GROWING = 'port: single-event append, one growing stream';

export async function benchAppend(options: AppendBenchOptions = {}): Promise<BenchSection> {
  const singles = options.singleAppends ?? 1_000;
  const batches = options.batches ?? 100;
  const batchSizes = options.batchSizes ?? [100, 1_000];
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'ledger-bench-append-')));
  const file = (name: string) => join(directory, `${name}-${process.pid}.db`);
  try {
    const needed = (operations: number) => operations + WARM_UP + ROUNDS;
    const single = await measureInterleaved(
      [
        rawInserts(RAW_SINGLE, file('raw-single'), needed(singles), 1),
        portAppends(PORT_NEW, file('port-new-streams'), needed(singles), 1, 'new stream each time'),
        portAppends(PORT_GROWING, file('port-one-stream'), needed(singles), 1, 'one growing stream'),
      ],
      { operations: singles, rounds: ROUNDS, warmUp: WARM_UP },
    );
    const rate = (rates: Map<string, Rate>, name: string, eventsPerOperation: number) =>
      rates.get(name)!.perSecond * eventsPerOperation;
    const rawSingle = rate(single, RAW_SINGLE, 1);
    const rows: BenchRow[] = [
      { name: RAW_SINGLE, value: rawSingle, unit: 'rows/s' },
      compared(PORT_NEW, rate(single, PORT_NEW, 1), RAW_SINGLE, rawSingle),
      compared(PORT_GROWING, rate(single, PORT_GROWING, 1), RAW_SINGLE, rawSingle),
    ];
    for (const batchSize of batchSizes)
      rows.push(...(await batchRows(file, batchSize, Math.max(10, Math.round((batches * 100) / batchSize)))));
    return { title: 'Appending events (SQLite store)', rows, notes: notes(directory, singles, batches, batchSizes) };
  } finally {
    if (options.directory === undefined) await rm(directory, { recursive: true, force: true });
  }
}

/** Appends of `batchSize` events through the port beside raw SQLite writing as many rows per transaction. */
async function batchRows(file: (name: string) => string, batchSize: number, appends: number): Promise<BenchRow[]> {
  const rawName = `${RAW_BATCH} (${batchSize})`;
  const portName = `port: ${batchSize}-event appends, one growing stream`;
  const total = appends + WARM_UP + ROUNDS;
  const rates = await measureInterleaved(
    [
      rawInserts(rawName, file(`raw-batch-${batchSize}`), total, batchSize),
      portAppends(portName, file(`port-batches-${batchSize}`), total, batchSize, 'one growing stream'),
    ],
    { operations: appends, rounds: ROUNDS, warmUp: WARM_UP },
  );
  const raw = rates.get(rawName)!.perSecond * batchSize;
  return [
    { name: rawName, value: raw, unit: 'rows/s' },
    compared(portName, rates.get(portName)!.perSecond * batchSize, rawName, raw),
  ];
}

function compared(name: string, value: number, baseline: string, baselineValue: number): BenchRow {
  return { name, value, unit: 'events/s', baseline, ratio: value / baselineValue };
}

/** How many appends of `size` events a batch figure times. */
function batchAppends(batches: number, size: number): number {
  return Math.max(10, Math.round((batches * 100) / size));
}

function notes(directory: string, singles: number, batches: number, batchSizes: readonly number[]): string[] {
  return [
    `Files in ${directory}; journal_mode WAL, synchronous FULL, as the store opens them; each figure on its own file.`,
    `${singles} single appends per single-event figure, ` +
      `${batchSizes.map((size) => `${batchAppends(batches, size)} appends of ${size} events`).join(' and ')} ` +
      `for the batch figures, after ${WARM_UP} untimed ones; figures compared with each other ` +
      `were measured interleaved in ${ROUNDS} rounds, so drifting fsync times affect them alike.`,
    'Ratio: the figure divided by its baseline (1.00× = as fast as raw SQLite; 0.50× = half as fast).',
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const directory = process.argv[2];
  const section = await benchAppend(directory ? { directory } : {});
  console.log(machineToMarkdown());
  console.log(sectionToMarkdown(section));
}
