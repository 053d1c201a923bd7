/**
 * The rules for one person's stream: registered once, with aliases that are other forms of the
 * name (not the name again, nor one alias twice, once case and titles are set aside).
 */
import { rejectionsFrom, type Rejection } from '../shared/decider.js';
import type { PersonEvent, PersonRegisteredData } from './events.js';
import { personKey } from './person-key.js';
import type { DirectoryRejectionCode } from './rejections.js';

/** The person rules' rejection codes. */
export const personMessages = {
  PERSON_ALREADY_REGISTERED: (id: string) =>
    `The person ${id} is already in the directory; an id is registered once. Give another person another id.`,
  ALIAS_REPEATS_NAME: (alias: string, name: string) =>
    `${alias} is the same name as ${name} or another alias once case and titles are set aside; ` +
    `list each other form once.`,
} as const;

const no = rejectionsFrom(personMessages);

/** A person's standing: whether the id is taken. */
export interface PersonState {
  readonly registered: boolean;
}

export const initialPersonState: PersonState = { registered: false };

/** The command as its rules read it: its event's fields, with the lists a clerk may leave out. */
type RegisterPersonData = Omit<PersonRegisteredData, 'aliases' | 'titles'> &
  Partial<Pick<PersonRegisteredData, 'aliases' | 'titles'>>;

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
