/**
 * Following the store on EventStoreDB (issue 19, point 3): a subscription filtered on the server to the
 * ledger's prefix, wakes coalesced, resubscription with exponential backoff and jitter, one warning
 * when an outage starts and one, with the count of attempts, when it ends.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/store/coalesce.js';
import { EventStoreDbEventStore } from '../../src/store/eventstoredb/index.js';
import { backoffMs } from '../../src/store/eventstoredb/retry.js';
import { FakeEventStoreDb } from './fake-eventstoredb.js';
import { pledgeEvent, uniqueStream } from './fixtures.js';

/** Resolves once `condition` holds, checking on each turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await delay(5);
}

describe('coalesced wakes', () => {
  it('runs one pass at a time and folds every call made meanwhile into one more', async () => {
    let passes = 0;
    let release: () => void = () => undefined;
    const pass = coalesce(async () => {
      passes++;
      await new Promise<void>((resolve) => (release = resolve));
    });
    const calls = Array.from({ length: 100 }, () => pass());
    expect(passes).toBe(1);
    release();
    await until(() => passes === 2);
    release();
    await Promise.all(calls);
    expect(passes).toBe(2);
  });

  it('wakes the follower a few times, not once per event, when another process appends 100 events', async () => {
    const server = new FakeEventStoreDb();
    const writer = new EventStoreDbEventStore(server, { retryDelayMs: 1 });
    const watcher = new EventStoreDbEventStore(server, { retryDelayMs: 1 });
    let wakes = 0;
    const stop = watcher.watch(async () => {
      wakes++;
      await delay(20);
    });
    await until(() => server.subscriptionsOpened === 1);
    await delay(10);
    const stream = uniqueStream();
    await writer.append(
      stream,
      Array.from({ length: 100 }, (_, index) => pledgeEvent(index)),
      { expectedRevision: 'no_stream' },
    );
    for (let index = 0; index < 20; index++)
      await writer.append(stream, [pledgeEvent(index)], { expectedRevision: 'any' });
    await delay(100);
    stop();
    expect(wakes).toBeGreaterThan(0);
    expect(wakes).toBeLessThan(20);
  });

  it(
    'subscribes with a server-side filter on the ledger’s prefix, so other applications’ events ' + 'never wake it',
    async () => {
      const server = new FakeEventStoreDb();
      let wakes = 0;
      const stop = new EventStoreDbEventStore(server).watch(() => {
        wakes++;
      });
      await until(() => server.subscriptionsOpened === 1);
      await delay(10);
      for (let index = 0; index < 5; index++) server.writeForeign(`orders-${index}`);
      await delay(20);
      expect(wakes).toBe(0);
      server.writeForeign('ledger-test-write');
      await until(() => wakes === 1);
      stop();
    },
  );
});

describe('resubscribing after an outage', () => {
  it('backs off exponentially, with jitter between half and all of each pause, up to a ceiling', () => {
    const policy = { firstDelayMs: 50, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5, 6, 10].map((attempt) => backoffMs(policy, attempt, () => 1))).toEqual([
      50, 100, 200, 400, 800, 1000, 1000,
    ]);
    expect(backoffMs(policy, 3, () => 0)).toBe(100);
  });

  it(
    'warns once when the subscription is lost and once, with the count, when it is back, then ' + 'wakes the follower',
    async () => {
      const server = new FakeEventStoreDb();
      const warnings: string[] = [];
      let wakes = 0;
      const stop = new EventStoreDbEventStore(server, { retryDelayMs: 2 }).watch(
        () => {
          wakes++;
        },
        (message) => warnings.push(message),
      );
      await until(() => server.subscriptionsOpened === 1);
      await delay(10);
      server.setUnavailable(true);
      await until(() => server.subscriptionsOpened >= 5);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/subscription to \$all lost .*resubscribing with backoff/);
      server.setUnavailable(false);
      await until(() => warnings.length === 2);
      expect(warnings[1]).toMatch(/restored after \d+ failed attempts/);
      await until(() => wakes === 1);
      stop();
    },
  );
});
