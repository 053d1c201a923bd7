/**
 * The knowledge-time clock of the read-model file: where, in the ledger's global order, each
 * recording time was first passed. "The ledger as it stood at T" is every event before the first
 * one recorded after T; the clock finds that position with one indexed look-up. It keeps only the
 * events whose recording time is later than every event's before them (a few rows per batch), and
 * is written by the projection runner in the same transaction as the read models' rows.
 */
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../store/envelope.js';

export const CLOCK_TABLE = `
CREATE TABLE IF NOT EXISTS projection_clock (
  position    INTEGER PRIMARY KEY,
  recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projection_clock_by_time ON projection_clock (recorded_at);
`;

/** Recording times as `toISOString` writes them, so they compare correctly as text. */
export function normalisedInstant(recordedAt: string): string {
  return recordedAt.length === 24 && recordedAt.endsWith('Z') ? recordedAt : new Date(recordedAt).toISOString();
}

export class KnowledgeClock {
  private readonly last;
  private readonly insert;
  private readonly clear;

  constructor(db: Database.Database) {
    db.exec(CLOCK_TABLE);
    this.last = db.prepare<[], { position: number; recorded_at: string }>(
      'SELECT position, recorded_at FROM projection_clock ORDER BY position DESC LIMIT 1',
    );
    this.insert = db.prepare<[number, string]>(
      'INSERT OR IGNORE INTO projection_clock (position, recorded_at) VALUES (?, ?)',
    );
    this.clear = db.prepare('DELETE FROM projection_clock');
  }

  /** Notes the page's events that pass every recording time before them. Call inside the page's transaction. */
  record(page: readonly RecordedEvent[]): void {
    const last = this.last.get();
    let latest = last?.recorded_at ?? '';
    const known = last?.position ?? -1;
    for (const event of page) {
      if (event.position <= known) continue;
      const recordedAt = normalisedInstant(event.metadata.recordedAt);
      if (recordedAt <= latest) continue;
      this.insert.run(Number(event.position), recordedAt);
      latest = recordedAt;
    }
  }

  /** Forgets everything, for a rebuild of every read model. */
  reset(): void {
    this.clear.run();
  }
}

/**
 * The last position of the ledger as it stood at `instant` (normalised), or undefined when nothing after it is recorded
 * yet.
 */
export function positionAt(db: Database.Database, instant: string): number | undefined {
  const after = db
    .prepare<[string], { position: number }>(
      'SELECT position FROM projection_clock WHERE recorded_at > ? ORDER BY recorded_at LIMIT 1',
    )
    .get(instant);
  return after === undefined ? undefined : after.position - 1;
}
