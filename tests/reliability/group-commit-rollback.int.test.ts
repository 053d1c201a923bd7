/**
 * When a write fails part-way through a transaction with SQLITE_FULL, an I/O error or SQLITE_NOMEM,
 * SQLite rolls back the whole transaction, not only the failing statement. Appends that share a
 * group commit must then all fail, and none may be stored: an append is answered as recorded if and
 * only if it is on disk. A trigger raising ROLLBACK on one stream makes SQLite do exactly that
 * rollback, on demand, in the middle of a batch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { pledgeEvent, uniqueStream } from '../store/fixtures.js';

let dir: string;
let store: SqliteEventStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-rollback-'));
  store = new SqliteEventStore(join(dir, 'ledger.db'));
  store.db.exec(`CREATE TRIGGER failing_write BEFORE INSERT ON events WHEN NEW.stream_id LIKE 'fund-failing-%'
    BEGIN SELECT RAISE(ROLLBACK, 'the disk failed part-way through the transaction'); END`);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storedStreams(): Promise<Set<string>> {
  const streams = new Set<string>();
  for await (const event of store.readAll()) streams.add(event.streamId);
  return streams;
}

describe('a group commit whose transaction SQLite rolls back part-way', () => {
  it('answers every append in the batch as failed and stores none of them', async () => {
    const streams = [
      uniqueStream('fund-before'),
      uniqueStream('fund-failing'),
      uniqueStream('fund-after'),
      uniqueStream('fund-last'),
    ];
    const results = await Promise.allSettled(
      streams.map((stream, n) =>
        store.append(stream, [pledgeEvent(n), pledgeEvent(n + 1)], { expectedRevision: 'no_stream' }),
      ),
    );
    const stored = await storedStreams();
    const answeredRecorded = streams.filter((_, n) => results[n]!.status === 'fulfilled');
    expect(streams.filter((stream) => stored.has(stream))).toEqual(answeredRecorded);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(store.db.inTransaction).toBe(false);
  });

  it('goes on recording the next appends', async () => {
    await store
      .append(uniqueStream('fund-failing'), [pledgeEvent(0)], { expectedRevision: 'no_stream' })
      .catch(() => undefined);
    const stream = uniqueStream('fund-next');
    const result = await store.append(stream, [pledgeEvent(1)], { expectedRevision: 'no_stream' });
    expect(result.nextRevision).toBe(0n);
    expect(await storedStreams()).toEqual(new Set([stream]));
  });
});
