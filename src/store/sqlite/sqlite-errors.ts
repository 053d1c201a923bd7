/** Maps better-sqlite3's error codes onto the store's stable codes. */
import { accessSync, constants } from 'node:fs';
import { StoreError } from '../errors.js';

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

/** `file` is the database the error came from, for telling a read-only file from a failing disk. */
export function mapSqliteError(error: unknown, doing: string, file?: string): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const detail = (error as Error).message;
  if (code.startsWith('SQLITE_READONLY') || (code.startsWith('SQLITE_IOERR') && becameReadOnly(file))) {
    return new StoreError('STORE_READ_ONLY', `The event store is read-only while ${doing}: ${detail}. Check the permissions and attributes (lsattr) of the file and its -wal.`, { cause: error });
  }
  if (code === 'SQLITE_FULL') {
    return new StoreError('STORE_FULL', `The disk is full while ${doing}. Free some space; nothing was recorded.`, { cause: error });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('STORE_UNAVAILABLE', `The event store is busy while ${doing}; try again.`, { cause: error });
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' && detail.includes('event_id')) {
    return new StoreError('INVALID_EVENT', `An event with the same id is already stored (${doing}).`, { cause: error });
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new StoreError('STORE_UNAVAILABLE', `The event store could not be used while ${doing}: ${detail}.`, { cause: error });
  }
  return error;
}
