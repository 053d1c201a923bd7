/**
 * A `ledger serve` child process on fresh SQLite files for one test file: seeded with `commands`
 * before its tests, stopped and its files removed after them. Read the fields inside tests only.
 */
import { afterAll, beforeAll } from 'vitest';
import type { DomainCommand } from '../../src/domain/shared/decider.js';
import { freePort, removeFiles, seedLedger, type LedgerServerFiles } from '../../bench/lib/http-server.js';
import { serve, type LedgerProcess } from '../../bench/lib/ledger-process.js';
import type { Tokens } from './client.js';

export interface ServedLedger {
  readonly files: LedgerServerFiles;
  readonly tokens: Tokens & { readonly admin: string };
  readonly server: LedgerProcess;
}

export function servedLedger(commands: Iterable<DomainCommand> = []): ServedLedger {
  let started: ServedLedger | undefined;
  beforeAll(async () => {
    const { files, tokens } = await seedLedger(commands);
    started = { files, tokens, server: await serve(files, { port: await freePort() }) };
  });
  afterAll(async () => {
    if (!started) return;
    await started.server.kill('SIGTERM');
    removeFiles(started.files);
  });
  const running = (): ServedLedger => {
    if (!started) throw new Error('servedLedger(): read its fields inside a test or hook, after beforeAll');
    return started;
  };
  return {
    get files() {
      return running().files;
    },
    get tokens() {
      return running().tokens;
    },
    get server() {
      return running().server;
    },
  };
}
