/** The command definitions feed the OpenAPI document: every example must be a valid command. */
import { describe, expect, it } from 'vitest';
import { actions } from '../../../src/domain/actions/index.js';
import { actionCommandTypes } from '../../../src/domain/actions/decide.js';
import { undescribedFields } from './given.js';

describe('actions command definitions', () => {
  it('define every command the action decider handles, and no other', () => {
    expect(Object.keys(actions.commands).sort()).toEqual([...actionCommandTypes].sort());
  });

  it.each(Object.entries(actions.commands))('%s: a valid example, a one-line summary, every field described', (_type, definition) => {
    expect(definition.schema.safeParse(definition.example).error).toBeUndefined();
    expect(definition.summary).toMatch(/^[A-Z][^\n]+\.$/);
    expect(undescribedFields(definition.schema)).toEqual([]);
  });
});
