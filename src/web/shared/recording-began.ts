/**
 * When the ledger recorded its first event. The as-at date is knowledge time (what had been
 * recorded by the end of that day), not the date the board met, so a ledger that recorded old
 * minutes recently (the demo records the 2016 and 2017 meetings when it starts) shows nothing at
 * the dates of those meetings. Pages say when recording began, so that an empty past is explained.
 */
import type Database from 'better-sqlite3';

const known = new WeakMap<Database.Database, string>();

/** The recording time of the ledger's first event (an ISO instant), or null while it holds none. */
export function recordingBegan(db: Database.Database): string | null {
  const cached = known.get(db);
  if (cached !== undefined) return cached;
  const first = db
    .prepare<[], { recorded_at: string }>('SELECT recorded_at FROM audit_trail_events ORDER BY position LIMIT 1')
    .get();
  if (first === undefined) return null;
  known.set(db, first.recorded_at);
  return first.recorded_at;
}
