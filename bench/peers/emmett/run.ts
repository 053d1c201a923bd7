/**
 * `npm run bench:peers`: the ledger's SQLite store and Emmett's (@event-driven-io/emmett-sqlite,
 * pinned in this folder's package.json) timed on the same workloads, interleaved in one run so a
 * drifting disk affects both alike. Writes bench/results/<date>-peers.md (or -<hhmm> after it) and prints it.
 * `--operations N` scales the counts (default 400 single appends; batches and reads scale with it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineToMarkdown } from '../../lib/machine.js';
import { writeReport } from '../../lib/report-file.js';
import { sectionToMarkdown, type BenchRow } from '../../lib/section.js';
import { measureInterleaved } from '../../lib/timing.js';
import { emmettPragmas, loadEmmettSqlite } from './emmett-store.js';
import { emmettWorkload, ledgerWorkload, type RetryCount, type Shape, type Sizes } from './workloads.js';

const { values } = parseArgs({ options: { operations: { type: 'string', default: '400' } } });
const singles = Number(values.operations);
const sizes: Sizes = { operations: singles, batchSize: 1_000, readStreamLength: 1_000 };
const plan: Array<{ shape: Shape; operations: number; eventsPerOperation: number; aim: number }> = [
  { shape: 'single, new streams', operations: singles, eventsPerOperation: 1, aim: 7 },
  { shape: 'single, one stream', operations: singles, eventsPerOperation: 1, aim: 7 },
  { shape: 'stream reads', operations: Math.max(10, singles / 4), eventsPerOperation: sizes.readStreamLength, aim: 20 },
  { shape: 'batches', operations: Math.max(5, singles / 40), eventsPerOperation: sizes.batchSize, aim: 2 },
];

const emmett = await loadEmmettSqlite();
const directory = await mkdtemp(join(tmpdir(), 'ledger-bench-peers-'));
const rows: BenchRow[] = [];
const notes: string[] = [];
try {
  // Read on a file of its own: Emmett's connection sets WAL without waiting, so a second connection
  // to a store's file mid-run can interleave with it.
  const pragmas = await emmettPragmas(emmett, join(directory, 'emmett-settings.db'));
  notes.push(`Emmett's connection: ${pragmas}; the ledger's: journal_mode WAL, synchronous FULL.`);
  for (const { shape, operations, eventsPerOperation, aim } of plan) {
    process.stderr.write(`bench:peers: ${shape}...\n`);
    const emmettFile = join(directory, `emmett-${shape.replace(/\W+/g, '-')}.db`);
    const emmettStore = emmett.getSQLiteEventStore({ fileName: emmettFile });
    const warmUp = Math.min(20, operations);
    const total = operations + warmUp + 10;
    const retries: RetryCount = { busy: 0 };
    const ours = `ledger: ${shape}`;
    const theirs = `Emmett: ${shape}`;
    const rates = await measureInterleaved(
      [
        ledgerWorkload(ours, shape, join(directory, `ledger-${shape.replace(/\W+/g, '-')}.db`), total, sizes),
        emmettWorkload(theirs, shape, emmettStore, total, sizes, retries),
      ],
      { operations, rounds: 10, warmUp },
    );
    const emmettRate = rates.get(theirs)!.perSecond * eventsPerOperation;
    const ledgerRate = rates.get(ours)!.perSecond * eventsPerOperation;
    rows.push({ name: theirs, value: emmettRate, unit: 'events/s' });
    rows.push({ name: `Emmett: ${shape}, operations retried after SQLITE_BUSY`, value: retries.busy, unit: 'retries' });
    rows.push({
      name: `${ours} (aim ≥ ${aim}×)`,
      value: ledgerRate,
      unit: 'events/s',
      baseline: theirs,
      ratio: ledgerRate / emmettRate,
    });
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
notes.push(
  `${singles} single appends per single-append figure, ${plan[2]!.operations} reads of a ` +
    `${sizes.readStreamLength}-event stream, ${plan[3]!.operations} appends of ` +
    `${sizes.batchSize} events; every append states the revision it expects; interleaved in 10 ` +
    `rounds after untimed warm-up.`,
  'The payload is the same for both: a PledgeRecorded event of the 27 October 2016 meeting ' +
    "with the ledger's full metadata (about 490 bytes of JSON: data and metadata).",
  'Emmett opens and closes its SQLite connection around each operation on a file database ' +
    '(its getSQLiteEventStore design); the ledger keeps one connection open.',
  "Ratio: the ledger's figure divided by Emmett's (2.00× = twice as fast).",
  'Emmett 0.38.5 fails some operations with `SQLITE_BUSY: cannot commit transaction - SQL ' +
    "statements in progress` (its `INSERT ... RETURNING` statement, run with sqlite3's " +
    "Database#get, is finalised on sqlite3's thread pool after the COMMIT it sends on the same " +
    'unserialised connection has started): a race inside Emmett, since the harness awaits every ' +
    "call and uses Emmett's own connection handling. A failed operation wrote nothing and is " +
    "tried again; the retries row counts them, and their time counts in Emmett's rate. Emmett " +
    'logs each failure to stdout with console.log.',
);

const date = new Date().toISOString().slice(0, 10);
const section = sectionToMarkdown({ title: 'The ledger beside a peer: Emmett 0.38.5 (SQLite)', rows, notes });
const report = [`# Partnership Ledger beside Emmett, ${date}`, '', machineToMarkdown(), section].join('\n');
const results = fileURLToPath(new URL('../../../../bench/results/', import.meta.url));
const file = writeReport(results, `${date}-peers`, report);
process.stdout.write(report);
process.stderr.write(`bench: written to bench/results/${file}\n`);
