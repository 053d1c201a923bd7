/**
 * Emmett's SQLite event store, loaded from this folder's own node_modules (`npm ci` here, done by
 * `npm run bench:peers`), so the ledger itself never depends on it. Typed by the few calls the
 * peer benchmark makes, read from @event-driven-io/emmett-sqlite 0.38.5's index.d.ts.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface EmmettEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata?: Record<string, unknown>;
}

export interface EmmettSqliteStore {
  appendToStream(
    streamName: string,
    events: readonly EmmettEvent[],
    options?: { expectedStreamVersion?: bigint },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
  readStream(streamName: string): Promise<{ events: readonly unknown[]; currentStreamVersion: bigint }>;
}

interface EmmettSqliteModule {
  getSQLiteEventStore(options: { fileName: string }): EmmettSqliteStore;
  sqliteConnection(options: { fileName: string }): {
    querySingle<T>(sql: string): Promise<T | null>;
    close(): void;
  };
}

/** Where the peer's package.json is, so its node_modules are searched rather than the ledger's. */
export const PEER_PACKAGE = new URL('../../../../bench/peers/emmett/package.json', import.meta.url);

export async function loadEmmettSqlite(): Promise<EmmettSqliteModule> {
  const require = createRequire(PEER_PACKAGE);
  let entry: string;
  try {
    entry = require.resolve('@event-driven-io/emmett-sqlite');
  } catch {
    throw new Error('Emmett is not installed: run `npm run bench:peers` (it installs bench/peers/emmett first).');
  }
  const loaded = (await import(pathToFileURL(entry).href)) as EmmettSqliteModule & { default?: EmmettSqliteModule };
  return typeof loaded.getSQLiteEventStore === 'function' ? loaded : loaded.default!;
}

/** The settings Emmett's own connection runs with, read back rather than assumed. */
export async function emmettPragmas(module: EmmettSqliteModule, fileName: string): Promise<string> {
  const connection = module.sqliteConnection({ fileName });
  try {
    const journal = await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
    const synchronous = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
    const names = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
    return `journal_mode ${journal?.journal_mode ?? '?'}, synchronous ${names[synchronous?.synchronous ?? -1] ?? '?'}`;
  } finally {
    connection.close();
  }
}
