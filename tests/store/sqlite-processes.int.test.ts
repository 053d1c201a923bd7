/**
 * Several OS processes appending to one SQLite file at the same expected revision: exactly one wins each
 * time. The writers run the real adapter, compiled to dist/ (built here when the build is older than
 * the adapter's sources), through tests/store/sqlite-writer.worker.mjs.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { verifyChains } from '../../src/store/verify-chain.js';
import { collect, pledgeEvents, uniqueStream } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPILED = join(ROOT, 'dist/src/store/sqlite/index.js');
const SOURCES = ['sqlite/index.ts', 'sqlite/schema.ts', 'sqlite/sqlite-errors.ts', 'envelope.ts', 'errors.ts'].map(
  (file) => join(ROOT, 'src/store', file),
);
const WRITERS = 4;
const ROUNDS = 5n;

interface Outcome {
  readonly writer: string;
  readonly outcome: 'won' | 'lost';
  readonly code?: string;
  readonly actual?: string;
}

function compiledAdapterIsFresh(): boolean {
  if (!existsSync(COMPILED)) return false;
  const built = statSync(COMPILED).mtimeMs;
  return SOURCES.every((source) => statSync(source).mtimeMs <= built);
}

function buildIfStale(): void {
  if (compiledAdapterIsFresh()) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], {
      stdio: 'pipe',
    });
  } catch {
    // tsc still emits when some other file has a type error; whether the adapter was emitted is checked next.
  }
  if (!compiledAdapterIsFresh())
    throw new Error(`Could not compile the SQLite adapter to ${COMPILED}; run npm run build and look at its errors`);
}

class Writer {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly lines: AsyncIterator<string>,
  ) {}

  static async start(file: string, stream: string, name: string): Promise<Writer> {
    const child = spawn(process.execPath, [join(ROOT, 'tests/store/sqlite-writer.worker.mjs'), file, stream, name], {
      cwd: ROOT,
    });
    const writer = new Writer(child, createInterface({ input: child.stdout })[Symbol.asyncIterator]());
    expect(await writer.nextLine()).toBe('ready');
    return writer;
  }

  async append(revision: bigint): Promise<Outcome> {
    this.child.stdin.write(`append ${revision}\n`);
    return JSON.parse(await this.nextLine()) as Outcome;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end('exit\n');
    await exited;
  }

  private async nextLine(): Promise<string> {
    const next = await this.lines.next();
    if (next.done) throw new Error('A writer process ended early');
    return next.value;
  }
}

describe('SQLite store shared by several processes', () => {
  let dir: string;
  beforeAll(async () => {
    buildIfStale();
    dir = await mkdtemp(join(tmpdir(), 'ledger-processes-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`lets exactly one of ${WRITERS} processes appending at the same revision win, round after round`, async () => {
    const file = join(dir, 'ledger.db');
    const stream = uniqueStream();
    const store = new SqliteEventStore(file);
    await store.append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) => Writer.start(file, stream, `writer-${index}`)),
    );
    try {
      for (let round = 0n; round < ROUNDS; round++) {
        const outcomes = await Promise.all(writers.map((writer) => writer.append(round)));
        expect(outcomes.filter((outcome) => outcome.outcome === 'won')).toHaveLength(1);
        for (const lost of outcomes.filter((outcome) => outcome.outcome === 'lost')) {
          expect(lost).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: String(round + 1n) });
        }
      }
    } finally {
      await Promise.all(writers.map((writer) => writer.stop()));
    }
    expect((await collect(store.readStream(stream))).map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    expect((await verifyChains(store)).ok).toBe(true);
    await store.close();
  });
});
