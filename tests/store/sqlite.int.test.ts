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
