/**
 * The files of a ledger server for HTTP benchmarks and reliability tests: a SQLite store in a
 * temporary directory, seeded with generated board business, and a token per role; and a free port
 * to serve them on (ledger-process.ts starts the server).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenStore, type TokenRole } from '../../src/api/auth/token-store.js';
import type { DomainCommand } from '../../src/domain/shared/decider.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { writeHistory } from './history.js';

export interface LedgerServerFiles {
  readonly directory: string;
  readonly store: string;
  readonly readDb: string;
  readonly tokensDb: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Creates the files: the store seeded with `commands`, and one token per role (returned). */
export async function seedLedger(
  commands: Iterable<DomainCommand>,
): Promise<{ files: LedgerServerFiles; tokens: Record<TokenRole, string> }> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-server-'));
  const files = {
    directory,
    store: join(directory, 'ledger.db'),
    readDb: join(directory, 'read-models.db'),
    tokensDb: join(directory, 'tokens.db'),
  };
  const store = new SqliteEventStore(files.store, { synchronous: 'normal' });
  await writeHistory(store, Number.MAX_SAFE_INTEGER, undefined, commands);
  await store.close();
  const tokenStore = new TokenStore(files.tokensDb);
  const roles: TokenRole[] = ['admin', 'clerk', 'finance', 'reader'];
  const tokens = Object.fromEntries(
    roles.map((role) => [role, tokenStore.create(`${role}-bench`, role, new Date())]),
  ) as Record<TokenRole, string>;
  tokenStore.close();
  return { files, tokens };
}

export function removeFiles(files: LedgerServerFiles): void {
  rmSync(files.directory, { recursive: true, force: true });
}
