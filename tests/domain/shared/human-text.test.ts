/**
 * Names and free text in commands (issue 13, point 8): trimmed, NFC, 1-200 characters for a name,
 * and never a control character, a bidi override, a lone surrogate, or nothing visible. Every
 * command schema that carries text uses the one schema, so each of its text fields refuses them.
 */
import { describe, expect, it } from 'vitest';
import { commandTypes, commandEntry } from '../../../src/domain/index.js';
import { HumanName } from '../../../src/domain/shared/human-text.js';

describe('HumanName', () => {
  it.each([
    ['  Cllr Mark Hawthorne  ', 'Cllr Mark Hawthorne'],
    ['Ele\u0301onore Bre\u0301hault', 'El\u00e9onore Br\u00e9hault'],
    ['Office of the PCC (Glos)', 'Office of the PCC (Glos)'],
    ['x'.repeat(200), 'x'.repeat(200)],
  ])('stores %j as %j', (input, stored) => {
    expect(HumanName.parse(input)).toBe(stored);
  });

  it.each([
    ['an empty name', '', /must have visible text/],
    ['spaces only', '   ', /must have visible text/],
    ['a zero-width space only', '\u200b', /must have visible text/],
    ['zero-width joiners and a BOM', '\u200c\u200d\ufeff', /must have visible text/],
    ['a NUL', 'Stroud\u0000District', /control character U\+0000/],
    ['a line break inside', 'Stroud\nDistrict', /control character U\+000A/],
    ['an escape sequence', '\u001b[31mred', /control character U\+001B/],
    ['a right-to-left override', 'Stroud \u202eDistrict', /bidirectional override U\+202E/],
    ['a right-to-left isolate', 'a\u2067b\u2069', /bidirectional override U\+2067/],
    ['a lone high surrogate', 'Stroud \ud800', /lone surrogate \(U\+D800\)/],
    ['a lone low surrogate', '\udc00 Stroud', /lone surrogate \(U\+DC00\)/],
    ['201 characters', 'x'.repeat(201), /at most 200 characters/],
  ])('refuses %s', (_name, input, message) => {
    const result = HumanName.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('keeps a surrogate pair (an emoji is text)', () => {
    expect(HumanName.parse('Team \u{1F333}')).toBe('Team \u{1F333}');
  });
});

/** Every top-level field of a command's example that holds free text (not an id, date, amount or choice). */
function textFields(type: string): string[] {
  const { schema, example } = commandEntry(type)!.definition;
  return Object.keys(example).filter((field) => {
    const value = example[field];
    if (typeof value !== 'string') return false;
    return schema.safeParse({ ...example, [field]: 'Free text, as minuted' }).success;
  });
}

describe('every command that carries text', () => {
  const cases = commandTypes().flatMap((type) => textFields(type).map((field) => [type, field] as const));

  it('has text fields to check', () => {
    expect(cases.length).toBeGreaterThan(15);
  });

  it.each(cases)('%s refuses a NUL, a bidi override, a lone surrogate and an invisible %s', (type, field) => {
    const { schema, example } = commandEntry(type)!.definition;
    for (const bad of ['a\u0000b', '\u202eabc', 'a\udfffb', '\u200b\u200b']) {
      expect(schema.safeParse({ ...example, [field]: bad }).success, `${type}.${field} = ${JSON.stringify(bad)}`).toBe(
        false,
      );
    }
  });

  it.each([
    [
      'AssignAction',
      'owners',
      (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'person', name: `Officer ${i}` })),
      50,
    ],
    [
      'RecordAttendance',
      'apologies',
      (n: number) =>
        Array.from({ length: n }, (_, i) => ({ person: `Cllr ${i}`, organisationId: 'stroud-district-council' })),
      500,
    ],
    ['OpenFund', 'askedOrganisations', (n: number) => Array.from({ length: n }, (_, i) => `partner-${i}`), 500],
  ] as const)('%s bounds %s at %i', (type, field, make, bound) => {
    const { schema, example } = commandEntry(type)!.definition;
    const base = { ...example, ...(type === 'OpenFund' ? { kind: 'pooled-pot', perPartnerAsk: '£10,000' } : {}) };
    expect(schema.safeParse({ ...base, [field]: make(bound) }).success).toBe(true);
    const over = schema.safeParse({ ...base, [field]: make(bound + 1) });
    expect(over.error?.issues[0]?.message).toMatch(new RegExp(`at most ${bound}`));
  });
});
