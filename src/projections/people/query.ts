/**
 * Questions put to the people read model: everyone the ledger names, and one person across the
 * ledger. Each name as written is matched to a person through the directory (peopleDirectory), so
 * "Cllr Christopher Hancock" (2016) and "Cllr Chris Hancock" (2018) are one person; a name the
 * directory does not list is a person of its own, found by its key.
 */
import type Database from 'better-sqlite3';
import { personKey } from '../../domain/directory/person-key.js';
import { nominatedDeputies } from '../attendance/deputies.js';
import { peopleDirectory, type PeopleDirectory } from './directory.js';
import { appointmentOf, loadRows, type PeopleRows } from './load.js';
import type { PeopleFilters, PeopleList, PersonSummary, PersonView } from './view.js';

type Person = Omit<PersonView, keyof Counts> & Counts;
type Counts = Pick<PersonSummary, 'attended' | 'apologies' | 'asSubstitute' | 'positionsStated' | 'actionsOwned'>;

/** A name the directory does not list, as an id: its key (no case, titles or full stops) as a slug. */
export function unlistedPersonId(name: string): string {
  return (
    personKey(name)
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'unnamed'
  );
}

class Gathering {
  readonly people = new Map<string, Person>();
  constructor(readonly directory: PeopleDirectory) {
    for (const listed of directory.people)
      this.start(listed.personId, listed.name, true, listed.names.slice(1), listed.titles);
  }

  private start(personId: string, name: string, registered: boolean, otherNames: string[], titles: readonly string[]) {
    const person: Person = {
      personId,
      name,
      registered,
      otherNames,
      titles: [...titles],
      organisationIds: [],
      attended: 0,
      apologies: 0,
      asSubstitute: 0,
      positionsStated: 0,
      actionsOwned: 0,
      roles: [],
      meetings: [],
      positions: [],
      actions: [],
    };
    this.people.set(personId, person);
    return person;
  }

  /** The person behind a name as written, with the form noted and the organisation added. */
  of(name: string, organisationId: string | null): Person {
    const listed = this.directory.personOf(name);
    const id = listed?.personId ?? unlistedPersonId(name);
    const person = this.people.get(id) ?? this.start(id, name, false, [], []);
    if (name !== person.name && !person.otherNames.includes(name)) person.otherNames.push(name);
    if (organisationId !== null && !person.organisationIds.includes(organisationId))
      person.organisationIds.push(organisationId);
    return person;
  }
}

function gatherMeetings(gathering: Gathering, rows: PeopleRows): void {
  const { directory } = gathering;
  const isDeputy = nominatedDeputies(rows.roles.map(appointmentOf), directory);
  for (const row of rows.attendance) {
    const person = gathering.of(row.person, row.organisation_id);
    const present = row.role === 'present';
    const substitute = present
      ? undefined
      : rows.attendance.find(
          (p) =>
            p.meeting_id === row.meeting_id &&
            p.role === 'present' &&
            p.substitute_for !== null &&
            p.organisation_id === row.organisation_id &&
            directory.same(p.substitute_for, row.person),
        );
    if (present) person.attended += 1;
    else person.apologies += 1;
    if (present && row.substitute_for !== null) person.asSubstitute += 1;
    const question = { bodyId: row.body_id, date: row.date, person: row.person, organisationId: row.organisation_id };
    person.meetings.push({
      meetingId: row.meeting_id,
      bodyId: row.body_id,
      date: row.date,
      outcome: row.role,
      organisationId: row.organisation_id,
      description: row.description,
      capacity: row.capacity,
      chair: row.chair === 1,
      substituteFor: row.substitute_for === null ? null : directory.nameOf(row.substitute_for),
      substitutedBy: substitute ? directory.nameOf(substitute.person) : null,
      nominatedDeputy: present && isDeputy({ ...question, substituteFor: row.substitute_for }),
      asWritten: row.person,
    });
  }
}

function gather(db: Database.Database): Map<string, Person> {
  const rows = loadRows(db);
  const gathering = new Gathering(peopleDirectory(db));
  for (const r of rows.roles)
    gathering.of(r.person, r.organisation_id).roles.push({
      bodyId: r.body_id,
      organisationId: r.organisation_id,
      role: r.role,
      from: r.from_date,
      to: r.to_date,
      asWritten: r.person,
    });
  gatherMeetings(gathering, rows);
  for (const r of rows.positions) {
    const person = gathering.of(r.spoken_by, r.organisation_id);
    person.positionsStated += 1;
    person.positions.push({
      proposalId: r.proposal_id,
      meetingId: r.meeting_id,
      date: r.date,
      item: r.item,
      itemTitle: r.item_title,
      organisationId: r.organisation_id,
      stance: r.stance,
      option: r.option,
      note: r.note,
      asWritten: r.spoken_by,
    });
  }
  for (const r of rows.owners) {
    const person = gathering.of(r.name, r.organisation_id);
    person.actionsOwned += 1;
    const { action_id: actionId, title, meeting_id: meetingId, item, due_on: dueOn, status } = r;
    person.actions.push({
      actionId,
      title,
      meetingId,
      item,
      dueOn,
      status,
      organisationId: r.organisation_id,
      asWritten: r.name,
    });
  }
  return gathering.people;
}

function summary(person: Person): PersonSummary {
  const { roles: _roles, meetings: _meetings, positions: _positions, actions: _actions, ...rest } = person;
  return { ...rest, organisationIds: [...rest.organisationIds].sort() };
}

/** Whether any form of the person's name contains the words asked for, in any case, titles aside. */
function matches(person: Person, q: string): boolean {
  const wanted = personKey(q);
  const lower = q.trim().toLowerCase();
  return [person.name, ...person.otherNames].some(
    (name) => personKey(name).includes(wanted) || name.toLowerCase().includes(lower),
  );
}

export function listPeople(db: Database.Database, filters: PeopleFilters = {}): PeopleList {
  const people = [...gather(db).values()]
    .filter((p) => filters.q === undefined || matches(p, filters.q))
    .filter((p) => filters.organisationId === undefined || p.organisationIds.includes(filters.organisationId))
    .sort(
      (a, b) => personKey(a.name).localeCompare(personKey(b.name), 'en-GB') || a.personId.localeCompare(b.personId),
    );
  return { people: people.map(summary) };
}

/** One person, by their directory id or, for a name the directory does not list, the name as a slug. */
export function findPerson(db: Database.Database, personId: string): PersonView | undefined {
  const person = gather(db).get(personId);
  return person === undefined ? undefined : { ...person, organisationIds: [...person.organisationIds].sort() };
}
