/**
 * Events for the store tests, taken from the 27 October 2016 Leadership Gloucestershire meeting: each
 * partner pledging £10,000 to the devolution capacity pot. Stream names carry a unique suffix, so tests
 * sharing one EventStoreDB server never meet each other's streams.
 */
import { monotonicFactory } from 'ulid';
import { SCHEMA_VERSION, type NewEvent } from '../../src/store/envelope.js';
import type { EventStore } from '../../src/store/port.js';

export const PARTNERS = [
  'gloucestershire-county-council',
  'cheltenham-borough-council',
  'cotswold-district-council',
  'forest-of-dean-district-council',
  'gloucester-city-council',
  'stroud-district-council',
  'tewkesbury-borough-council',
  'office-of-the-pcc',
  'gloucestershire-ccg',
  'gfirst-lep',
] as const;

const newUlid = monotonicFactory();

export function newEventId(): string {
  return newUlid();
}

/** A stream id such as `fund-devolution-capacity-01hx...`, unique to this run. */
export function uniqueStream(name = 'fund-devolution-capacity'): string {
  return `${name}-${newUlid().toLowerCase()}`;
}

/**
 * The pledge of the `index`-th partner (wrapping round the ten), as a stored event would carry it.
 * Each call is its own command (one command touches one stream, and EventStoreDB claims its id).
 */
export function pledgeEvent(index = 0, overrides: Partial<NewEvent> = {}): NewEvent {
  const organisation = PARTNERS[index % PARTNERS.length]!;
  const eventId = newUlid();
  const commandId = `import:lg-2016-10-27:item-5:pledge-${index}:${eventId.toLowerCase()}`;
  return {
    eventId,
    type: 'PledgeRecorded',
    data: {
      fundId: 'devolution-capacity',
      pledgeId: organisation,
      organisation,
      amountPence: 1_000_000,
      decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' },
      note: 'Each partner to contribute £10,000 towards a dedicated devolution resource',
    },
    metadata: {
      commandId,
      commandType: 'PledgeFunding',
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'importer', role: 'clerk' },
      recordedAt: '2016-11-02T09:30:00.000Z',
      occurredAt: '2016-10-27',
      source: { document: 'fixtures/lg-2016-10-27.yaml', section: 'item 5' },
      schemaVersion: SCHEMA_VERSION,
    },
    ...overrides,
  };
}

export function pledgeEvents(count: number, firstIndex = 0): NewEvent[] {
  return Array.from({ length: count }, (_, offset) => pledgeEvent(firstIndex + offset));
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

/** The events of the given streams in $all, after `afterPosition` (other tests' streams are left out). */
export async function readAllOf(store: EventStore, streams: readonly string[], afterPosition: bigint) {
  const wanted = new Set(streams);
  return (await collect(store.readAll({ fromPosition: afterPosition + 1n }))).filter((event) =>
    wanted.has(event.streamId),
  );
}
