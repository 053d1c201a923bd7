/** The embedded store's one table. Positions are SQLite row ids: one global order, never reused. */
export const EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id  TEXT    NOT NULL UNIQUE,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
`;

/**
 * Files written before command_keys existed carry an index of each event's commandId, read out of
 * its metadata JSON. command_keys (command-keys.ts) now answers which stream holds a command, so
 * the index only costs every insert a JSON parse and a B-tree write; opening a file drops it.
 */
export const DROP_COMMAND_ID_INDEX = 'DROP INDEX IF EXISTS events_command_id';

export interface EventRow {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}
