/**
 * The read models every open-data format reads, live or as at a knowledge time, through the
 * reports' own read path (src/projections/read.ts): the same read models as they stood then. The formats read every
 * read model (commitments, the decision
 * register, the action tracker, attendance, the partner profile's directory, the audit trail).
 * Nothing here computes a figure: the formats only re-shape what the read functions answer.
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../compose.js';
import { withReadModel } from '../projections/read.js';

/** The read models to answer from, and how current they are. */
export interface OpenDataSnapshot {
  readonly db: Database.Database;
  /** The last event position the read models include, -1 before the first. */
  readonly projectedPosition: string;
  /** The knowledge time asked for, as an ISO instant, or null for everything recorded. */
  readonly asAt: string | null;
}

export interface SnapshotOptions {
  /** The CLI catches the live read models up first; the server keeps them caught up itself. */
  readonly catchUp?: boolean;
}

/** Runs `read` against the live read models, or against them as they stood at `asAt`. */
export function withOpenData<T>(
  ledger: Ledger,
  asAt: string | undefined,
  read: (snapshot: OpenDataSnapshot) => T,
  options: SnapshotOptions = {},
): Promise<T> {
  return withReadModel(ledger, asAt, read, options);
}
