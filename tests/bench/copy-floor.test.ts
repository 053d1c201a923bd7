/**
 * The rebuild's floor (bench/lib/copy-floor.ts) is only a floor if the copy writes what the rebuild
 * wrote: every row of every read-model table and its versions, and the search index.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFloor } from '../../bench/lib/copy-floor.js';
import { writeHistory } from '../../bench/lib/history.js';
import { diffDumps, dumpReadModels } from '../../src/projections/dump.js';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';

let directory: string | undefined;
afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

describe('copyFloor', () => {
  it('copies every row of a rebuilt read-model file, versions and search index included', async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-floor-'));
    const rebuilt = join(directory, 'read-models.db');
    const store = new InMemoryEventStore();
    await writeHistory(store, 2_000);
    const db = openReadModelDb(rebuilt);
    await new ProjectionRunner(store, db, allProjections).catchUp();
    const original = dumpReadModels(db, allProjections);
    db.close();

    const floor = copyFloor(rebuilt, join(directory, 'copy.db'));
    const copy = new Database(join(directory, 'copy.db'), { readonly: true });
    const source = new Database(rebuilt, { readonly: true });
    try {
      const rows = [...original.values()].reduce((sum, lines) => sum + lines.length, 0);
      expect(floor.rows).toBeGreaterThanOrEqual(rows);
      expect(diffDumps(original, dumpReadModels(copy, allProjections))).toEqual([]);
      const matches = (file: Database.Database) =>
        file
          .prepare<[], { n: number }>(
            "SELECT COUNT(*) AS n FROM decision_register_search WHERE decision_register_search MATCH 'partnership'",
          )
          .get()!.n;
      const found = matches(source);
      expect(found).toBeGreaterThan(0);
      expect(matches(copy)).toBe(found);
    } finally {
      copy.close();
      source.close();
    }
  }, 120_000);
});
