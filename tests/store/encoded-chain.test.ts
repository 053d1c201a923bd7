import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeChain } from '../../src/store/encoded-chain.js';
import { canonicalJson, chainEvents, GENESIS_HASH, SCHEMA_VERSION, type NewEvent } from '../../src/store/envelope.js';

const event = (n: number, data: unknown): NewEvent => ({
  eventId: `01J0000000000000000000000${n}`,
  type: 'OptionsTabled',
  data,
  metadata: {
    commandId: `c-${n}`,
    commandType: 'TableOptions',
    correlationId: `c-${n}`,
    causationId: `c-${n}`,
    actor: { role: 'clerk', id: 'clerk' },
    recordedAt: '2016-11-01T10:00:00.000Z',
    occurredAt: '2016-10-27',
    source: { section: 'item 3', document: 'minutes.yaml' },
    schemaVersion: SCHEMA_VERSION,
  },
});

const awkward = [
  { proposalId: 'lg-2016-10-27-item-3', options: { '10': 'ten', '9': 'nine', b: 'bee', a: 'ay' }, note: undefined },
  { z: [{ y: 1, x: [3, { d: null, c: 'é' }] }], a: 'quote " and \\ backslash', n: -0, big: 1e21 },
  { sorted: { a: 1, b: { c: 2 } }, list: [undefined, 'x'] },
];

describe('the encoded chain', () => {
  it('gives the hashes chainEvents gives, and stores JSON that reads back as the event', () => {
    const events = awkward.map((data, n) => event(n, data));
    const encoded = encodeChain('proposal-x', events, 4n, GENESIS_HASH);
    const chained = chainEvents('proposal-x', events, 4n, GENESIS_HASH);
    expect(encoded.map((e) => e.event)).toEqual(chained);
    for (const [n, one] of encoded.entries()) {
      expect(one.dataJson).toBe(canonicalJson(events[n]!.data));
      expect(JSON.parse(one.metadataJson)).toEqual(chained[n]!.metadata);
    }
  });
});

describe('the encoded chain with metadata keys an object would reorder', () => {
  it('still gives the hashes chainEvents gives', () => {
    const odd = [
      { ...event(0, awkward[0]).metadata, '10': 'ten', '9': 'nine' },
      { zeta: [1, { b: 2, a: 1 }], ...event(1, {}).metadata, '0': { y: 1, x: 2 } },
      // Two lists of keys that join to one signature, one after the other.
      { ...event(2, {}).metadata, 'x\u0000y': 1, z: 2 },
      { ...event(3, {}).metadata, x: 1, 'y\u0000z': 2 },
      { ...event(4, {}).metadata, 'x\u0000y': 1, z: 2 },
    ];
    const events = odd.map((metadata, n) => ({ ...event(n, awkward[n % awkward.length]), metadata }));
    const encoded = encodeChain('proposal-x', events, 0n, GENESIS_HASH);
    const chained = chainEvents('proposal-x', events, 0n, GENESIS_HASH);
    expect(encoded.map((e) => e.event.metadata.hash)).toEqual(chained.map((e) => e.metadata.hash));
    for (const [n, one] of encoded.entries()) expect(JSON.parse(one.metadataJson)).toEqual(chained[n]!.metadata);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth by code unit, numeric-looking ones included, and drops undefined members', () => {
    expect(canonicalJson(awkward[0])).toBe(
      '{"options":{"10":"ten","9":"nine","a":"ay","b":"bee"},"proposalId":"lg-2016-10-27-item-3"}',
    );
    expect(canonicalJson(awkward[1])).toBe(
      '{"a":"quote \\" and \\\\ backslash","big":1e+21,"n":0,"z":[{"x":[3,{"c":"é","d":null}],"y":1}]}',
    );
    expect(canonicalJson(awkward[2])).toBe('{"list":[null,"x"],"sorted":{"a":1,"b":{"c":2}}}');
    expect(canonicalJson({ at: new Date(0), n: 5n })).toBe('{"at":{},"n":5}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

/** Canonical JSON written out member by member, the definition canonicalJson's faster path must meet. */
function byDefinition(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === undefined ? 'null' : JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : byDefinition(item))).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${members.map(([key, member]) => `${JSON.stringify(key)}:${byDefinition(member)}`).join(',')}}`;
}

describe('canonical JSON of arbitrary data', () => {
  it('is the members sorted by code unit at every depth, however the keys were ordered', () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('a', 'b', 'aa', 'B', '10', '9', '01', 'é'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, fc.oneof(tie('node'), fc.constant(undefined)), { maxKeys: 6 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        // Several values in a row, so that an order remembered for one shape of keys meets the next.
        for (const one of values) expect(canonicalJson(one)).toBe(byDefinition(one));
      }),
      { numRuns: 2000 },
    );
  });
});
