/** The command definitions feed the OpenAPI document: every example must be a valid command. */
import { describe, expect, it } from 'vitest';
import { decisions } from '../../../src/domain/decisions/index.js';
import { noRelated } from '../../../src/domain/related.js';
import { undescribedFields } from './given.js';

describe('decisions command definitions', () => {
  it('every command in the table is one the decider decides (none falls through its switch)', () => {
    const [decider] = decisions.deciders;
    expect(decider?.commandTypes).toEqual(Object.keys(decisions.commands));
    for (const [type, definition] of Object.entries(decisions.commands)) {
      const command = { type, data: definition.schema.parse(definition.example) };
      expect(() => decider?.decide(command, decider.initialState, noRelated), type).not.toThrow();
    }
  });

  it.each(Object.entries(decisions.commands))(
    '%s: a valid example, a one-line summary, every field described',
    (_type, definition) => {
      expect(definition.schema.safeParse(definition.example).error).toBeUndefined();
      expect(definition.summary).toMatch(/^[A-Z][^\n]+\.$/);
      expect(undescribedFields(definition.schema)).toEqual([]);
    },
  );
});
