import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { verifyChains } from '../../src/store/verify-chain.js';
import { eventStoreContract } from './contract.js';
import { collect, pledgeEvents, uniqueStream } from './fixtures.js';

async function temporaryDirectory(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

eventStoreContract('SQLite', async () => {
  const { dir, remove } = await temporaryDirectory();
  const store = new SqliteEventStore(join(dir, 'ledger.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      await remove();
    },
  };
});

describe('SQLite store file', () => {
  it('reads past a page of 1,000 rows, and stops at a maxCount that falls inside a page', async () => {
    const { dir, remove } = await temporaryDirectory();
    const store = new SqliteEventStore(join(dir, 'ledger.db'));
    const stream = uniqueStream();
    await store.append(stream, pledgeEvents(1000), { expectedRevision: 'no_stream' });
    await store.append(stream, pledgeEvents(1500, 1000), { expectedRevision: 999n });
    const whole = await collect(store.readStream(stream));
    expect(whole.map((event) => event.revision)).toEqual(Array.from({ length: 2500 }, (_, i) => BigInt(i)));
    const middle = await collect(store.readStream(stream, { fromRevision: 10n, maxCount: 1500 }));
    expect(middle.map((event) => Number(event.revision))).toEqual(Array.from({ length: 1500 }, (_, i) => 10 + i));
    const all = await collect(store.readAll({ fromPosition: whole[7]!.position, maxCount: 1999 }));
    expect(all.map((event) => event.position)).toEqual(whole.slice(7, 2006).map((event) => event.position));
    expect(await collect(store.readAll({ after: whole[2498]!.position, maxCount: 1000 }))).toEqual([whole[2499]]);
    await store.close();
    await remove();
  });

  it('keeps every event, with its positions and hashes, after the file is closed and reopened', async () => {
    const { dir, remove } = await temporaryDirectory();
    const file = join(dir, 'nested', 'ledger.db');
    const streams = [uniqueStream(), uniqueStream('fund-laa-reward-grant')];
    const first = new SqliteEventStore(file);
    await first.append(streams[0]!, pledgeEvents(3), { expectedRevision: 'no_stream' });
    await first.append(streams[1]!, pledgeEvents(2), { expectedRevision: 'no_stream' });
    const written = await collect(first.readAll());
    await first.close();

    const reopened = new SqliteEventStore(file);
    expect(await collect(reopened.readAll())).toEqual(written);
    expect(await reopened.headPosition()).toBe(written.at(-1)!.position);
    const next = await reopened.append(streams[0]!, pledgeEvents(1, 3), { expectedRevision: 2n });
    expect(next.events[0]!.metadata.prevHash).toBe(written[2]!.metadata.hash);
    expect((await verifyChains(reopened)).ok).toBe(true);
    await reopened.close();
    await remove();
  });
});
