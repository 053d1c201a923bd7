/**
 * Commands per second through the command runner (read, fold, decide, append) on one stream that
 * already holds 1,000 events: progress recorded on one action, as a clerk would week after week.
 * Measured with the store's default durability (synchronous FULL) and with NORMAL.
 * Run alone: `node dist/bench/runner.js`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandRunner } from '../src/store/runner.js';
import { SqliteEventStore } from '../src/store/sqlite/index.js';
import { directoryCommands, meetingCommands } from './lib/board-business.js';
import { writeHistory } from './lib/history.js';
import { sectionToMarkdown, type BenchRow, type BenchSection } from './lib/section.js';
import { measureInterleaved, type Workload } from './lib/timing.js';

const ACTION = 'board-00-m-00000-2-1';
const actor = { id: 'bench', role: 'clerk' as const };

function progress(n: number) {
  return {
    type: 'RecordProgress',
    data: { actionId: ACTION, note: `Progress report ${n}: work continues`, rag: 'green', asOf: '2010-02-01' },
  };
}

/** A store with the directory, one meeting and an action whose stream holds `streamLength` events. */
async function prepared(file: string, streamLength: number, synchronous: 'full' | 'normal') {
  const seed = new SqliteEventStore(file, { synchronous: 'normal' });
  function* commands() {
    yield* directoryCommands();
    yield* meetingCommands(0, 0);
    for (let n = 1; n < streamLength; n++) yield progress(n);
  }
  await writeHistory(seed, Number.MAX_SAFE_INTEGER, undefined, commands());
  await seed.close();
  return new SqliteEventStore(file, { synchronous });
}

async function runnerWorkload(directory: string, synchronous: 'full' | 'normal'): Promise<Workload> {
  const store = await prepared(join(directory, `runner-${synchronous}.db`), 1_000, synchronous);
  const runner = new CommandRunner(store);
  let n = 0;
  return {
    name: synchronous,
    async step() {
      const outcome = await runner.run(progress(2_000 + n), { commandId: `bench-${n++}`, actor });
      if (outcome.status !== 'accepted') throw new Error(`bench command not accepted: ${JSON.stringify(outcome)}`);
    },
    close: () => store.close(),
  };
}

export async function benchRunner(count = 2_000): Promise<BenchSection> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-bench-runner-'));
  try {
    const rates = await measureInterleaved(
      [await runnerWorkload(directory, 'full'), await runnerWorkload(directory, 'normal')],
      { operations: count },
    );
    const full = rates.get('full')!.perSecond;
    const normal = rates.get('normal')!.perSecond;
    const rows: BenchRow[] = [
      {
        name: 'runner: RecordProgress on a 1,000-event stream, synchronous FULL (default)',
        value: full,
        unit: 'commands/s',
      },
      {
        name: 'runner: RecordProgress on a 1,000-event stream, synchronous NORMAL',
        value: normal,
        unit: 'commands/s',
        baseline: 'synchronous FULL',
        ratio: normal / full,
      },
    ];
    return {
      title: 'Commands through the runner (SQLite store)',
      rows,
      notes: [
        `${count} sequential commands per setting, interleaved in ten rounds after 20 warm-up ` +
          `commands; each reads the stream's new events if another writer moved it, folds, decides ` +
          `and appends one event.`,
      ],
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(sectionToMarkdown(await benchRunner()));
}
