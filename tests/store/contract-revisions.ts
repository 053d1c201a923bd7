/** Contract cases: revisions are 0-based and every expected revision is enforced, appending nothing on refusal. */
import { expect, it } from 'vitest';
import { isWrongExpectedRevision, StoreError } from '../../src/store/errors.js';
import type { EventStore, ExpectedRevision } from '../../src/store/port.js';
import type { ContractContext } from './contract.js';
import { collect, pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

/** Asserts the append is refused as a revision conflict naming both revisions, and changes nothing. */
async function expectConflict(
  store: EventStore,
  streamId: string,
  expected: ExpectedRevision,
  actual: bigint,
): Promise<void> {
  const before = await collect(store.readStream(streamId));
  const head = await store.headPosition();
  const error = await store.append(streamId, [pledgeEvent()], { expectedRevision: expected }).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(isWrongExpectedRevision(error)).toBe(true);
  expect(error).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', streamId, expected, actual });
  expect(await collect(store.readStream(streamId))).toEqual(before);
  expect(await store.headPosition()).toBe(head);
}

export function revisionCases({ store }: ContractContext): void {
  it('numbers revisions from 0 and reports the last revision and position of an append', async () => {
    const stream = uniqueStream();
    const result = await store().append(stream, pledgeEvents(3), { expectedRevision: 'no_stream' });
    expect(result.events.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
    expect(result.nextRevision).toBe(2n);
    expect(result.position).toBe(result.events[2]!.position);
    expect(result.events.every((event) => event.streamId === stream)).toBe(true);
  });

  it('continues revisions across appends', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(2), { expectedRevision: 'no_stream' });
    const second = await store().append(stream, pledgeEvents(2, 2), { expectedRevision: 1n });
    expect(second.events.map((event) => event.revision)).toEqual([2n, 3n]);
    expect(second.nextRevision).toBe(3n);
  });

  it('refuses a stale revision, reporting the expected and actual revisions, and appends nothing', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(3), { expectedRevision: 'no_stream' });
    await expectConflict(store(), stream, 1n, 2n);
  });

  it('refuses a revision the stream has not reached', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(3), { expectedRevision: 'no_stream' });
    await expectConflict(store(), stream, 5n, 2n);
  });

  it('refuses a numeric revision on a missing stream, reporting no stream (-1)', async () => {
    await expectConflict(store(), uniqueStream(), 0n, -1n);
  });

  it('refuses stream_exists on a missing stream and creates nothing', async () => {
    await expectConflict(store(), uniqueStream(), 'stream_exists', -1n);
  });

  it('refuses no_stream on an existing stream, reporting its revision', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(2), { expectedRevision: 'no_stream' });
    await expectConflict(store(), stream, 'no_stream', 1n);
  });

  it('accepts stream_exists on an existing stream', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    const result = await store().append(stream, pledgeEvents(1, 1), { expectedRevision: 'stream_exists' });
    expect(result.nextRevision).toBe(1n);
  });

  it('accepts any on a missing stream and on an existing one', async () => {
    const stream = uniqueStream();
    const first = await store().append(stream, pledgeEvents(2), { expectedRevision: 'any' });
    const second = await store().append(stream, pledgeEvents(1, 2), { expectedRevision: 'any' });
    expect(first.events.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(second.events.map((event) => event.revision)).toEqual([2n]);
    expect(await collect(store().readStream(stream))).toHaveLength(3);
  });

  it('refuses an empty append as an invalid event', async () => {
    const error = await store()
      .append(uniqueStream(), [], { expectedRevision: 'any' })
      .catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'INVALID_EVENT' });
  });
}
