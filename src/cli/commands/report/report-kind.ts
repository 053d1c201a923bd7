/** What each `ledger report` kind provides: the filters its HTTP route takes, its query, and its three formats. */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Names } from '../../../web/shared/names.js';

export interface ReportKind<T, Filters extends z.ZodObject = z.ZodObject> {
  readonly name: string;
  readonly description: string;
  /** The report's filters, as its HTTP route takes them: each field becomes an option. */
  readonly filters: Filters;
  /** Runs against the read models, already as at `asAt` when one was given (which the report only echoes). */
  query(db: Database.Database, filters: z.infer<Filters>, asAt: string | undefined): T;
  /** Human output: names, not ids (the directory's, as at the same moment as the report). */
  table(report: T, names: Names): string[];
  csv(report: T): string;
}
