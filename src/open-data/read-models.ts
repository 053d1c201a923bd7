/**
 * The read models every open-data format reads, live or as at a knowledge time. As-at uses the
 * reports' own mechanism (`projectAsAt`): the same projections fed only the events recorded by
 * then, in a throw-away database. The formats read every read model (commitments, the decision
 * register, the action tracker, attendance, the partner profile's directory, the audit trail).
 * Nothing here computes a figure: the formats only re-shape what the read functions answer.
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../compose.js';
import { normaliseAsAt, projectAsAt } from '../projections/as-at.js';
import { allProjections } from '../projections/index.js';

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

/** Runs `read` against the live read models, or against them as they stood at `asAt` (closed afterwards). */
export async function withOpenData<T>(ledger: Ledger, asAt: string | undefined, read: (snapshot: OpenDataSnapshot) => T, options: SnapshotOptions = {}): Promise<T> {
  if (asAt === undefined) {
    if (options.catchUp) await ledger.projections.catchUp();
    return read({ db: ledger.readDb, projectedPosition: ledger.projections.position.toString(), asAt: null });
  }
  const db = await projectAsAt(ledger.store, allProjections, asAt);
  try {
    const checkpoint = db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM projection_checkpoints').get();
    return read({ db, projectedPosition: String(checkpoint?.position ?? -1), asAt: normaliseAsAt(asAt) });
  } finally {
    db.close();
  }
}
