/**
 * The built `ledger serve` as a child process on files made by seedLedger (http-server.ts): started,
 * stopped, SIGKILLed and started again on the same files and port, as an operator's supervisor
 * would. Used by the HTTP benchmark and the reliability tests, from source or from dist/ alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LedgerServerFiles } from './http-server.js';

/** The repository root: the nearest folder above this file that holds package.json. */
function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  return folder;
}

export const CLI = join(repositoryRoot(), 'dist', 'src', 'cli', 'main.js');
const READY_WITHIN_MS = 120_000;

export interface ServeOptions {
  readonly port: number;
  /** A command the server runs under, e.g. nsenter into a namespace: `[program, ...args]`. */
  readonly prefix?: readonly string[];
  readonly environment?: Record<string, string>;
}

export interface LedgerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** What the server wrote to stderr (its warnings and errors), for failure messages. */
  stderr(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function spawnServe(files: LedgerServerFiles, options: ServeOptions): LedgerProcess {
  const args = [
    CLI,
    'serve',
    '--store',
    `sqlite:${files.store}`,
    '--read-db',
    files.readDb,
    '--tokens-db',
    files.tokensDb,
    '--port',
    String(options.port),
  ];
  const [program, ...prefixArgs] = [...(options.prefix ?? []), process.execPath, ...args];
  const child = spawn(program!, prefixArgs, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', ...options.environment },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${options.port}`,
    child,
    stderr: () => stderr,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/**
 * Failures to start that say nothing about the ledger's files, so the start is tried again: the port
 * still held by the killed process, or a module that failed to load because a build (another
 * engineer's, in a shared working tree) was rewriting dist/ at that moment.
 */
const NOT_THE_LEDGER =
  /EADDRINUSE|SyntaxError: The requested module|ERR_MODULE_NOT_FOUND|SyntaxError: Unexpected end of input/;

/** Starts the server and waits until /ready answers 200. */
export async function serve(files: LedgerServerFiles, options: ServeOptions): Promise<LedgerProcess> {
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const server = spawnServe(files, options);
    while (server.child.exitCode === null && server.child.signalCode === null && Date.now() < deadline) {
      const status = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return server;
      await sleep(50);
    }
    await server.kill('SIGKILL');
    if (Date.now() >= deadline)
      throw new Error(`ledger serve was not ready within ${READY_WITHIN_MS} ms: ${server.stderr()}`);
    if (!NOT_THE_LEDGER.test(server.stderr()))
      throw new Error(`ledger serve exited with ${server.child.exitCode}: ${server.stderr()}`);
    await sleep(1_000);
  }
}
