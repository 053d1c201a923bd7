/**
 * The envelope check's plain-code path (envelopeSurelyValid) may only ever say yes where zod's
 * NewEventSchema says yes: a yes skips zod, a no hands the event to zod for its verdict and message.
 * Mutated envelopes, in runs of a few so that the values remembered from one event meet the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnvelopes, envelopeSurelyValid } from '../../src/store/check-envelope.js';
import { NewEventSchema, type NewEvent } from '../../src/store/envelope.js';
import { pledgeEvent, pledgeEvents, uniqueStream } from './fixtures.js';

const odd: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  ' clerk',
  'clerk\u0000',
  '\u202eclerk',
  '\u200b',
  'e\u0301',
  'a'.repeat(201),
  0,
  -1,
  1,
  1.5,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  ['clerk'],
  {},
  { id: 'clerk', role: 'clerk' },
  { id: 'clerk', role: 'mayor' },
  { document: 'minutes.yaml' },
  { document: '', section: 'item 5' },
  { document: 'minutes.yaml', kind: 'rumour' },
  { document: 'minutes.yaml', section: 3 },
  '2016-11-02T09:30:00.000Z',
  '2016-11-02T09:30:00+01:00',
  '2016-02-30T10:00:00Z',
  '2016-11-02',
  '0'.repeat(64),
  'A'.repeat(64),
  'f'.repeat(63),
  '01HX0000000000000000000000',
  '01hx0000000000000000000000',
  '01HX000000000000000000000U',
  'PledgeRecorded',
  'pledgeRecorded',
  'P',
];

/** Where a mutation lands: a key of the event, of its metadata, or of the metadata's actor or source. */
const paths: readonly (readonly string[])[] = [
  [],
  ['eventId'],
  ['type'],
  ['data'],
  ['metadata'],
  ...[
    'commandId',
    'commandType',
    'commandHash',
    'correlationId',
    'causationId',
    'actor',
    'recordedAt',
    'occurredAt',
    'source',
    'schemaVersion',
  ].map((key) => ['metadata', key]),
  ['metadata', 'actor', 'id'],
  ['metadata', 'actor', 'role'],
  ['metadata', 'source', 'document'],
  ['metadata', 'source', 'section'],
  ['metadata', 'source', 'kind'],
];

type Mutation = { readonly path: readonly string[]; readonly value: unknown; readonly remove: boolean };

function mutated(event: NewEvent, mutations: readonly Mutation[]): unknown {
  let copy: unknown = structuredClone(event);
  for (const { path, value, remove } of mutations) {
    if (path.length === 0) {
      copy = value;
      continue;
    }
    let target: unknown = copy;
    for (const key of path.slice(0, -1)) {
      target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (typeof target !== 'object' || target === null) continue;
    const last = path.at(-1)!;
    if (remove) Reflect.deleteProperty(target, last);
    else (target as Record<string, unknown>)[last] = value;
  }
  return copy;
}

const mutation = fc.record({
  path: fc.constantFrom(...paths),
  value: fc.constantFrom(...odd),
  remove: fc.boolean(),
});

describe('the envelope check without zod', () => {
  it('says yes to the events of an ordinary append', () => {
    for (const event of pledgeEvents(5)) expect(envelopeSurelyValid(event)).toBe(true);
  });

  it('says yes only where NewEventSchema does, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(fc.array(mutation, { maxLength: 3 }), { minLength: 1, maxLength: 4 }), (runs) => {
        for (const [index, mutations] of runs.entries()) {
          const event = mutated(pledgeEvent(index), mutations);
          if (envelopeSurelyValid(event)) expect(NewEventSchema.safeParse(event).success).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('still refuses a bad actor after a hundred good events of the same append, naming it', () => {
    const good = pledgeEvents(100);
    const bad = { ...good[0]!, metadata: { ...good[0]!.metadata, actor: { id: 'clerk ', role: 'clerk' as const } } };
    const stream = uniqueStream();
    expect(() => checkEnvelopes(stream, [...good, bad])).toThrow(
      new RegExp(`Event 101 of the append to ${stream} \\(PledgeRecorded\\) is not stored: its envelope: .*actor\\.id`),
    );
  });
});
