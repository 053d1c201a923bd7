/**
 * The read models a page reads: the live ones, or (with an as-at date) the same projections built
 * from only the events recorded by the end of that day, as the API's reports do.
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../../compose.js';
import { projectAsAt } from '../../projections/as-at.js';
import { partnerProfileProjection } from '../../projections/partner-profile/index.js';
import type { Projection } from '../../projections/projection.js';
import { loadNames, type Names } from './names.js';

export interface ReadModels {
  readonly db: Database.Database;
  readonly names: Names;
}

/** Names come from the partner profile, so it is always among the projections built for an as-at view. */
export async function withReadModels<T>(ledger: Ledger, projections: readonly Projection[], asAt: string | undefined, read: (models: ReadModels) => T): Promise<T> {
  if (asAt === undefined) return read({ db: ledger.readDb, names: loadNames(ledger.readDb) });
  const needed = projections.includes(partnerProfileProjection) ? projections : [...projections, partnerProfileProjection];
  const db = await projectAsAt(ledger.store, needed, asAt);
  try {
    return read({ db, names: loadNames(db) });
  } finally {
    db.close();
  }
}
