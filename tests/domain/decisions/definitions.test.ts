/** The command definitions feed the OpenAPI document: every example must be a valid command. */
import { describe, expect, it } from 'vitest';
import { decisions } from '../../../src/domain/decisions/index.js';
import { proposalCommandTypes } from '../../../src/domain/decisions/decide.js';
import { undescribedFields } from './given.js';

describe('decisions command definitions', () => {
  it('define every command the proposal decider handles, and no other', () => {
    expect(Object.keys(decisions.commands).sort()).toEqual([...proposalCommandTypes].sort());
  });

  it.each(Object.entries(decisions.commands))('%s: a valid example, a one-line summary, every field described', (_type, definition) => {
    expect(definition.schema.safeParse(definition.example).error).toBeUndefined();
    expect(definition.summary).toMatch(/^[A-Z][^\n]+\.$/);
    expect(undescribedFields(definition.schema)).toEqual([]);
  });
});
