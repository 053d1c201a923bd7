/**
 * The content checks of `verify`, on the seed ledger in memory with events appended through the
 * store (so every chain is valid): each event the rules cannot accept is named, with its stream,
 * revision, what was expected and what was found.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/audit/verify.js';
import { knownEventTypes } from '../../src/domain/index.js';
import { aggregates } from '../../src/domain/shared/identifiers.js';
import { streamRules } from '../../src/audit/stream-rules.js';
import { SCHEMA_VERSION, type NewEvent } from '../../src/store/envelope.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { newEventId } from '../store/fixtures.js';
import { importInto, MINUTES } from './ledger.js';
import { seedCounts } from './seed-counts.js';

/** The minutes' events; in memory, positions start at 0, so the next event appended takes this position. */
const { events: MINUTES_EVENTS } = (await seedCounts()).minutes;

const FUND = 'fund-devolution-capacity';
const pledge = {
  fundId: 'devolution-capacity',
  pledgeId: 'stroud-district-council-2',
  organisation: 'stroud-district-council',
  amountPence: 1000000,
};

function event(type: string, data: unknown, metadata: Partial<NewEvent['metadata']> = {}): NewEvent {
  const commandId = `test:${newEventId()}`;
  return {
    eventId: newEventId(),
    type,
    data,
    metadata: {
      commandId,
      commandType: 'Test',
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'auditor', role: 'admin' },
      recordedAt: '2019-01-01T10:00:00Z',
      occurredAt: '2019-01-01',
      schemaVersion: SCHEMA_VERSION,
      ...metadata,
    },
  };
}

let store: InMemoryEventStore;
beforeEach(async () => {
  // The store refuses such events itself (tests/store/contract-envelopes.ts); verify must name them all the same.
  store = new InMemoryEventStore({ checkEnvelopes: false });
  await importInto(store, MINUTES);
});

const append = (stream: string, ...events: NewEvent[]) => store.append(stream, events, { expectedRevision: 'any' });

async function failure() {
  const report = await verifyLedger(store);
  expect(report.ok).toBe(false);
  return report.failure!;
}

describe('verify: every event accepted by its stream', () => {
  it('passes the seed meetings', async () => {
    expect(await verifyLedger(store)).toMatchObject({ ok: true, events: MINUTES_EVENTS });
  });

  it.each([
    [
      'an unknown type',
      FUND,
      event('PledgeDoubled', pledge),
      { problem: 'unknown-event-type', revision: 11n, found: 'type "PledgeDoubled"' },
    ],
    [
      'data its schema refuses',
      FUND,
      event('PledgeRecorded', { ...pledge, amountPence: 'ten thousand' }),
      {
        problem: 'schema-mismatch',
        revision: 11n,
        found: 'amountPence: Invalid input: expected number, received string',
      },
    ],
    [
      'a stream of no known kind',
      'grant-devolution',
      event('FundOpened', {}),
      { problem: 'unknown-stream', revision: 0n, found: 'grant-devolution' },
    ],
    [
      'a first event that cannot open its stream',
      'fund-new-pot',
      event('PledgeRecorded', { ...pledge, fundId: 'new-pot' }),
      {
        problem: 'cannot-open-stream',
        revision: 0n,
        expected: 'the stream to begin with FundOpened',
        found: 'PledgeRecorded',
      },
    ],
    [
      'an event of another kind of stream',
      FUND,
      event('MeetingCancelled', { meetingId: 'lg-2016-10-27', reason: 'snow' }),
      { problem: 'event-of-another-stream-kind', found: 'MeetingCancelled' },
    ],
    [
      'an event naming another entity',
      FUND,
      event('PledgeRecorded', { ...pledge, fundId: 'laa-reward-grant' }),
      { problem: 'names-another-entity', expected: 'fundId "devolution-capacity"', found: 'fundId "laa-reward-grant"' },
    ],
    [
      'an event its aggregate cannot fold',
      FUND,
      event('PledgeConditionSatisfied', { ...pledge, organisation: 'ubico' }),
      { problem: 'evolve-failed', expected: 'an event the fund can fold' },
    ],
    [
      'an envelope with an unknown role',
      FUND,
      event('PledgeRecorded', pledge, { actor: { id: 'mayor', role: 'mayor' as never } }),
      { problem: 'metadata-invalid' },
    ],
    [
      'a seal of a position it does not name',
      'seal-5',
      event('LedgerSealed', { position: 7, streams: 3, digest: 'a'.repeat(64) }),
      { problem: 'seal-invalid', found: `position 7 sealed in seal-5 at position ${MINUTES_EVENTS}` },
    ],
  ])('names %s', async (_name, stream, bad, expected) => {
    await append(stream, bad);
    expect(await failure()).toMatchObject({
      check: 'content',
      streamId: stream,
      eventId: bad.eventId,
      type: bad.type,
      ...expected,
    });
  });

  it('names a second opening event', async () => {
    const opened = await (async () => {
      for await (const first of store.readStream(FUND, { maxCount: 1 })) return first;
    })();
    await append(FUND, event('FundOpened', opened!.data));
    expect(await failure()).toMatchObject({
      problem: 'opened-twice',
      streamId: FUND,
      revision: 11n,
      found: 'a second FundOpened',
    });
  });

  it('names an event after the one that closed its aggregate', async () => {
    await append(
      FUND,
      event('FundClosed', { fundId: 'devolution-capacity', reason: 'Resource in post' }),
      event('PledgeRecorded', pledge),
    );
    expect(await failure()).toMatchObject({
      problem: 'after-close',
      streamId: FUND,
      revision: 12n,
      expected: 'nothing after FundClosed',
      found: 'PledgeRecorded',
    });
  });

  it('accepts a review of an action after it was completed, as "actions arising" does', async () => {
    const action = 'action-lg-2016-10-27-5-1';
    const actionId = 'lg-2016-10-27-5-1';
    await append(
      action,
      event('ActionCompleted', { actionId, completedOn: '2016-12-01' }),
      event('ActionReviewed', { actionId, meetingId: 'lg-2016-12-15', note: 'Done' }),
    );
    expect(await verifyLedger(store)).toMatchObject({ ok: true });
    await append(action, event('ProgressRecorded', { actionId, note: 'More', rag: 'green', asOf: '2016-12-20' }));
    expect(await failure()).toMatchObject({ problem: 'after-close', expected: 'ActionReviewed after ActionCompleted' });
  });

  it('knows every event type the domain records as belonging to exactly one kind of stream', () => {
    const owners = (type: string) => aggregates.filter((aggregate) => streamRules[aggregate].events.includes(type));
    expect(knownEventTypes().filter((type) => owners(type).length !== 1)).toEqual([]);
    expect(aggregates.flatMap((aggregate) => streamRules[aggregate].events).sort()).toEqual(
      [...knownEventTypes()].sort(),
    );
  });
});
