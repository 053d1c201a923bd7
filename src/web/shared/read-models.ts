/**
 * The read models a page reads: the live ones, or (with an as-at date) the same read models as
 * they stood at the end of that day, through the API's own read path (src/projections/read.ts).
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../../compose.js';
import { withReadModel } from '../../projections/read.js';
import { loadNames, type Names } from './names.js';

export interface ReadModels {
  readonly db: Database.Database;
  readonly names: Names;
}

/** The read models, live or as at a time, with the names of what they mention (the server keeps them caught up). */
export function withReadModels<T>(
  ledger: Ledger,
  asAt: string | undefined,
  read: (models: ReadModels) => T,
): Promise<T> {
  return withReadModel(ledger, asAt, ({ db }) => read({ db, names: loadNames(db) }));
}
