/** Contract cases: an append is all or nothing, even a thousand events long. */
import { expect, it } from 'vitest';
import type { NewEvent } from '../../src/store/envelope.js';
import type { ContractContext } from './contract.js';
import { collect, pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

const LONG_APPEND = 1_000;
const FAILING_INDEX = 599;

/** A thousand events whose 600th has the given id. */
function longAppendWithId(eventId: string): NewEvent[] {
  const events = pledgeEvents(LONG_APPEND);
  events[FAILING_INDEX] = pledgeEvent(FAILING_INDEX, { eventId });
  return events;
}

export function atomicityCases({ store, options }: ContractContext): void {
  it('stores a 1,000-event append whole and in order', async () => {
    const stream = uniqueStream();
    const events = pledgeEvents(LONG_APPEND);
    const result = await store().append(stream, events, { expectedRevision: 'no_stream' });
    expect(result.nextRevision).toBe(999n);
    const read = await collect(store().readStream(stream));
    expect(read.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
  });

  it('appends nothing when the 600th of 1,000 events repeats an id from earlier in the same append', async () => {
    const stream = uniqueStream();
    const head = await store().headPosition();
    const events = pledgeEvents(LONG_APPEND);
    events[FAILING_INDEX] = pledgeEvent(FAILING_INDEX, { eventId: events[0]!.eventId });
    const error = await store()
      .append(stream, events, { expectedRevision: 'no_stream' })
      .catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'INVALID_EVENT' });
    expect(await collect(store().readStream(stream))).toEqual([]);
    expect(await store().headPosition()).toBe(head);
  });

  it.skipIf(!options.refusesIdsAlreadyStored)(
    'appends nothing when the 600th of 1,000 events has an id already stored in another stream',
    async () => {
      const earlier = await store().append(uniqueStream(), pledgeEvents(1), { expectedRevision: 'no_stream' });
      const stream = uniqueStream();
      const error = await store()
        .append(stream, longAppendWithId(earlier.events[0]!.eventId), { expectedRevision: 'no_stream' })
        .catch((failure: unknown) => failure);
      expect(error).toMatchObject({ code: 'INVALID_EVENT' });
      expect(await collect(store().readStream(stream))).toEqual([]);
      expect(await store().headPosition()).toBe(earlier.position);
    },
  );

  it.skipIf(!options.refusesIdsAlreadyStored)(
    'appends nothing to an existing stream when a long append fails part-way',
    async () => {
      const stream = uniqueStream();
      const first = await store().append(stream, pledgeEvents(2), { expectedRevision: 'no_stream' });
      const error = await store()
        .append(stream, longAppendWithId(first.events[1]!.eventId), { expectedRevision: 1n })
        .catch((failure: unknown) => failure);
      expect(error).toMatchObject({ code: 'INVALID_EVENT' });
      expect(await collect(store().readStream(stream))).toEqual(first.events);
    },
  );
}
