/** Contract cases: the store chains every stream's events by hash, across appends, from the genesis hash. */
import { expect, it } from 'vitest';
import { GENESIS_HASH, hashEvent, type RecordedEvent } from '../../src/store/envelope.js';
import { verifyChains } from '../../src/store/verify-chain.js';
import type { ContractContext } from './contract.js';
import { collect, pledgeEvents, uniqueStream } from './fixtures.js';

function recomputedHash(event: RecordedEvent): string {
  const { hash: _hash, ...unhashed } = event.metadata;
  return hashEvent({
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    data: event.data,
    metadata: unhashed,
  });
}

export function chainCases({ store }: ContractContext): void {
  it('chains each event to the one before it, across appends, starting from the genesis hash', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(3), { expectedRevision: 'no_stream' });
    await store().append(stream, pledgeEvents(1, 3), { expectedRevision: 2n });
    await store().append(stream, pledgeEvents(2, 4), { expectedRevision: 'any' });
    const events = await collect(store().readStream(stream));
    expect(events).toHaveLength(6);
    expect(events[0]!.metadata.prevHash).toBe(GENESIS_HASH);
    for (const [index, event] of events.entries()) {
      if (index > 0) expect(event.metadata.prevHash).toBe(events[index - 1]!.metadata.hash);
      expect(event.metadata.hash).toBe(recomputedHash(event));
    }
  });

  it('keeps separate chains for separate streams', async () => {
    const [first, second] = [uniqueStream('fund-laa-reward-grant'), uniqueStream('fund-devolution-capacity')];
    const a = await store().append(first, pledgeEvents(1), { expectedRevision: 'no_stream' });
    const b = await store().append(second, pledgeEvents(1), { expectedRevision: 'no_stream' });
    expect(a.events[0]!.metadata.prevHash).toBe(GENESIS_HASH);
    expect(b.events[0]!.metadata.prevHash).toBe(GENESIS_HASH);
    const next = await store().append(first, pledgeEvents(1, 1), { expectedRevision: 0n });
    expect(next.events[0]!.metadata.prevHash).toBe(a.events[0]!.metadata.hash);
  });

  it('holds chains that the chain check accepts, naming each stream head', async () => {
    const streams = [uniqueStream(), uniqueStream()];
    const last = [];
    for (const stream of streams) {
      await store().append(stream, pledgeEvents(4), { expectedRevision: 'no_stream' });
      last.push((await store().append(stream, pledgeEvents(2, 4), { expectedRevision: 3n })).events[1]!);
    }
    const report = await verifyChains(store());
    expect(report.ok).toBe(true);
    expect(report.failure).toBeUndefined();
    for (const event of last) {
      expect(report.heads).toContainEqual({ streamId: event.streamId, revision: 5n, hash: event.metadata.hash });
    }
  });
}
