/**
 * Contract cases: the store checks every envelope before it writes, with the schemas `verify`
 * applies, so an append carrying one event verify would refuse for its content writes nothing.
 */
import { expect, it } from 'vitest';
import type { NewEvent } from '../../src/store/envelope.js';
import type { ContractContext } from './contract.js';
import { collect, pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

const withActor = (id: string): NewEvent => {
  const event = pledgeEvent(1);
  return { ...event, metadata: { ...event.metadata, actor: { id, role: 'admin' } } };
};

const refused: ReadonlyArray<readonly [string, NewEvent, RegExp]> = [
  ["an actor with an empty name (a token created with --name '')", withActor(''), /actor\.id: must have visible text/],
  ['an actor whose name is only a zero-width space', withActor('\u200b'), /actor\.id: must have visible text/],
  ['an actor name with a NUL', withActor('clerk\u0000'), /actor\.id: contains the control character U\+0000/],
  [
    'an actor name with a right-to-left override',
    withActor('\u202eclerk'),
    /actor\.id: contains the bidirectional override U\+202E/,
  ],
  ['an actor name that is not trimmed', withActor(' clerk'), /actor\.id: must be trimmed/],
  [
    'an unknown role',
    { ...pledgeEvent(2), metadata: { ...pledgeEvent(2).metadata, actor: { id: 'x', role: 'mayor' as never } } },
    /actor\.role/,
  ],
  [
    'a recordedAt that is not an ISO instant',
    { ...pledgeEvent(3), metadata: { ...pledgeEvent(3).metadata, recordedAt: '2016-02-30T10:00:00Z' } },
    /recordedAt/,
  ],
  [
    'an event type the ledger does not know',
    { ...pledgeEvent(4), type: 'PledgeDoubled' },
    /PledgeDoubled is not an event type/,
  ],
  [
    'data its schema refuses',
    { ...pledgeEvent(5), data: { ...(pledgeEvent(5).data as object), amountPence: 'ten thousand' } },
    /PledgeRecorded data: amountPence/,
  ],
];

export function envelopeCases({ store }: ContractContext): void {
  it.each(refused)('refuses %s, writing nothing of the append', async (_name, bad, message) => {
    const stream = uniqueStream();
    const head = await store().headPosition();
    const events = [...pledgeEvents(3, 10), bad];
    const error = await store()
      .append(stream, events, { expectedRevision: 'no_stream' })
      .catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'INVALID_EVENT', message: expect.stringMatching(message) });
    expect(await collect(store().readStream(stream))).toEqual([]);
    expect(await store().headPosition()).toBe(head);
  });

  it('refuses a stream of no known kind', async () => {
    const error = await store()
      .append(`grant-${uniqueStream()}`, [pledgeEvent(0)], { expectedRevision: 'any' })
      .catch((failure: unknown) => failure);
    expect(error).toMatchObject({
      code: 'INVALID_EVENT',
      message: expect.stringMatching(/not a stream of a known kind/),
    });
  });
}
