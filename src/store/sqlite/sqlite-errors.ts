/** Maps better-sqlite3's error codes onto the store's stable codes. */
import { accessSync, constants } from 'node:fs';
import { StoreError, type StoreErrorCode } from '../errors.js';

/**
 * SQLite reports SQLITE_READONLY only for a file it opened read-only. When a file it already has
 * open for writing stops accepting writes (made immutable, its file system remounted read-only),
 * the write fails with EPERM or EROFS and SQLite says only "disk I/O error"; asking the file system
 * whether the database and its write-ahead log are still writable tells the two apart.
 */
function becameReadOnly(file: string | undefined): boolean {
  if (file === undefined || file === ':memory:') return false;
  return [file, `${file}-wal`].some((path) => {
    try {
      accessSync(path, constants.W_OK);
      return false;
    } catch (error) {
      return ['EPERM', 'EACCES', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');
    }
  });
}

/**
 * The store code for a better-sqlite3 error, or undefined when it is not one the store maps (a bug).
 * `file` is the database the error came from, for telling a read-only file from a failing disk.
 */
export function sqliteFailureCode(error: unknown, file?: string): StoreErrorCode | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code.startsWith('SQLITE_READONLY') || (code.startsWith('SQLITE_IOERR') && becameReadOnly(file)))
    return 'STORE_READ_ONLY';
  if (code === 'SQLITE_FULL') return 'STORE_FULL';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' && (error as Error).message.includes('event_id')) return 'INVALID_EVENT';
  const unavailable = [
    'SQLITE_BUSY',
    'SQLITE_LOCKED',
    'SQLITE_IOERR',
    'SQLITE_CANTOPEN',
    'SQLITE_CORRUPT',
    'SQLITE_NOTADB',
  ];
  return unavailable.some((prefix) => code.startsWith(prefix)) ? 'STORE_UNAVAILABLE' : undefined;
}

export function mapSqliteError(error: unknown, doing: string, file?: string): unknown {
  if (error instanceof StoreError) return error;
  const kind = sqliteFailureCode(error, file);
  if (kind === undefined) return error;
  const detail = (error as Error).message;
  const busy = /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code));
  const messages: Record<Exclude<StoreErrorCode, 'WRONG_EXPECTED_REVISION'>, string> = {
    STORE_READ_ONLY:
      `The event store is read-only while ${doing}: ${detail}. Check the permissions and ` +
      `attributes (lsattr) of the file and its -wal.`,
    STORE_FULL: `The disk is full while ${doing}. Free some space; nothing was recorded.`,
    INVALID_EVENT: `An event with the same id is already stored (${doing}).`,
    STORE_UNAVAILABLE: busy
      ? `The event store is busy while ${doing}; try again.`
      : `The event store could not be used while ${doing}: ${detail}.`,
  };
  return new StoreError(kind, messages[kind as keyof typeof messages], { cause: error });
}
