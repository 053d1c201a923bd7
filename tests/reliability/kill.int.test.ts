/**
 * Issue 9: the server is SIGKILLed at random moments while twenty clients send commands, and is
 * started again on the same files each time. Afterwards, read from the files themselves: every
 * acknowledged command's events are stored exactly once, no command is half-recorded, the hash
 * chains verify, and the read models equal a clean rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, removeFiles, seedLedger, type LedgerServerFiles } from '../../bench/lib/http-server.js';
import { boardLedger } from './board-ledger.js';
import type { Tokens } from './client.js';
import { CLIENTS, runClient, seededRandom, type SentCommand, type Workload } from './kill-workload.js';
import { compareWithRebuild, readStore } from './ledger-checks.js';
import { serve, sleep, type LedgerProcess } from '../../bench/lib/ledger-process.js';

const KILLS = 6;
const SEED = Number(process.env.KILL_TEST_SEED ?? Date.now() % 1_000_000);

let files: LedgerServerFiles;
let tokens: Tokens;

beforeAll(async () => {
  const seeded = await seedLedger(boardLedger());
  files = seeded.files;
  tokens = seeded.tokens;
});
afterAll(() => removeFiles(files));

/** Waits until the clients have had `count` more commands acknowledged, or 30 s have passed. */
async function progressOf(work: Workload, count: number): Promise<void> {
  const target = work.counts.acknowledged + count;
  for (let waited = 0; work.counts.acknowledged < target && waited < 30_000; waited += 20) await sleep(20);
}

/**
 * Kills the server at a random moment once clients are making progress, restarts it, `KILLS` times; returns the last
 * server.
 */
async function killRepeatedly(
  work: Workload & { stop(): void },
  first: LedgerProcess,
  port: number,
  random: () => number,
  killedAfterMs: number[],
): Promise<LedgerProcess> {
  let server = first;
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      await progressOf(work, 10);
      const delay = Math.floor(random() * 700);
      await sleep(delay);
      killedAfterMs.push(delay);
      await server.kill('SIGKILL');
      server = await serve(files, { port });
    }
    await progressOf(work, 10);
    return server;
  } catch (error) {
    await server.kill('SIGKILL');
    throw error;
  } finally {
    work.stop();
  }
}

/** Checks the files; returns how many unacknowledged commands were recorded after all, for the report. */
async function checkFiles(sent: readonly SentCommand[]): Promise<{ unacknowledged: number; recordedAnyway: number }> {
  const stored = await readStore(files.store);
  expect(stored.chains.ok, JSON.stringify(stored.chains.failure)).toBe(true);
  const mine = new Set(sent.map((command) => command.key));
  const strangers = [...stored.byCommand.keys()].filter((key) => !key.startsWith('generated-') && !mine.has(key));
  expect(strangers, 'events recorded under keys no client sent').toEqual([]);
  const unacknowledged = { unacknowledged: 0, recordedAnyway: 0 };
  for (const { key, command, outcome, abandonable } of sent) {
    const events = stored.byCommand.get(key) ?? [];
    if (outcome.kind === 'acknowledged') {
      expect(
        events.map((event) => event.eventId),
        `events of acknowledged ${key}`,
      ).toEqual(outcome.eventIds);
      expect(events, `events of acknowledged ${key}`).toHaveLength(command.events);
    } else {
      expect(abandonable, `${key} was not acknowledged: ${JSON.stringify(outcome)}`).toBe(true);
      expect([0, command.events], `events of unacknowledged ${key}`).toContain(events.length);
      unacknowledged.unacknowledged++;
      if (events.length > 0) unacknowledged.recordedAnyway++;
    }
  }
  const readModels = await compareWithRebuild(files.store, files.readDb, files.directory);
  expect(readModels.differences).toEqual([]);
  expect(readModels.checkpoint).toBe(readModels.projections > 0 ? stored.head : -1n);
  if (readModels.projections > 0) expect(readModels.rows).toBeGreaterThan(0);
  return unacknowledged;
}

describe(`the server killed ${KILLS} times under 20 clients (seed ${SEED})`, () => {
  it(
    'keeps every acknowledged command exactly once, half-records nothing, and its read models ' + 'equal a rebuild',
    async () => {
      const port = await freePort();
      let stopped = false;
      const work = {
        url: `http://127.0.0.1:${port}`,
        tokens,
        deadline: Date.now() + 240_000,
        stopped: () => stopped,
        stop: () => (stopped = true),
        counts: { acknowledged: 0, connectionFailures: 0, unavailable: 0 },
      };
      const first = await serve(files, { port });
      const clients = Array.from({ length: CLIENTS }, (_, c) => runClient(c, work));
      const killedAfterMs: number[] = [];
      const server = await killRepeatedly(work, first, port, seededRandom(SEED), killedAfterMs).catch(
        async (error: unknown) => {
          work.deadline = 0;
          await Promise.allSettled(clients);
          throw error;
        },
      );
      const sent: SentCommand[] = (await Promise.all(clients)).flat();
      await server.kill('SIGTERM');
      expect(server.child.exitCode, server.stderr()).toBe(0);
      expect(killedAfterMs).toHaveLength(KILLS);
      const { unacknowledged, recordedAnyway } = await checkFiles(sent);
      const replayed = sent.filter(({ outcome }) => outcome.kind === 'acknowledged' && outcome.replayed).length;
      process.stdout.write(
        `kill test (seed ${SEED}): ${sent.length} commands, ${work.counts.acknowledged} ` +
          `acknowledged (${replayed} on a retry after the first was recorded), ${unacknowledged} ` +
          `given up (${recordedAnyway} of them recorded), ${work.counts.connectionFailures} ` +
          `connection failures, ${work.counts.unavailable} answers of 503; kills ` +
          `${killedAfterMs.join(', ')} ms after progress\n`,
      );
      expect(work.counts.connectionFailures).toBeGreaterThan(0);
    },
    300_000,
  );
});
