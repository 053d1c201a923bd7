/**
 * The read-model database: a SQLite file of its own, which can be deleted and rebuilt at any time
 * from the event store. `synchronous = NORMAL` is enough here: whatever a crash loses is replayed.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AS_AT_POSITION, LIVE_POSITION } from './versions.js';

export const CHECKPOINTS_TABLE = `
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name     TEXT PRIMARY KEY,
  version  INTEGER NOT NULL,
  position INTEGER NOT NULL
);
`;

export function openReadModelDb(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Read models of a large ledger outgrow SQLite's 2 MiB default cache; a rebuild then thrashes.
  db.pragma('cache_size = -262144');
  db.exec(CHECKPOINTS_TABLE);
  // Queries that read versions themselves (the register's search) read the rows holding now.
  db.function(AS_AT_POSITION, { deterministic: true }, () => LIVE_POSITION);
  return db;
}
