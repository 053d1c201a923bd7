/**
 * The read model a report or history reads: the live read-model file, caught up, when the
 * projection is one the ledger keeps; otherwise (or `--as-at`) a throw-away in-memory database
 * built from the events, so a report never depends on a read model someone has not registered.
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../../../compose.js';
import { projectAsAt } from '../../../projections/as-at.js';
import type { Projection } from '../../../projections/projection.js';
import { openReadModelDb } from '../../../projections/read-model-db.js';
import { ProjectionRunner } from '../../../projections/runner.js';

/** Runs `query` against the projection's tables, up to date or as at `asAt`. */
export async function withReadModel<T>(ledger: Ledger, projection: Projection, asAt: string | undefined, query: (db: Database.Database) => T): Promise<T> {
  const kept = ledger.projections.projections.some((p) => p.name === projection.name);
  if (kept && asAt === undefined) {
    await ledger.projections.catchUp();
    return query(ledger.readDb);
  }
  const db = asAt === undefined ? await projectAll(ledger, projection) : await projectAsAt(ledger.store, [projection], asAt);
  try {
    return query(db);
  } finally {
    db.close();
  }
}

async function projectAll(ledger: Ledger, projection: Projection): Promise<Database.Database> {
  const db = openReadModelDb(':memory:');
  await new ProjectionRunner(ledger.store, db, [projection]).catchUp();
  return db;
}
