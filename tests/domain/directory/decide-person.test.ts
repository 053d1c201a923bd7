/**
 * A person in the directory, with the other forms of their name the minutes use. The minutes of
 * 27 October 2016 list "Cllr Christopher Hancock" among those present; those of 14 June 2018 write
 * "Cllr Chris Hancock": one person, registered once, the other form an alias.
 */
import { describe, expect, it } from 'vitest';
import type { PersonCommand } from '../../../src/domain/directory/commands.js';
import type { PersonEvent } from '../../../src/domain/directory/events.js';
import { personCommands, personDecider } from '../../../src/domain/directory/index.js';
import { eventsOrCode } from '../shared/given.js';

const register = (extra: Record<string, unknown> = {}): PersonCommand => ({
  type: 'RegisterPerson',
  data: personCommands.RegisterPerson.schema.parse({ ...personCommands.RegisterPerson.example, ...extra }),
});
const hancock: PersonEvent = {
  type: 'PersonRegistered',
  data: {
    personId: 'chris-hancock',
    name: 'Cllr Chris Hancock',
    aliases: ['Cllr Christopher Hancock'],
    titles: ['Cllr'],
  },
};

describe.each<[string, readonly PersonEvent[], PersonCommand, readonly PersonEvent[] | string]>([
  ['registers a person with the other form of their name', [], register(), [hancock]],
  [
    'lists no aliases or titles when the clerk gives none',
    [],
    register({ aliases: undefined, titles: undefined }),
    [{ type: 'PersonRegistered', data: { ...hancock.data, aliases: [], titles: [] } }],
  ],
  ['refuses the same id twice', [hancock], register(), 'PERSON_ALREADY_REGISTERED'],
  [
    'refuses an alias that is the name again once case and titles are set aside',
    [],
    register({ aliases: ['chris hancock'] }),
    'ALIAS_REPEATS_NAME',
  ],
  [
    'refuses one alias twice',
    [],
    register({ aliases: ['Cllr Christopher Hancock', 'Christopher Hancock'] }),
    'ALIAS_REPEATS_NAME',
  ],
])('%s', (_name, given, command, expected) => {
  it('decides as the rule says', () => {
    expect(eventsOrCode(personDecider, given, command)).toEqual(expected);
  });
});
