/**
 * The chain check against a SQLite file altered behind the ledger's back with plain SQL, as someone
 * with the file and a SQLite shell could: each alteration is found and named by stream and revision.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { verifyChains } from '../../src/store/verify-chain.js';
import { pledgeEvents, uniqueStream } from './fixtures.js';

const STREAMS = 3;
const EVENTS_PER_STREAM = 4;

describe('chain check on a tampered SQLite file', () => {
  let dir: string;
  let file: string;
  let streams: string[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-tamper-'));
    file = join(dir, 'ledger.db');
    streams = Array.from({ length: STREAMS }, () => uniqueStream());
    const store = new SqliteEventStore(file);
    // Two appends per stream, interleaved, so every stream's chain crosses appends and other streams.
    for (const half of [0, 1]) {
      for (const stream of streams) {
        const first = half * (EVENTS_PER_STREAM / 2);
        await store.append(stream, pledgeEvents(EVENTS_PER_STREAM / 2, first), {
          expectedRevision: half === 0 ? 'no_stream' : BigInt(first - 1),
        });
      }
    }
    await store.close();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs plain SQL against the file, outside the ledger. */
  function tamper(change: (db: Database.Database) => void): void {
    const db = new Database(file);
    change(db);
    db.close();
  }

  async function check() {
    const store = new SqliteEventStore(file);
    const report = await verifyChains(store);
    await store.close();
    return report;
  }

  it('passes the untouched file, naming every stream head', async () => {
    const report = await check();
    expect(report).toMatchObject({ ok: true, streams: STREAMS, events: STREAMS * EVENTS_PER_STREAM });
    expect(report.heads.map((head) => [head.streamId, head.revision])).toEqual(streams.map((stream) => [stream, 3n]));
  });

  it('finds one byte changed in an event’s data', async () => {
    tamper((db) => {
      const row = db.prepare('SELECT data FROM events WHERE stream_id = ? AND revision = 2').get(streams[1]) as {
        data: string;
      };
      const at = row.data.indexOf('1000000');
      db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 2').run(
        `${row.data.slice(0, at)}9${row.data.slice(at + 1)}`,
        streams[1],
      );
    });
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.failure).toMatchObject({ streamId: streams[1], revision: 2n, problem: 'content-altered' });
    expect(report.failure!.expected).not.toBe(report.failure!.found);
  });

  it('finds an event deleted from the middle of a stream', async () => {
    tamper((db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(streams[2]));
    const report = await check();
    expect(report.failure).toEqual({
      streamId: streams[2],
      revision: 1n,
      expected: 'revision 1',
      found: 'revision 2',
      problem: 'revision-out-of-sequence',
    });
  });

  it('finds two events whose data was swapped', async () => {
    tamper((db) => {
      const read = db.prepare('SELECT data FROM events WHERE stream_id = ? AND revision = ?');
      const write = db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = ?');
      const [one, two] = [read.get(streams[0], 1) as { data: string }, read.get(streams[0], 2) as { data: string }];
      db.transaction(() => {
        write.run(two.data, streams[0], 1);
        write.run(one.data, streams[0], 2);
      })();
    });
    const report = await check();
    expect(report.failure).toMatchObject({ streamId: streams[0], revision: 1n, problem: 'content-altered' });
  });

  it('finds an event rewritten with a fresh hash that no longer links to the event before it', async () => {
    tamper((db) =>
      db
        .prepare(
          `UPDATE events SET metadata = json_set(metadata, '$.prevHash', ?) WHERE stream_id = ? AND revision = 3`,
        )
        .run('f'.repeat(64), streams[0]),
    );
    const report = await check();
    expect(report.failure).toMatchObject({
      streamId: streams[0],
      revision: 3n,
      found: 'f'.repeat(64),
      problem: 'broken-link',
    });
  });

  it('names the first break in global order when several streams are altered', async () => {
    tamper((db) => {
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 3').run(streams[0]);
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 0').run(streams[2]);
    });
    const report = await check();
    expect(report.failure).toMatchObject({ streamId: streams[2], revision: 0n, problem: 'revision-out-of-sequence' });
    expect(report.heads.map((head) => head.streamId)).toEqual(streams.slice(0, 2));
  });
});
