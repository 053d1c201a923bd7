/**
 * Issue 9: the disk holding the event store and the read models fills up while the server runs.
 * Commands are answered 503 with code STORE_FULL (whether the event store or the read models ran
 * out of room first), nothing acknowledged is lost, and once space is freed the same commands,
 * retried with the same keys, are recorded once and the read models equal a rebuild. The disk is a real small tmpfs
 * (see small-disk.ts):
 * SQLite meets a genuine ENOSPC, as it would on a full volume. Where no such disk can be made
 * without privileges the test is skipped with the reason printed.
 */
import { closeSync, copyFileSync, existsSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, removeFiles, seedLedger, type LedgerServerFiles } from '../../bench/lib/http-server.js';
import { boardLedger, fundOf, partner, pledge } from './board-ledger.js';
import { post, type Tokens } from './client.js';
import { compareWithRebuild, readStore } from './ledger-checks.js';
import { serve, type LedgerProcess } from '../../bench/lib/ledger-process.js';
import { smallDisk, type SmallDisk } from './small-disk.js';

let seeded: LedgerServerFiles;
let tokens: Tokens;
let disk: SmallDisk | string;

beforeAll(async () => {
  ({ files: seeded, tokens } = await seedLedger(boardLedger({ meetings: 1, funds: 1 })));
  disk = await smallDisk(join(seeded.directory, 'small-disk'), 32);
  if (typeof disk === 'string') process.stdout.write(`disk-full test skipped: ${disk}\n`);
});
afterAll(async () => {
  if (typeof disk !== 'string') await disk.release();
  removeFiles(seeded);
});

/** Writes zeros into `file` until the disk refuses with ENOSPC; returns the bytes written. */
function fill(file: string): number {
  const descriptor = openSync(file, 'w');
  let written = 0;
  try {
    for (const chunk of [Buffer.alloc(1 << 20), Buffer.alloc(4096), Buffer.alloc(512)]) {
      for (let n = 0; n < 1 << 14; n++) {
        try {
          written += writeSync(descriptor, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    closeSync(descriptor);
  }
  return written;
}

const send = (server: LedgerProcess, key: string, n: number) =>
  post(server.url, tokens, key, pledge(fundOf(0), partner(n)));

/** Copies a database the server has closed (so its -wal is merged and gone) out of the small disk. */
function copyOut(outside: string, name: string, to: string): string {
  expect(existsSync(join(outside, `${name}-wal`)), `${name}-wal left behind`).toBe(false);
  copyFileSync(join(outside, name), join(to, `copied-${name}`));
  return join(to, `copied-${name}`);
}

describe('a full disk under the event store and the read models', () => {
  it(
    'answers 503 STORE_FULL, loses nothing acknowledged, and records the retried commands once ' + 'space returns',
    async (context) => {
      if (typeof disk === 'string') return context.skip(disk);
      const { path, outside, enter } = disk;
      copyFileSync(seeded.store, join(outside, 'ledger.db'));
      const files = { ...seeded, store: join(path, 'ledger.db'), readDb: join(path, 'read-models.db') };
      const server = await serve(files, { port: await freePort(), prefix: enter });
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
        expect(fill(join(outside, 'filler'))).toBeGreaterThan(0);
        for (let n = 10; n < 15; n++) {
          const refused = await send(server, `while-full-${n}`, n);
          expect(refused.status, refused.body).toBe(503);
          expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(JSON.parse(refused.body)).toMatchObject({
            code: 'STORE_FULL',
            status: 503,
            title: 'The disk is full',
          });
        }
        rmSync(join(outside, 'filler'));
        for (let n = 10; n < 15; n++) expect((await send(server, `while-full-${n}`, n)).status).toBe(201);
        expect((await send(server, 'after', 15)).status).toBe(201);
        expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      } finally {
        await server.kill('SIGTERM');
      }
      expect(server.child.exitCode, server.stderr()).toBe(0);
      const store = copyOut(outside, 'ledger.db', seeded.directory);
      const stored = await readStore(store);
      expect(stored.chains.ok).toBe(true);
      for (const [key, eventIds] of acknowledged)
        expect(stored.byCommand.get(key)?.map((event) => event.eventId)).toEqual(eventIds);
      const retried = [...Array.from({ length: 5 }, (_, n) => `while-full-${n + 10}`), 'after'];
      expect(retried.map((key) => stored.byCommand.get(key)?.length ?? 0)).toEqual(retried.map(() => 1));
      const readModels = await compareWithRebuild(
        store,
        copyOut(outside, 'read-models.db', seeded.directory),
        seeded.directory,
      );
      expect(readModels.differences).toEqual([]);
      expect(readModels.checkpoint).toBe(stored.head);
    },
    180_000,
  );
});
