/** Contract cases: writers racing for the same revision; exactly one wins and the chain stays whole. */
import { expect, it } from 'vitest';
import { isWrongExpectedRevision } from '../../src/store/errors.js';
import type { AppendResult, ExpectedRevision } from '../../src/store/port.js';
import type { ContractContext } from './contract.js';
import { collect, pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

const WRITERS = 10;

export function concurrencyCases({ store }: ContractContext): void {
  async function race(stream: string, expectedRevision: ExpectedRevision) {
    const attempts = Array.from({ length: WRITERS }, (_, writer) =>
      store().append(stream, [pledgeEvent(writer), pledgeEvent(writer + 1)], { expectedRevision }),
    );
    const settled = await Promise.allSettled(attempts);
    const won = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const lost = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    return { won, lost };
  }

  it('lets exactly one of ten appends at the same revision win; the others see a conflict', async () => {
    const stream = uniqueStream();
    await store().append(stream, pledgeEvents(1), { expectedRevision: 'no_stream' });
    const { won, lost } = await race(stream, 0n);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(WRITERS - 1);
    for (const error of lost) {
      expect(isWrongExpectedRevision(error)).toBe(true);
      expect(error).toMatchObject({ expected: 0n, actual: 2n });
    }
    const events = await collect(store().readStream(stream));
    expect(events.map((event) => event.eventId).slice(1)).toEqual(won[0]!.events.map((event) => event.eventId));
  });

  it('lets exactly one of ten appends creating the same stream win', async () => {
    const stream = uniqueStream();
    const { won, lost } = await race(stream, 'no_stream');
    expect(won).toHaveLength(1);
    expect(lost.every((error) => isWrongExpectedRevision(error))).toBe(true);
    expect(await collect(store().readStream(stream))).toEqual(won[0]!.events);
  });

  it('lands every one of ten concurrent appends expecting any, in one unbroken chain', async () => {
    const stream = uniqueStream();
    const { won, lost } = await race(stream, 'any');
    expect(lost).toEqual([]);
    const events = await collect(store().readStream(stream));
    expect(events.map((event) => event.revision)).toEqual(
      Array.from({ length: WRITERS * 2 }, (_, index) => BigInt(index)),
    );
    for (const [index, event] of events.entries()) {
      if (index > 0) expect(event.metadata.prevHash).toBe(events[index - 1]!.metadata.hash);
    }
    const appendedIds = won.flatMap((result: AppendResult) => result.events.map((event) => event.eventId)).sort();
    expect(events.map((event) => event.eventId).sort()).toEqual(appendedIds);
  });
}
