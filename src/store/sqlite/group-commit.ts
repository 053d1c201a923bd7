/**
 * Group commit: appends that arrive while the event loop is busy are written in one SQLite
 * transaction, each inside its own savepoint, so one append's conflict does not undo another's.
 * Every caller is answered only after the shared COMMIT, so an acknowledged append is on disk
 * (with synchronous = FULL) however many share the fsync.
 */
import type Database from 'better-sqlite3';

interface Pending<T> {
  readonly write: () => T;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}

export class GroupCommit<T> {
  private queue: Pending<T>[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Database.Database,
    private readonly mapError: (error: unknown) => unknown,
  ) {}

  /** `write` runs inside a transaction; it may itself be a better-sqlite3 transaction (a savepoint). */
  submit(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const outcomes: Array<{ ok: true; value: T } | { ok: false; error: unknown }> = [];
    try {
      this.db
        .transaction(() => {
          for (const pending of batch) {
            try {
              outcomes.push({ ok: true, value: pending.write() });
            } catch (error) {
              // SQLite rolls the whole transaction back when a write fails part-way with SQLITE_FULL,
              // an I/O error or SQLITE_NOMEM: the writes before this one are gone, and the ones after
              // would each commit on their own. The whole batch fails instead.
              if (!this.db.inTransaction) throw error;
              outcomes.push({ ok: false, error: this.mapError(error) });
            }
          }
        })
        .immediate();
    } catch (error) {
      const mapped = this.mapError(error);
      for (const pending of batch) pending.reject(mapped);
      return;
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    });
  }
}
