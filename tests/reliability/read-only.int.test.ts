/**
 * Issue 9: the event store's files become read-only while the server runs. Commands are answered
 * 503 with code STORE_READ_ONLY, nothing acknowledged is lost, and once the files are writable
 * again the same commands, retried with the same keys, are recorded once.
 *
 * How the files are made read-only: `chmod` cannot do it. Root (as in CI) ignores file modes, and
 * even for an ordinary user a mode only matters when a file is opened: the server's connection
 * already has the database and its -wal open for writing. The immutable attribute (`chattr +i`)
 * is checked on every write, for root too, so SQLite meets a genuine EPERM. Setting it needs
 * CAP_LINUX_IMMUTABLE and a file system that has the attribute; elsewhere the test is skipped with
 * the reason printed.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, removeFiles, seedLedger, type LedgerServerFiles } from '../../bench/lib/http-server.js';
import { boardLedger, fundOf, partner, pledge } from './board-ledger.js';
import { post, type Tokens } from './client.js';
import { readStore } from './ledger-checks.js';
import { serve, type LedgerProcess } from '../../bench/lib/ledger-process.js';

let files: LedgerServerFiles;
let tokens: Tokens;
let unavailable: string | undefined;

function chattr(flag: '+i' | '-i', ...paths: string[]): string | undefined {
  const result = spawnSync('chattr', [flag, ...paths], { encoding: 'utf8' });
  if (result.error) return `chattr could not be run (${result.error.message})`;
  return result.status === 0 ? undefined : `chattr ${flag} failed: ${result.stderr.trim()}`;
}

beforeAll(async () => {
  ({ files, tokens } = await seedLedger(boardLedger({ meetings: 1, funds: 1 })));
  const probe = join(files.directory, 'probe');
  writeFileSync(probe, 'probe');
  unavailable = chattr('+i', probe) ?? chattr('-i', probe);
  if (unavailable) process.stdout.write(`read-only test skipped: ${unavailable}\n`);
});
afterAll(() => {
  if (!unavailable) chattr('-i', files.store, `${files.store}-wal`);
  removeFiles(files);
});

const send = (server: LedgerProcess, key: string, n: number) =>
  post(server.url, tokens, key, pledge(fundOf(0), partner(n)));

describe('the event store made read-only under a running server', () => {
  it(
    'answers 503 STORE_READ_ONLY, loses nothing acknowledged, and records the retried commands ' +
      'once writable again',
    async (context) => {
      if (unavailable) return context.skip(unavailable);
      const server = await serve(files, { port: await freePort() });
      const acknowledged = new Map<string, string[]>();
      try {
        for (let n = 0; n < 10; n++) {
          const attempt = await send(server, `before-${n}`, n);
          expect(attempt.status, attempt.body).toBe(201);
          acknowledged.set(
            `before-${n}`,
            (JSON.parse(attempt.body) as { events: Array<{ eventId: string }> }).events.map((e) => e.eventId),
          );
        }
        expect(chattr('+i', files.store, `${files.store}-wal`)).toBeUndefined();
        try {
          for (let n = 10; n < 15; n++) {
            const refused = await send(server, `while-read-only-${n}`, n);
            expect(refused.status, refused.body).toBe(503);
            expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
            expect(JSON.parse(refused.body)).toMatchObject({
              code: 'STORE_READ_ONLY',
              status: 503,
              title: 'The event store is read-only',
            });
          }
          expect((await fetch(`${server.url}/ready`)).status).toBe(200);
        } finally {
          expect(chattr('-i', files.store, `${files.store}-wal`)).toBeUndefined();
        }
        for (let n = 10; n < 15; n++) expect((await send(server, `while-read-only-${n}`, n)).status).toBe(201);
        expect((await send(server, 'after', 15)).status).toBe(201);
      } finally {
        await server.kill('SIGTERM');
      }
      expect(server.child.exitCode, server.stderr()).toBe(0);
      const stored = await readStore(files.store);
      expect(stored.chains.ok).toBe(true);
      for (const [key, eventIds] of acknowledged)
        expect(stored.byCommand.get(key)?.map((event) => event.eventId)).toEqual(eventIds);
      const retried = [...Array.from({ length: 5 }, (_, n) => `while-read-only-${n + 10}`), 'after'];
      expect(retried.map((key) => stored.byCommand.get(key)?.length ?? 0)).toEqual(retried.map(() => 1));
    },
    180_000,
  );

  it(
    'started on a read-only file: answers 503 STORE_READ_ONLY and serves reads; writes again ' +
      'once restarted on a writable file',
    async (context) => {
      if (unavailable) return context.skip(unavailable);
      const port = await freePort();
      expect(chattr('+i', files.store)).toBeUndefined();
      let refused;
      try {
        const server = await serve(files, { port });
        try {
          refused = await send(server, 'started-read-only', 20);
          expect((await fetch(`${server.url}/ready`)).status).toBe(200);
        } finally {
          await server.kill('SIGTERM');
        }
      } finally {
        expect(chattr('-i', files.store)).toBeUndefined();
      }
      expect(refused.status, refused.body).toBe(503);
      expect(JSON.parse(refused.body)).toMatchObject({ code: 'STORE_READ_ONLY' });
      // SQLite opened the file read-only and keeps it so: the connection is made again by a restart.
      const restarted = await serve(files, { port });
      try {
        expect((await send(restarted, 'started-read-only', 20)).status).toBe(201);
      } finally {
        await restarted.kill('SIGTERM');
      }
      expect((await readStore(files.store)).byCommand.get('started-read-only')).toHaveLength(1);
    },
    180_000,
  );
});
