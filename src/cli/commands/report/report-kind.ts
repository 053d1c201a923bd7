/** What each `ledger report` kind provides: the filters its HTTP route takes, its query, and its three formats. */
import type Database from 'better-sqlite3';
import type { z } from 'zod';

export interface ReportKind<T, Filters extends z.ZodObject = z.ZodObject> {
  readonly name: string;
  readonly description: string;
  /** The report's filters, as its HTTP route takes them: each field becomes an option. */
  readonly filters: Filters;
  /** Runs against the read models, already as at `asAt` when one was given (which the report only echoes). */
  query(db: Database.Database, filters: z.infer<Filters>, asAt: string | undefined): T;
  table(report: T): string[];
  csv(report: T): string;
}
