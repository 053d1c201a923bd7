/**
 * The directory's people, as every view and filter matches a name: "Cllr Chris Hancock" and "Cllr
 * Christopher Hancock" are one person when the directory lists one as the other's alias, and case,
 * full stops and titles (the general ones and the person's own) never matter. A name the directory
 * does not list is still matched by its key, so a person need not be registered to be found.
 * Every reader of people (the attendance report, the action tracker's owner filter, the register,
 * the partner profile and the people pages) matches names through this one function, over the
 * people read model's tables.
 */
import type Database from 'better-sqlite3';
import { personKey } from '../../domain/directory/person-key.js';

export interface Person {
  readonly personId: string;
  /** The name the ledger shows, e.g. Cllr Chris Hancock. */
  readonly name: string;
  /** Every form of the name, the name first: aliases follow in the order recorded. */
  readonly names: readonly string[];
  readonly titles: readonly string[];
}

export interface PeopleDirectory {
  readonly people: readonly Person[];
  /** The directory's person behind a name as written anywhere, if the directory lists it. */
  personOf(name: string): Person | undefined;
  /** The name the ledger shows for a name as written: the directory's, or the name itself. */
  nameOf(name: string): string;
  /** Every key the same person is written under, for filters that match stored keys. */
  keysOf(name: string): string[];
  /** Whether two names as written are the same person. */
  same(a: string, b: string): boolean;
}

type PersonRow = { person_id: string; name: string; titles: string };
type NameRow = { name_key: string; person_id: string; name: string };

export function peopleDirectory(db: Database.Database): PeopleDirectory {
  const names = db
    .prepare<[], NameRow>('SELECT name_key, person_id, name FROM people_names ORDER BY person_id, name')
    .all();
  const people = db
    .prepare<[], PersonRow>('SELECT person_id, name, titles FROM people_people ORDER BY person_id')
    .all()
    .map((row) => ({
      personId: row.person_id,
      name: row.name,
      names: [
        row.name,
        ...names.filter((n) => n.person_id === row.person_id && n.name !== row.name).map((n) => n.name),
      ],
      titles: JSON.parse(row.titles) as string[],
    }));
  const byId = new Map(people.map((person) => [person.personId, person]));
  const byKey = new Map(names.map((n) => [n.name_key, byId.get(n.person_id)!]));
  const titles = [...new Set(people.flatMap((p) => p.titles.map((t) => t.toLowerCase())))];
  const personOf = (name: string): Person | undefined => {
    const found = byKey.get(personKey(name));
    if (found) return found;
    // A person's own title ("Leader", "Chief Executive") may stand before the name where the general ones do not.
    const lower = name.trim().toLowerCase();
    const title = titles.find((t) => lower.startsWith(`${t} `));
    return title === undefined ? undefined : byKey.get(personKey(lower.slice(title.length + 1)));
  };
  const keysOf = (name: string): string[] => {
    const person = personOf(name);
    return person ? [...new Set(person.names.map(personKey))] : [personKey(name)];
  };
  return {
    people,
    personOf,
    nameOf: (name) => personOf(name)?.name ?? name,
    keysOf,
    same: (a, b) => keysOf(a).includes(personKey(b)),
  };
}
