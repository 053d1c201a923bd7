/** Contract cases: reading one stream, reading every stream in global order, resuming, and the head. */
import { expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/store/envelope.js';
import type { ContractContext } from './contract.js';
import { collect, pledgeEvents, readAllOf, uniqueStream } from './fixtures.js';

/** Appends `perStream` events to each of `streams` streams, one event at a time, round-robin. */
async function interleave({ store }: ContractContext, streams: number, perStream: number) {
  const ids = Array.from({ length: streams }, () => uniqueStream());
  const appended: RecordedEvent[] = [];
  for (let round = 0; round < perStream; round++) {
    for (const [index, stream] of ids.entries()) {
      const result = await store().append(stream, pledgeEvents(1, index), {
        expectedRevision: round === 0 ? 'no_stream' : BigInt(round - 1),
      });
      appended.push(...result.events);
    }
  }
  return { ids, appended };
}

const summary = (event: RecordedEvent) => ({
  streamId: event.streamId,
  revision: event.revision,
  eventId: event.eventId,
});

export function readCases(context: ContractContext): void {
  const { store, options } = context;

  it('reads a stream in revision order, from a revision, up to a count', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(10), { expectedRevision: 'no_stream' });
    const all = await collect(store().readStream(stream));
    expect(all.map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
    const middle = await collect(store().readStream(stream, { fromRevision: 3n, maxCount: 4 }));
    expect(middle.map((event) => event.revision)).toEqual([3n, 4n, 5n, 6n]);
    const tail = await collect(store().readStream(stream, { fromRevision: 8n, maxCount: 100 }));
    expect(tail.map((event) => event.revision)).toEqual([8n, 9n]);
  });

  it('resumes $all after a checkpoint (exclusive) and counts the events after it', async () => {
    const { ids, appended } = await interleave(context, 3, 3);
    const checkpoint = appended[3]!.position;
    const wanted = new Set(ids);
    const resumed = (await collect(store().readAll({ after: checkpoint }))).filter((event) =>
      wanted.has(event.streamId),
    );
    expect(resumed.map(summary)).toEqual(appended.slice(4).map(summary));
    const limited = await collect(store().readAll({ after: checkpoint, maxCount: 2 }));
    expect(limited).toHaveLength(2);
    expect(limited[0]!.position).toBeGreaterThan(checkpoint);
    if (options.startsEmpty) {
      expect(await store().countAfter?.(checkpoint, 100)).toBe(5);
      expect(await store().countAfter?.(checkpoint, 3)).toBe(3);
      expect(await store().countAfter?.(appended.at(-1)!.position, 100)).toBe(0);
    }
  });

  it('reads nothing from a missing stream, or from past the end of a stream', async () => {
    const stream = uniqueStream();
    expect(await collect(store().readStream(stream))).toEqual([]);
    await store().append(stream, pledgeEvents(2), { expectedRevision: 'no_stream' });
    expect(await collect(store().readStream(stream, { fromRevision: 2n }))).toEqual([]);
  });

  it('gives back exactly the envelope that was appended, from the stream and from $all', async () => {
    const stream = uniqueStream();
    const head = await store().headPosition();
    const result = await store().append(stream, pledgeEvents(3), { expectedRevision: 'no_stream' });
    expect(await collect(store().readStream(stream))).toEqual(result.events);
    expect(await readAllOf(store(), [stream], head)).toEqual(result.events);
    expect(result.events[1]!.data).toMatchObject({
      organisation: 'cheltenham-borough-council',
      amountPence: 1_000_000,
    });
    expect(result.events[1]!.metadata).toMatchObject({ commandType: 'PledgeFunding', occurredAt: '2016-10-27' });
  });

  it('reads $all in append order across many streams, with rising positions', async () => {
    const head = await store().headPosition();
    const { ids, appended } = await interleave(context, 5, 8);
    const read = await readAllOf(store(), ids, head);
    expect(read.map(summary)).toEqual(appended.map(summary));
    expect(read.map((event) => event.position)).toEqual(appended.map((event) => event.position));
    expect(read.every((event, index) => index === 0 || event.position > read[index - 1]!.position)).toBe(true);
  });

  it('resumes $all from an event position (inclusive) and from just after it', async () => {
    const head = await store().headPosition();
    const { ids, appended } = await interleave(context, 4, 5);
    const pivot = appended[7]!;
    const inclusive = await readAllOf(store(), ids, pivot.position - 1n);
    expect(inclusive.map(summary)).toEqual(appended.slice(7).map(summary));
    const after = await readAllOf(store(), ids, pivot.position);
    expect(after.map(summary)).toEqual(appended.slice(8).map(summary));
    expect((await readAllOf(store(), ids, head)).length).toBe(20);
  });

  it('limits a read of $all to maxCount events', async () => {
    const { appended } = await interleave(context, 2, 5);
    const first = appended[2]!;
    const page = await collect(store().readAll({ fromPosition: first.position, maxCount: 4 }));
    expect(page.map(summary)).toEqual(appended.slice(2, 6).map(summary));
  });

  it('reads nothing from $all past the head', async () => {
    const result = await store().append(uniqueStream(), pledgeEvents(2), { expectedRevision: 'no_stream' });
    expect(await collect(store().readAll({ fromPosition: result.position + 1n }))).toEqual([]);
  });

  it('reports the head position: the newest event, or -1 for an empty store', async () => {
    if (options.startsEmpty) expect(await store().headPosition()).toBe(-1n);
    const first = await store().append(uniqueStream(), pledgeEvents(2), { expectedRevision: 'no_stream' });
    expect(await store().headPosition()).toBe(first.position);
    const second = await store().append(uniqueStream(), pledgeEvents(1), { expectedRevision: 'no_stream' });
    expect(second.position).toBeGreaterThan(first.position);
    expect(await store().headPosition()).toBe(second.position);
  });
}
