/**
 * The read models a page reads: the live ones, or (with an as-at date) the same read models as
 * they stood at the end of that day, through the API's own read path (src/projections/read.ts).
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../../compose.js';
import type { Projection } from '../../projections/projection.js';
import { readAsAt } from '../../projections/read.js';
import { loadNames, type Names } from './names.js';

export interface ReadModels {
  readonly db: Database.Database;
  readonly names: Names;
}

/** Every read model answers as at a time; `projections` names those the page reads. */
export function withReadModels<T>(ledger: Ledger, _projections: readonly Projection[], asAt: string | undefined, read: (models: ReadModels) => T): Promise<T> {
  if (asAt === undefined) return Promise.resolve(read({ db: ledger.readDb, names: loadNames(ledger.readDb) }));
  return Promise.resolve(readAsAt(ledger.readDb, asAt, ({ db }) => read({ db, names: loadNames(db) })));
}
