/**
 * A ledger server for HTTP benchmarks and reliability tests: a SQLite store in a temporary
 * directory, seeded with generated board business, a token per role, and the built CLI's
 * `serve` in a child process on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TokenStore, type TokenRole } from '../../src/api/auth/token-store.js';
import type { DomainCommand } from '../../src/domain/shared/decider.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { writeHistory } from './history.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cli', 'main.js');

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
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Creates the files: the store seeded with `commands`, and one token per role (returned). */
export async function seedLedger(commands: Iterable<DomainCommand>): Promise<{ files: LedgerServerFiles; tokens: Record<TokenRole, string> }> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-server-'));
  const files = { directory, store: join(directory, 'ledger.db'), readDb: join(directory, 'read-models.db'), tokensDb: join(directory, 'tokens.db') };
  const store = new SqliteEventStore(files.store, { synchronous: 'normal' });
  await writeHistory(store, Number.MAX_SAFE_INTEGER, undefined, commands);
  await store.close();
  const tokenStore = new TokenStore(files.tokensDb);
  const roles: TokenRole[] = ['admin', 'clerk', 'finance', 'reader'];
  const tokens = Object.fromEntries(roles.map((role) => [role, tokenStore.create(`${role}-bench`, role, new Date())])) as Record<TokenRole, string>;
  tokenStore.close();
  return { files, tokens };
}

export interface RunningLedgerServer {
  readonly url: string;
  readonly child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `ledger serve` on the files and waits until /ready answers 200. */
export async function startLedgerServer(files: LedgerServerFiles, port?: number, environment: Record<string, string> = {}): Promise<RunningLedgerServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [CLI, 'serve', '--store', `sqlite:${files.store}`, '--read-db', files.readDb, '--tokens-db', files.tokensDb, '--port', String(chosen)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', ...environment },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${chosen}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`ledger serve exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${url}/ready`).then((r) => r.status === 200, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export function removeFiles(files: LedgerServerFiles): void {
  rmSync(files.directory, { recursive: true, force: true });
}
