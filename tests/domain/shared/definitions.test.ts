/**
 * Every feature's command table feeds the OpenAPI document and the decider's dispatch: each
 * example is a valid command, each summary one line, each field described, and each command is
 * decided by its table's rules (on an empty stream, with no other stream loaded, it is decided
 * or refused, never thrown).
 */
import { describe, expect, it } from 'vitest';
import { features } from '../../../src/domain/index.js';
import { decideAfter, undescribedFields } from './given.js';

describe.each(features.map((feature) => [feature.name, feature] as const))('%s command table', (_name, feature) => {
  it('is exactly the commands its deciders handle', () => {
    const handled = feature.deciders.flatMap((decider) => decider.commandTypes);
    expect([...handled].sort()).toEqual(Object.keys(feature.commands).sort());
  });

  it('describes every field, for the OpenAPI document', () => {
    expect(undescribedFields(feature)).toEqual([]);
  });

  it.each(Object.entries(feature.commands))(
    '%s: a valid example and a one-line summary, decided by its rules',
    (type, definition) => {
      const parsed = definition.schema.safeParse(definition.example);
      expect(parsed.error).toBeUndefined();
      expect(definition.summary).toMatch(/^[A-Z][^\n]+\.$/);
      const decider = feature.deciders.find((candidate) => candidate.commandTypes.includes(type));
      expect(() => decideAfter(decider!, [], { type, data: parsed.data })).not.toThrow();
    },
  );
});
