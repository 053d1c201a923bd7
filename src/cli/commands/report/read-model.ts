/**
 * The read models a report or history reads: the live read-model file, caught up first, or the
 * same file as the ledger stood at `--as-at`, through the one read path (src/projections/read.ts).
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../../../compose.js';
import { withReadModel as readModel } from '../../../projections/read.js';

/** Runs `query` against the read models, up to date or as at `asAt`. */
export function withReadModel<T>(ledger: Ledger, asAt: string | undefined, query: (db: Database.Database) => T): Promise<T> {
  return readModel(ledger, asAt, (snapshot) => query(snapshot.db), { catchUp: true });
}
