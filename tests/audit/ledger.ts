/**
 * Ledgers for the audit tests: the seed meetings imported into a SQLite file once per test file,
 * copied for each test so each can alter its own copy with plain SQL, as someone holding the file
 * and a SQLite shell could.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyLedger } from '../../src/audit/verify.js';
import { importFiles } from '../../src/import/import-files.js';
import { reportLines } from '../../src/import/report.js';
import type { EventStore } from '../../src/store/port.js';
import { CommandRunner } from '../../src/store/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { fixturePaths } from '../import/helpers.js';

export const MINUTES = fixturePaths().filter((path) => path.endsWith('.yaml'));
export const RECEIPTS = fixturePaths().filter((path) => path.endsWith('.csv'));

/** Imports `files` into `store`, each command recorded at the clock's time. */
export async function importInto(
  store: EventStore,
  files: readonly string[],
  clock: () => Date = () => new Date('2017-01-09T10:00:00Z'),
): Promise<void> {
  const result = await importFiles({ store, commands: new CommandRunner(store, { clock }) }, files);
  if (result.status !== 'imported') throw new Error(`fixtures did not import:\n${reportLines(result).join('\n')}`);
}

/** A folder for one test file, and a seeded ledger file in it to copy from. */
export function seededFolder(): {
  folder: string;
  seed: (files?: readonly string[]) => Promise<string>;
  copy: (name: string) => string;
  remove: () => void;
} {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-audit-'));
  const template = join(folder, 'template.db');
  return {
    folder,
    seed: async (files = fixturePaths()) => {
      const store = new SqliteEventStore(template, { synchronous: 'normal' });
      await importInto(store, files);
      await store.close();
      return template;
    },
    copy: (name) => {
      const file = join(folder, name);
      copyFileSync(template, file);
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** Runs plain SQL against the file, outside the ledger. */
export function tamper(file: string, change: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    change(db);
  } finally {
    db.close();
  }
}

export async function withStore<T>(file: string, work: (store: SqliteEventStore) => Promise<T>): Promise<T> {
  const store = new SqliteEventStore(file, { synchronous: 'normal' });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function verifyFile(file: string, options: { seals?: readonly string[] } = {}) {
  return withStore(file, (store) => verifyLedger(store, options));
}

/** The row of one event, as stored. */
export function eventRow(
  file: string,
  streamId: string,
  revision: number,
): { position: number; event_id: string; type: string; data: string; metadata: string } {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM events WHERE stream_id = ? AND revision = ?').get(streamId, revision) as never;
  } finally {
    db.close();
  }
}
