/** What each `ledger report` kind provides: its read model, its query, and its three formats. */
import type Database from 'better-sqlite3';
import type { Projection } from '../../../projections/projection.js';

export interface ReportQuery {
  readonly fundId?: string;
  readonly asAt?: string;
  /** Words to search for, in reports that take `--q`. */
  readonly q?: string;
}

export interface ReportKind<T> {
  readonly name: string;
  readonly description: string;
  readonly projection: Projection;
  /** Whether `--fund` narrows this report. */
  readonly byFund: boolean;
  /** Whether `--q` searches this report. */
  readonly searchable?: boolean;
  query(db: Database.Database, query: ReportQuery): T;
  table(report: T): string[];
  csv(report: T): string;
}
