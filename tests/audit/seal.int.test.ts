/**
 * Seals: a digest over every stream's head, taken on the seed meetings and checked later. Events
 * added after the seal leave it standing; an alteration before it, even one re-chained so every
 * hash checks out, or a stream cut short, breaks it. Projections and the importer pass seals over.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestHeads } from '../../src/audit/seal.js';
import { sealLedger, type Seal } from '../../src/audit/seal-ledger.js';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { chainEvents, type EventMetadata } from '../../src/store/envelope.js';
import type { EventRow } from '../../src/store/sqlite/schema.js';
import { eventRow, importInto, MINUTES, RECEIPTS, seededFolder, tamper, verifyFile, withStore } from './ledger.js';
import { seedCounts, type SeedCounts } from './seed-counts.js';

const FUND = 'fund-devolution-capacity';
const folder = seededFolder();
let n = 0;

beforeAll(() => folder.seed(MINUTES));

/** The seal comes after the minutes (in a stream named for the position it seals), the receipts after the seal. */
let seed: SeedCounts;
let sealAt: { streamId: string; position: bigint; eventPosition: bigint };
beforeAll(async () => {
  seed = await seedCounts();
  const { position } = seed.minutes;
  sealAt = { streamId: `seal-${position}`, position, eventPosition: position + 1n };
});
afterAll(() => folder.remove());

const context = { now: new Date('2017-01-10T09:00:00Z'), actor: { id: 'auditor', role: 'admin' as const } };

/** A copy of the seed meetings, sealed, then the receipts recorded after the seal. */
async function sealedThenReceipts(): Promise<{ file: string; seal: Seal }> {
  const file = folder.copy(`sealed-${++n}.db`);
  const seal = await withStore(file, async (store) => {
    const outcome = await sealLedger(store, context);
    if (outcome.status !== 'sealed') throw new Error(`expected a new seal, got ${outcome.status}`);
    await importInto(store, RECEIPTS, () => new Date('2017-04-02T09:00:00Z'));
    return outcome.seal;
  });
  return { file, seal };
}

/** Rewrites one stream from `revision` on with new data and freshly computed hashes, as a careful forger would. */
function forge(
  file: string,
  stream: string,
  revision: number,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): void {
  tamper(file, (db: Database.Database) => {
    const rows = db
      .prepare('SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision')
      .all(stream, revision) as EventRow[];
    const previous =
      revision === 0
        ? '0'.repeat(64)
        : (JSON.parse(eventRow(file, stream, revision - 1).metadata) as EventMetadata).hash;
    const events = rows.map((row, index) => {
      const { prevHash: _p, hash: _h, ...metadata } = JSON.parse(row.metadata) as EventMetadata;
      const data = JSON.parse(row.data) as Record<string, unknown>;
      return { eventId: row.event_id, type: row.type, data: index === 0 ? change(data) : data, metadata };
    });
    const update = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE event_id = ?');
    for (const event of chainEvents(stream, events, BigInt(revision), previous))
      update.run(JSON.stringify(event.data), JSON.stringify(event.metadata), event.eventId);
  });
}

