/**
 * A process catching up the read models over 100,000 events is killed (SIGKILL) part-way; on
 * restart the read models equal a clean rebuild, row by row. And two rebuilds are byte-identical.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHistory } from '../../bench/lib/history.js';
import { diffDumps, dumpReadModels } from '../../src/projections/dump.js';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';

const WORKER = fileURLToPath(new URL('../../dist/tests/projections/catch-up-worker.js', import.meta.url));
const EVENTS = 100_000;

let dir: string;
let storeFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  storeFile = join(dir, 'ledger.db');
  const store = new SqliteEventStore(storeFile, { synchronous: 'normal' });
  await writeHistory(store, EVENTS);
  await store.close();
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the worker; with `killAfter`, SIGKILLs it once it reports a position past that. */
function catchUpInChild(readModelFile: string, killAfter?: bigint): Promise<{ killed: boolean; lastPosition: bigint }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, storeFile, readModelFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lastPosition = -1n;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'done') return;
      lastPosition = BigInt(line);
      if (killAfter !== undefined && lastPosition > killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' || code === 0
        ? resolve({ killed: signal === 'SIGKILL', lastPosition })
        : reject(new Error(`worker exited ${code}`)),
    );
  });
}

async function cleanRebuild(file: string) {
  const store = new SqliteEventStore(storeFile);
  const db = openReadModelDb(file);
  await new ProjectionRunner(store, db, allProjections).rebuild();
  await store.close();
  return db;
}

describe('projections after a crash', () => {
  it('equal a clean rebuild, row by row, after SIGKILL part-way through a catch-up', async () => {
    const crashed = join(dir, 'crashed.db');
    const first = await catchUpInChild(crashed, 20_000n);
    expect(first.killed).toBe(true);
    const midway = openReadModelDb(crashed);
    const checkpoints = midway.prepare('SELECT MIN(position) AS low FROM projection_checkpoints').get() as {
      low: number;
    };
    midway.close();
    expect(checkpoints.low).toBeLessThan(EVENTS);
    const second = await catchUpInChild(crashed);
    expect(second.killed).toBe(false);
    const recovered = openReadModelDb(crashed);
    const clean = await cleanRebuild(join(dir, 'clean.db'));
    expect(diffDumps(dumpReadModels(recovered, allProjections), dumpReadModels(clean, allProjections))).toEqual([]);
    recovered.close();
    clean.close();
  }, 300_000);

  it('rebuild twice into byte-identical read models', async () => {
    const [a, b] = [await cleanRebuild(join(dir, 'a.db')), await cleanRebuild(join(dir, 'b.db'))];
    const serialise = (db: typeof a) => JSON.stringify([...dumpReadModels(db, allProjections)]);
    expect(serialise(a)).toBe(serialise(b));
    expect(serialise(a).length).toBeGreaterThan(1_000_000);
    a.close();
    b.close();
  }, 300_000);
});
