/**
 * Runs the built `ledger` command as a user would: a child process, with the ledger's files in a
 * temporary folder and none of the LEDGER_* settings of whoever runs the tests.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePaths } from '../import/helpers.js';

const MAIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const environment = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('LEDGER_')));

export function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MAIN, ...args],
      { env: environment, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs the command and stops reading its output after the first chunk, as `| head` would. */
export function runAndCloseEarly(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: environment });
    let stdout = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      stdout = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** A folder holding one ledger: its event store, read models and tokens. */
export class LedgerFolder {
  constructor(
    readonly name = 'ledger',
    readonly dir = mkdtempSync(join(tmpdir(), 'ledger-cli-')),
  ) {}

  get storeFile(): string {
    return join(this.dir, `${this.name}.db`);
  }

  get readFile(): string {
    return join(this.dir, `${this.name}-read.db`);
  }

  flags(): string[] {
    return [
      '--store',
      `sqlite:${this.storeFile}`,
      '--read-db',
      this.readFile,
      '--tokens-db',
      join(this.dir, 'tokens.db'),
    ];
  }

  ledger(...args: string[]): Promise<Run> {
    return run([...args, ...this.flags()]);
  }

  /** Imports the seed meetings and receipts; throws if the import does not succeed. */
  async importFixtures(): Promise<void> {
    const result = await this.ledger('import', ...fixturePaths());
    if (result.code !== 0) throw new Error(`import failed (${result.code}): ${result.stderr}`);
  }

  /** A copy of this ledger (events and read models) under another name in the same folder. */
  copy(name: string): LedgerFolder {
    const other = new LedgerFolder(name, this.dir);
    copyFileSync(this.storeFile, other.storeFile);
    copyFileSync(this.readFile, other.readFile);
    return other;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
