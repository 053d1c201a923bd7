/** Given the devolution pot's events, then its audit trail: every event, who recorded it and when, chained by hash. */
import { describe, expect, it } from 'vitest';
import { auditTrail, auditTrailProjection, AuditTrail } from '../../../src/projections/audit-trail/index.js';
import { pence } from '../../../src/domain/shared/money.js';
import { GENESIS_HASH, hashEvent, SCHEMA_VERSION } from '../../../src/store/envelope.js';
import { InMemoryEventStore } from '../../../src/store/in-memory/index.js';
import { dumpTables, project, record, storeWith } from '../given.js';
import { PCC, STROUD } from '../seed/directory.js';
import { october2016Funding } from '../seed/october-2016.js';

const MINUTES = { document: 'fixtures/lg-2016-10-27.yaml', section: 'item 5' };

async function devolutionHistory() {
  const store = await storeWith([
    {
      occurredAt: '2016-10-27',
      recordedAt: '2016-11-02T09:30:00.000Z',
      source: MINUTES,
      actor: { id: 'importer', role: 'system' },
    },
    october2016Funding.filter((event) => (event.data as { fundId: string }).fundId === 'devolution-capacity'),
  ]);
  await record(store, { occurredAt: '2017-01-16', actor: { id: 'finance-gcc', role: 'finance' } }, [
    {
      type: 'ContributionRecorded',
      data: {
        fundId: 'devolution-capacity',
        organisation: STROUD,
        pledgeId: STROUD,
        amountPence: pence(1_000_000),
        receivedOn: '2017-01-16',
        remittanceReference: 'SDC-0117',
        overpayment: false,
        unpledged: false,
      },
    },
  ]);
  return store;
}

describe('the audit trail of fund-devolution-capacity', () => {
  it('lists every event of the fund, oldest first, with who recorded it, when, and from what source', async () => {
    const trail = AuditTrail.parse(
      auditTrail(await project(await devolutionHistory(), [auditTrailProjection]), 'fund-devolution-capacity'),
    );
    // The fund, the ten partners' pledges ("Each partner to contribute £10,000"), then Stroud's payment.
    expect(trail.events.map((e) => [e.revision, e.type])).toEqual([
      ['0', 'FundOpened'],
      ...Array.from({ length: 10 }, (_, i) => [String(i + 1), 'PledgeRecorded']),
      ['11', 'ContributionRecorded'],
    ]);
    expect(trail.revision).toBe('11');
    expect(trail.events.find((e) => (e.data as { organisation?: string }).organisation === PCC)).toMatchObject({
      actor: { id: 'importer', role: 'system' },
      recordedAt: '2016-11-02T09:30:00.000Z',
      occurredAt: '2016-10-27',
      source: MINUTES,
      commandType: 'RecordPledgeRecorded',
      data: {
        organisation: PCC,
        condition:
          'The remit of the Office of the Police and Crime Commissioner is included through public service reform',
      },
    });
    expect(trail.events[11]).toMatchObject({
      actor: { id: 'finance-gcc', role: 'finance' },
      source: null,
      occurredAt: '2017-01-16',
    });
  });

  it('carries each hash and the hash before it, so the chain can be checked from the trail alone', async () => {
    const store = await devolutionHistory();
    const trail = auditTrail(await project(store, [auditTrailProjection]), 'fund-devolution-capacity')!;
    expect(trail.events[0]!.prevHash).toBe(GENESIS_HASH);
    trail.events.forEach((event, index) => {
      if (index > 0) expect(event.prevHash).toBe(trail.events[index - 1]!.hash);
      const {
        revision,
        eventId,
        type,
        data,
        prevHash,
        actor,
        recordedAt,
        occurredAt,
        commandId,
        commandType,
        correlationId,
        source,
      } = event;
      const metadata = {
        commandId,
        commandType,
        correlationId,
        causationId: commandId,
        actor,
        recordedAt,
        occurredAt,
        ...(source ? { source: { document: source.document, section: source.section ?? undefined } } : {}),
        schemaVersion: SCHEMA_VERSION,
        prevHash,
      };
      expect(
        hashEvent({
          eventId,
          type,
          streamId: trail.streamId,
          revision: BigInt(revision),
          data,
          metadata: metadata as never,
        }),
      ).toBe(event.hash);
    });
  });

  it('is undefined for a stream with no events', async () => {
    expect(
      auditTrail(await project(await devolutionHistory(), [auditTrailProjection]), 'fund-no-such-fund'),
    ).toBeUndefined();
  });

  it('passes over an event type this version does not know, and keeps the rest', async () => {
    // A newer version's event type: the store refuses to write one itself, so copy the history to a store that does not
    // check.
    const store = new InMemoryEventStore({ checkEnvelopes: false });
    for await (const {
      eventId,
      type,
      streamId,
      data,
      metadata: { prevHash: _p, hash: _h, ...envelope },
    } of (await devolutionHistory()).readAll()) {
      await store.append(streamId, [{ eventId, type, data, metadata: envelope }], { expectedRevision: 'any' });
    }
    const { metadata } = (await store.readAll({ maxCount: 1 })[Symbol.asyncIterator]().next()).value!;
    await store.append(
      'fund-devolution-capacity',
      [
        {
          eventId: '01JB0000000000000000000000',
          type: 'FundRenamed',
          data: { name: 'Devolution' },
          metadata: { ...metadata, commandId: 'test:rename-fund' },
        },
      ],
      { expectedRevision: 'any' },
    );
    const trail = auditTrail(await project(store, [auditTrailProjection]), 'fund-devolution-capacity')!;
    expect(trail.events.map((e) => e.type)).not.toContain('FundRenamed');
    expect(trail.events).toHaveLength(12);
  });

  it('rebuilds to byte-identical tables', async () => {
    const store = await devolutionHistory();
    expect(dumpTables(await project(store, [auditTrailProjection]), auditTrailProjection)).toBe(
      dumpTables(await project(store, [auditTrailProjection]), auditTrailProjection),
    );
  });
});
