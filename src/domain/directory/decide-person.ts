/**
 * The rules for one person's stream: registered once, with aliases that are other forms of the
 * name (not the name again, nor one alias twice, once case and titles are set aside).
 */
import type { Decider, Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { PersonCommand } from './commands.js';
import type { PersonEvent } from './events.js';
import { personKey } from './person-key.js';
import { directoryRejection as no, type DirectoryRejectionCode } from './rejections.js';

/** A person's standing: whether the id is taken. */
export interface PersonState {
  readonly registered: boolean;
}

type Outcome = readonly PersonEvent[] | Rejection<DirectoryRejectionCode>;

/** RegisterPerson is the person's only command, so there is nothing to switch on. */
function decide(command: PersonCommand, state: PersonState): Outcome {
  const { personId, name } = command.data;
  if (state.registered) return no('PERSON_ALREADY_REGISTERED', personId);
  const aliases = command.data.aliases ?? [];
  const seen = new Set([personKey(name)]);
  for (const alias of aliases) {
    if (seen.has(personKey(alias))) return no('ALIAS_REPEATS_NAME', alias, name);
    seen.add(personKey(alias));
  }
  return [{ type: 'PersonRegistered', data: { personId, name, aliases, titles: command.data.titles ?? [] } }];
}

/** The person aggregate: stream `person-<id>`. */
export const personDecider: Decider<PersonCommand, PersonEvent, PersonState, DirectoryRejectionCode> = {
  aggregate: 'person',
  initialState: { registered: false },
  // PersonRegistered is the only event: once folded, the id is taken.
  evolve: () => ({ registered: true }),
  decide: (command, state) => decide(command, state),
  streamIdOf: (command) => streamId('person', command.data.personId),
};
