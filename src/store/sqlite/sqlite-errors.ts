/** Maps better-sqlite3's error codes onto the store's stable codes. */
import { StoreError } from '../errors.js';

export function mapSqliteError(error: unknown, doing: string): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const detail = (error as Error).message;
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError('STORE_READ_ONLY', `The event store is read-only while ${doing}: ${detail}. Check the file's permissions.`, { cause: error });
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
