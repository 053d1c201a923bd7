/**
 * Row versions written in bulk when a projection folds a long history from empty (bulk-versions.ts)
 * are the versions the live triggers keep, row for row; and a file whose versions were written in
 * bulk goes on keeping them with the triggers.
 */
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHistory } from '../../bench/lib/history.js';
import { storeAsAt } from '../../src/projections/as-at.js';
import { diffDumps, dumpReadModels } from '../../src/projections/dump.js';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import type { EventStore } from '../../src/store/port.js';

const EVENTS = 3_000;
let store: InMemoryEventStore;
let live: Database.Database;

/** The read models folded from `source` into `db`, with versions in bulk from `bulkFrom` events. */
async function fold(source: EventStore, bulkFrom: number, db = openReadModelDb(':memory:')) {
  await new ProjectionRunner(source, db, allProjections, { bulkFrom }).catchUp();
  return db;
}

function namesOf(db: Database.Database, type: 'table' | 'trigger' | 'index'): string[] {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name')
    .all(type)
    .map((row) => row.name);
}

beforeAll(async () => {
  store = new InMemoryEventStore();
  await writeHistory(store, EVENTS);
  live = await fold(store, Number.POSITIVE_INFINITY);
}, 120_000);

/**
 * The store, failing a third of the way through a read of it: a pass over it leaves the version logs
 * in place, as a process killed mid-pass does.
 */
function dyingStore(): EventStore {
  let read = 0;
  const failing = Object.create(store) as EventStore;
  failing.readAll = async function* (options) {
    for await (const event of store.readAll(options)) {
      if (++read > EVENTS / 3) throw new Error('the process died here');
      yield event;
    }
  };
  return failing;
}

describe('versions written in bulk', () => {
  it('equal the versions the triggers keep, and leave the triggers and indexes as they were', async () => {
    const bulk = await fold(store, 0);
    const versions = [...dumpReadModels(live, allProjections)].filter(([table]) => table.endsWith('_versions'));
    expect(versions.reduce((rows, [, lines]) => rows + lines.length, 0)).toBeGreaterThan(EVENTS);
    expect(diffDumps(dumpReadModels(live, allProjections), dumpReadModels(bulk, allProjections))).toEqual([]);
    for (const type of ['table', 'trigger', 'index'] as const) expect(namesOf(bulk, type)).toEqual(namesOf(live, type));
  });

  it('are kept by the triggers once the bulk pass has ended', async () => {
    let halfway = '';
    for await (const event of store.readAll({ maxCount: EVENTS / 2 })) halfway = event.metadata.recordedAt;
    const bulk = await fold(storeAsAt(store, halfway), 0);
    expect(new ProjectionRunner(store, bulk, allProjections).position).toBeLessThan(BigInt(EVENTS - 1));
    expect(namesOf(bulk, 'table').some((name) => name.endsWith('_versions_log'))).toBe(false);
    await fold(store, 0, bulk);
    expect(diffDumps(dumpReadModels(live, allProjections), dumpReadModels(bulk, allProjections))).toEqual([]);
  });

  it('are the same when the bulk pass was cut off and a new runner finishes it', async () => {
    const interrupted = openReadModelDb(':memory:');
    await expect(
      new ProjectionRunner(dyingStore(), interrupted, allProjections, { bulkFrom: 0 }).catchUp(),
    ).rejects.toThrow('the process died here');
    expect(namesOf(interrupted, 'table').some((name) => name.endsWith('_versions_log'))).toBe(true);
    await new ProjectionRunner(store, interrupted, allProjections).catchUp();
    expect(namesOf(interrupted, 'table').some((name) => name.endsWith('_versions_log'))).toBe(false);
    expect(diffDumps(dumpReadModels(live, allProjections), dumpReadModels(interrupted, allProjections))).toEqual([]);
    for (const type of ['table', 'trigger', 'index'] as const)
      expect(namesOf(interrupted, type)).toEqual(namesOf(live, type));
  });
  it('are finished by a runner that was already following the file when another process left a log', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ledger-bulk-'));
    try {
      const file = join(directory, 'read-models.db');
      let halfway = '';
      for await (const event of store.readAll({ maxCount: EVENTS / 2 })) halfway = event.metadata.recordedAt;
      // The follower folds half the history, with live triggers, and has looked for logs and found none.
      let seen: EventStore = storeAsAt(store, halfway);
      const growing = Object.create(store) as EventStore;
      growing.readAll = (options) => seen.readAll(options);
      growing.headPosition = () => seen.headPosition();
      const follower = new ProjectionRunner(growing, openReadModelDb(file), allProjections);
      await follower.catchUp();
      expect(follower.position).toBeLessThan(BigInt(EVENTS - 1));
      // Another process rebuilds every read model in bulk on the same file and dies part-way.
      const other = openReadModelDb(file);
      const rebuild = new ProjectionRunner(dyingStore(), other, allProjections, { bulkFrom: 0 }).rebuild();
      await expect(rebuild).rejects.toThrow('the process died here');
      other.close();
      // The same follower, with the rest of the history recorded, finishes the logs the other left.
      seen = store;
      await follower.catchUp();
      expect(namesOf(follower.db, 'table').some((name) => name.endsWith('_versions_log'))).toBe(false);
      expect(diffDumps(dumpReadModels(live, allProjections), dumpReadModels(follower.db, allProjections))).toEqual([]);
      follower.db.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