describe('ledger seals', () => {
  it('digests the heads as one line per stream, sorted, under SHA-256', () => {
    const heads = [
      { streamId: 'meeting-lg-2016-10-27', revision: 10n, hash: 'b'.repeat(64) },
      { streamId: 'fund-devolution-capacity', revision: 10n, hash: 'a'.repeat(64) },
    ];
    const expected = createHash('sha256')
      .update(`fund-devolution-capacity 10 ${'a'.repeat(64)}\nmeeting-lg-2016-10-27 10 ${'b'.repeat(64)}\n`)
      .digest('hex');
    expect(digestHeads(heads)).toEqual({ streams: 2, digest: expected });
  });

  it('still verifies after later events are added', async () => {
    const { file, seal } = await sealedThenReceipts();
    expect(seal).toMatchObject({ ...sealAt, streams: seed.minutes.streams });
    const report = await verifyFile(file, { seals: [seal.digest] });
    expect(report).toMatchObject({ ok: true, events: seed.all.events + 1 });
    expect(report.seals).toEqual([{ ...sealAt, recorded: seal.digest, recomputed: seal.digest, ok: true }]);
  });

  it('gives back the standing seal when nothing was recorded since', async () => {
    const file = folder.copy(`twice-${++n}.db`);
    await withStore(file, async (store) => {
      const first = await sealLedger(store, context);
      const second = await sealLedger(store, { ...context, now: new Date('2017-01-11T09:00:00Z') });
      expect(second).toEqual({ status: 'already-sealed', seal: first.status === 'sealed' ? first.seal : undefined });
      expect(await store.headPosition()).toBe(sealAt.eventPosition);
    });
  });

  it('fails when an event before the seal was changed', async () => {
    const { file, seal } = await sealedThenReceipts();
    const row = eventRow(file, FUND, 2);
    tamper(file, (db) =>
      db
        .prepare('UPDATE events SET data = ? WHERE position = ?')
        .run(row.data.replace('1000000', '100000'), row.position),
    );
    expect((await verifyFile(file, { seals: [seal.digest] })).failure).toMatchObject({
      check: 'chain',
      streamId: FUND,
      revision: 2n,
    });
  });

  it(
    'fails when an event before the seal was changed and its stream re-chained, which no chain ' + 'check can see',
    async () => {
      const { file, seal } = await sealedThenReceipts();
      forge(file, FUND, 2, (data) => ({ ...data, amountPence: 100000 }));
      const report = await verifyFile(file, { seals: [seal.digest] });
      expect(report.failure).toMatchObject({
        check: 'seal',
        problem: 'seal-mismatch',
        streamId: sealAt.streamId,
        position: sealAt.position,
        expected: seal.digest,
      });
      expect(report.failure!.found).toMatch(/^[0-9a-f]{64}$/);
      expect(report.failure!.found).not.toBe(seal.digest);
    },
  );

  it('fails when a stream was cut short before the seal', async () => {
    const { file, seal } = await sealedThenReceipts();
    tamper(file, (db) =>
      db
        .prepare(
          "DELETE FROM events WHERE stream_id = 'meeting-lg-2018-06-14' AND revision = (SELECT " +
            "MAX(revision) FROM events WHERE stream_id = 'meeting-lg-2018-06-14')",
        )
        .run(),
    );
    expect((await verifyFile(file, { seals: [seal.digest] })).failure).toMatchObject({
      problem: 'seal-mismatch',
      expected: seal.digest,
    });
  });

  it('stands when a stream is re-chained after the seal, which only a later seal would cover', async () => {
    const { file, seal } = await sealedThenReceipts();
    forge(file, FUND, 11, (data) => ({ ...data, reference: 'forged' }));
    expect(await verifyFile(file, { seals: [seal.digest] })).toMatchObject({ ok: true });
  });

  it('fails when the digest given is not one the ledger recorded', async () => {
    const { file } = await sealedThenReceipts();
    const report = await verifyFile(file, { seals: ['c'.repeat(64)] });
    expect(report.failure).toMatchObject({
      check: 'seal',
      problem: 'seal-not-found',
      streamId: null,
      found: '1 seal(s), none with that digest',
    });
  });

  it('refuses to seal a ledger that does not verify, recording nothing', async () => {
    const file = folder.copy(`broken-${++n}.db`);
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(FUND));
    await withStore(file, async (store) => {
      const outcome = await sealLedger(store, context);
      expect(outcome).toMatchObject({ status: 'broken', report: { failure: { streamId: FUND, revision: 1n } } });
      expect(await store.headPosition()).toBe(seed.minutes.position);
    });
  });

  it('is passed over by every projection', async () => {
    const { file } = await sealedThenReceipts();
    const db = openReadModelDb(':memory:');
    await withStore(file, async (store) => {
      expect(await new ProjectionRunner(store, db, allProjections).catchUp()).toBe(seed.all.position + 1n);
    });
    expect(allProjections.length).toBeGreaterThan(0);
    db.close();
  });
});
