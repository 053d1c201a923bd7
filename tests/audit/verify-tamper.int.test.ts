/**
 * `verify` against the seed ledger altered behind its back with plain SQL: each alteration is the
 * failure reported, named by stream, revision, event and position, with what was expected and found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRow, seededFolder, tamper, verifyFile } from './ledger.js';
import { seedCounts } from './seed-counts.js';

const FUND = 'fund-devolution-capacity';
const folder = seededFolder();
let n = 0;
const copy = () => folder.copy(`ledger-${++n}.db`);

beforeAll(() => folder.seed());
afterAll(() => folder.remove());

const hashOf = (row: { metadata: string }) => (JSON.parse(row.metadata) as { hash: string }).hash;

describe('verify on the seed ledger', () => {
  it('passes the untouched ledger, reporting every stream head', async () => {
    const report = await verifyFile(copy());
    const { events, streams, position } = (await seedCounts()).all;
    expect(report).toMatchObject({ ok: true, events, streams, position, seals: [] });
    expect(report.failure).toBeUndefined();
    expect(report.heads.find((head) => head.streamId === FUND)).toMatchObject({ revision: 19n });
  });

  it('names an event one byte of whose data was changed', async () => {
    const file = copy();
    const row = eventRow(file, FUND, 3);
    tamper(file, (db) =>
      db
        .prepare('UPDATE events SET data = ? WHERE position = ?')
        .run(row.data.replace('1000000', '1000001'), row.position),
    );
    const { ok, failure } = await verifyFile(file);
    expect(ok).toBe(false);
    expect(failure).toMatchObject({
      check: 'chain',
      problem: 'content-altered',
      streamId: FUND,
      revision: 3n,
      position: BigInt(row.position),
      eventId: row.event_id,
      type: 'PledgeRecorded',
    });
    expect(failure!.found).toBe(`hash ${hashOf(row)} (recorded with the event)`);
    expect(failure!.expected).toMatch(/^hash [0-9a-f]{64} \(what the event as stored hashes to\)$/);
  });

  it('names the revision missing where an event was deleted', async () => {
    const file = copy();
    const next = eventRow(file, FUND, 6);
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 5').run(FUND));
    const { failure } = await verifyFile(file);
    expect(failure).toMatchObject({
      check: 'chain',
      problem: 'revision-out-of-sequence',
      streamId: FUND,
      revision: 5n,
      eventId: next.event_id,
      expected: 'revision 5',
      found: 'revision 6',
    });
  });

  it('names the first of two events whose contents were swapped', async () => {
    const file = copy();
    const [third, fourth, fifth] = [3, 4, 5].map((revision) => eventRow(file, FUND, revision));
    tamper(file, (db) => {
      const move = db.prepare('UPDATE events SET event_id = ?, type = ?, data = ?, metadata = ? WHERE position = ?');
      db.transaction(() => {
        move.run(`${fourth!.event_id}-moving`, fourth!.type, fourth!.data, fourth!.metadata, fourth!.position);
        move.run(fourth!.event_id, fifth!.type, fifth!.data, fifth!.metadata, fourth!.position);
        move.run(fifth!.event_id, fourth!.type, fourth!.data, fourth!.metadata, fifth!.position);
      })();
    });
    const { failure } = await verifyFile(file);
    expect(failure).toMatchObject({
      check: 'chain',
      problem: 'broken-link',
      streamId: FUND,
      revision: 4n,
      position: BigInt(fourth!.position),
    });
    expect(failure!.expected).toBe(`prevHash ${hashOf(third!)} (the hash of the stream's previous event)`);
    expect(failure!.found).toBe(`prevHash ${hashOf(fourth!)}`);
  });

  it("names an event appended by SQL whose hash is not its content's", async () => {
    const file = copy();
    const last = eventRow(file, FUND, 19);
    const metadata = { ...JSON.parse(last.metadata), prevHash: hashOf(last), hash: 'f'.repeat(64) };
    const data = {
      fundId: 'devolution-capacity',
      pledgeId: 'stroud-district-council',
      organisation: 'stroud-district-council',
      amountPence: 1,
    };
    tamper(file, (db) =>
      db
        .prepare('INSERT INTO events (event_id, stream_id, revision, type, data, metadata) VALUES (?, ?, 20, ?, ?, ?)')
        .run('01J0000000000000000000FAKE', FUND, 'PledgeAmended', JSON.stringify(data), JSON.stringify(metadata)),
    );
    const { failure } = await verifyFile(file);
    expect(failure).toMatchObject({
      check: 'chain',
      problem: 'content-altered',
      streamId: FUND,
      revision: 20n,
      // Appended after every seed event: the next position after the ledger's head.
      position: (await seedCounts()).all.position + 1n,
      eventId: '01J0000000000000000000FAKE',
    });
    expect(failure!.found).toBe(`hash ${'f'.repeat(64)} (recorded with the event)`);
  });

  it('names an event whose metadata was overwritten with null', async () => {
    const file = copy();
    const row = eventRow(file, FUND, 7);
    tamper(file, (db) => db.prepare("UPDATE events SET metadata = 'null' WHERE position = ?").run(row.position));
    const { failure } = await verifyFile(file);
    expect(failure).toMatchObject({
      check: 'chain',
      problem: 'broken-link',
      streamId: FUND,
      revision: 7n,
      eventId: row.event_id,
      found: 'prevHash missing',
    });
  });

  it('names the first break in global order when two streams are altered', async () => {
    const file = copy();
    tamper(file, (db) => {
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(FUND);
      db.prepare("DELETE FROM events WHERE stream_id = 'body-leadership-gloucestershire' AND revision = 2").run();
    });
    const { failure, events } = await verifyFile(file);
    expect(failure).toMatchObject({ streamId: 'body-leadership-gloucestershire', revision: 2n });
    expect(events).toBeLessThan(92);
  });
});
