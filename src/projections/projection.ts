/**
 * What a read model gives the projection runner. A projection's fold writes rows into the
 * read-model SQLite file; the runner wraps each batch of events, with the checkpoint, in one
 * transaction. The same fold builds live read models and rebuilds; the tables keep their past
 * (see versions.ts), so an as-at view is a query over the same file, never a replay.
 */
import type Database from 'better-sqlite3';
import type { LedgerEvent } from '../domain/index.js';
import type { RecordedEvent } from '../store/envelope.js';

/** A stored event whose `type` and `data` are known to the domain. */
export type ProjectedEvent = Omit<RecordedEvent, 'type' | 'data'> & LedgerEvent;

export interface Projection {
  /** Also the prefix of its tables: `commitments_entries`, `decision_register_decisions`. */
  readonly name: string;
  /** Bump when the tables or the fold change: the runner then rebuilds this projection from scratch. */
  readonly version: number;
  /** CREATE TABLE / CREATE INDEX statements (IF NOT EXISTS), run before the first event. */
  readonly tables: string;
  /** The tables to empty before a rebuild, in an order that respects any references between them. */
  readonly tableNames: readonly string[];
  /**
   * Tables whose rows are only ever added, each with the column holding the position of the event
   * that added the row: an as-at view keeps the rows added by then, and no versions are kept.
   * Every other table keeps its versions (see versions.ts).
   */
  readonly appendOnly?: Readonly<Record<string, string>>;
  /** Prepares statements once per database; returns the fold that writes one event's rows. Synchronous. */
  prepare(db: Database.Database): Fold;
}

/**
 * Writes one event's rows. A fold that remembers what it read from the file between events has
 * `forget`, which the runner calls as each page's transaction starts: another process may have
 * written the file since, and a failed page rolled back what was remembered from it.
 */
export type Fold = ((event: ProjectedEvent) => void) & { readonly forget?: () => void };
