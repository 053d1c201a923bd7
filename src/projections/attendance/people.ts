/**
 * Attendance per person: the meetings each person came to or sent apologies to, and whose place
 * a substitute took, so "who sent apologies" has names and not only organisations. The directory's
 * people make "Cllr Christopher Hancock" (2016) and "Cllr Chris Hancock" (2018) one row.
 */
import { personKey } from '../../domain/directory/person-key.js';
import type { PeopleDirectory } from '../people/directory.js';
import type { MeetingRecord } from './load.js';
import type { PersonAttendance } from './view.js';

type Substitution = PersonAttendance['substituteFor'][number];

interface Tally {
  bodyId: string;
  person: string;
  personId: string | null;
  organisations: Set<string>;
  attended: number;
  apologies: number;
  substituteFor: Substitution[];
  substitutedBy: Substitution[];
  apologiesTo: string[];
}

/** One row per person per body, over the held meetings given, by body then name. */
export function peopleRows(
  records: readonly MeetingRecord[],
  directory: PeopleDirectory,
  only?: string,
): PersonAttendance[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (bodyId: string, name: string): Tally => {
    const listed = directory.personOf(name);
    const key = `${bodyId}\u0000${listed?.personId ?? personKey(name)}`;
    let tally = tallies.get(key);
    if (!tally)
      tallies.set(
        key,
        (tally = {
          bodyId,
          person: listed?.name ?? name,
          personId: listed?.personId ?? null,
          organisations: new Set(),
          attended: 0,
          apologies: 0,
          substituteFor: [],
          substitutedBy: [],
          apologiesTo: [],
        }),
      );
    return tally;
  };
  for (const { row, people } of records.filter((r) => r.row.status === 'held')) {
    const at = (person: string): Substitution => ({
      person: directory.personOf(person)?.name ?? person,
      meetingId: row.meeting_id,
      date: row.date,
    });
    for (const entry of people) {
      if (only !== undefined && entry.organisation_id !== only) continue;
      const tally = tallyOf(row.body_id, entry.person);
      if (entry.organisation_id) tally.organisations.add(entry.organisation_id);
      if (entry.role === 'present') tally.attended += 1;
      else {
        tally.apologies += 1;
        tally.apologiesTo.push(row.meeting_id);
        const substitute = people.find(
          (p) =>
            p.role === 'present' &&
            p.substitute_for !== null &&
            directory.same(p.substitute_for, entry.person) &&
            p.organisation_id === entry.organisation_id,
        );
        if (substitute) tally.substitutedBy.push(at(substitute.person));
      }
      if (entry.role === 'present' && entry.substitute_for) tally.substituteFor.push(at(entry.substitute_for));
    }
  }
  return [...tallies.values()]
    .sort((a, b) => a.bodyId.localeCompare(b.bodyId) || a.person.localeCompare(b.person))
    .map((t) => ({
      bodyId: t.bodyId,
      person: t.person,
      personId: t.personId,
      organisationIds: [...t.organisations].sort(),
      attended: t.attended,
      apologies: t.apologies,
      apologiesTo: t.apologiesTo,
      substituteFor: t.substituteFor,
      substitutedBy: t.substitutedBy,
    }));
}
