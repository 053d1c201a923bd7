/**
 * The rules for one person's stream: registered once, with aliases that are other forms of the
 * name (not the name again, nor one alias twice, once case and titles are set aside).
 */
import type { Rejection } from '../shared/decider.js';
import type { RegisterPersonData } from './commands.js';
import type { PersonEvent } from './events.js';
import { personKey } from './person-key.js';
import { directoryRejection as no, type DirectoryRejectionCode } from './rejections.js';

/** A person's standing: whether the id is taken. */
export interface PersonState {
  readonly registered: boolean;
}

export const initialPersonState: PersonState = { registered: false };

/** PersonRegistered is the only event: once folded, the id is taken. */
export function evolvePerson(): PersonState {
  return { registered: true };
}

type Outcome = readonly PersonEvent[] | Rejection<DirectoryRejectionCode>;

export function decidePerson(data: RegisterPersonData, state: PersonState): Outcome {
  const { personId, name } = data;
  if (state.registered) return no('PERSON_ALREADY_REGISTERED', personId);
  const aliases = data.aliases ?? [];
  const seen = new Set([personKey(name)]);
  for (const alias of aliases) {
    if (seen.has(personKey(alias))) return no('ALIAS_REPEATS_NAME', alias, name);
    seen.add(personKey(alias));
  }
  return [{ type: 'PersonRegistered', data: { personId, name, aliases, titles: data.titles ?? [] } }];
}
