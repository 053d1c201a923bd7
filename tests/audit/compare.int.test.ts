/**
 * `rebuild --compare`: live read models against a fresh rebuild in a temporary file. A row changed
 * or removed by SQL behind the ledger's back is reported, table by table, on the side it is found.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareReadModels } from '../../src/audit/compare.js';
import { auditTrailProjection } from '../../src/projections/audit-trail/index.js';
import { commitmentsProjection } from '../../src/projections/commitments/index.js';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { importInto, MINUTES, RECEIPTS, seededFolder } from './ledger.js';
import { seedCounts } from './seed-counts.js';

const folder = seededFolder();
let n = 0;
let store: SqliteEventStore;
let readDb: Database.Database;
let live: ProjectionRunner;

beforeAll(() => folder.seed(MINUTES));
afterAll(() => folder.remove());
beforeEach(async () => {
  store = new SqliteEventStore(folder.copy(`ledger-${++n}.db`), { synchronous: 'normal' });
  readDb = openReadModelDb(join(folder.folder, `read-${n}.db`));
  live = new ProjectionRunner(store, readDb, allProjections);
  await live.catchUp();
});
afterEach(async () => {
  readDb.close();
  await store.close();
});

const auditRow = (position: number) =>
  readDb.prepare('SELECT * FROM audit_trail_events WHERE position = ?').get(position) as Record<string, unknown>;

describe('rebuild --compare', () => {
  it('finds nothing to report when the live read models are as the events make them', async () => {
    const comparison = await compareReadModels(store, live, allProjections);
    expect(comparison).toMatchObject({ position: (await seedCounts()).minutes.position, differences: [] });
    expect(comparison.tables).toContain('audit_trail_events');
  });

  it('reports a row changed by SQL on both sides: as it is live, and as a rebuild makes it', async () => {
    readDb.prepare("UPDATE audit_trail_events SET actor_id = 'mallory' WHERE position = 95").run();
    const { differences } = await compareReadModels(store, live, allProjections);
    expect(differences.map((d) => [d.table, d.side, (JSON.parse(d.row) as { actor_id: string }).actor_id])).toEqual([
      ['audit_trail_events', 'left', 'mallory'],
      ['audit_trail_events', 'right', 'importer'],
    ]);
  });

  it('reports a row deleted by SQL as found only in the rebuild', async () => {
    const row = auditRow(12);
    readDb.prepare('DELETE FROM audit_trail_events WHERE position = 12').run();
    const { differences } = await compareReadModels(store, live, [auditTrailProjection]);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ table: 'audit_trail_events', side: 'right' });
    expect(JSON.parse(differences[0]!.row)).toEqual(row);
  });

  it('compares only the read models named', async () => {
    readDb.prepare("UPDATE audit_trail_events SET actor_id = 'mallory' WHERE position = 95").run();
    expect(await compareReadModels(store, live, [commitmentsProjection])).toMatchObject({ differences: [] });
  });

  it('brings the live read models up to the events recorded since they were last caught up', async () => {
    await importInto(store, RECEIPTS);
    const { position } = (await seedCounts()).all;
    expect(await compareReadModels(store, live, allProjections)).toMatchObject({ position, differences: [] });
  });
});
