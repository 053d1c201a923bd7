/** The people read model's prepared statements. */
import type Database from 'better-sqlite3';
import type { Owner } from '../../domain/actions/commands.js';
import { personKey } from '../../domain/directory/person-key.js';
import type { Apology, Attendee } from '../../domain/meetings/events.js';

export type Statements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database.Database) {
  return { ...directory(db), ...meetings(db), ...business(db) };
}

function directory(db: Database.Database) {
  const person = db.prepare('INSERT OR REPLACE INTO people_people (person_id, name, titles) VALUES (?, ?, ?)');
  const personName = db.prepare('INSERT OR REPLACE INTO people_names (name_key, person_id, name) VALUES (?, ?, ?)');
  return {
    /** The person and every form of their name, each under the key the ledger matches names by. */
    person(personId: string, name: string, aliases: readonly string[], titles: readonly string[]) {
      person.run(personId, name, JSON.stringify(titles));
      for (const form of [name, ...aliases]) personName.run(personKey(form), personId, form);
    },
    role: db.prepare(
      'INSERT OR REPLACE INTO people_roles (position, body_id, organisation_id, person, role, ' +
        'from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
  };
}

function meetings(db: Database.Database) {
  const attendee = db.prepare(
    `INSERT INTO people_attendance (position, seq, meeting_id, role, person, organisation_id, description, capacity,
      chair, substitute_for)
     VALUES (@position, @seq, @meetingId, @role, @person, @organisationId, @description, @capacity, @chair,
       @substituteFor)`,
  );
  return {
    meeting: db.prepare(
      `INSERT INTO people_meetings (meeting_id, body_id, date, status) VALUES (?, ?, ?, 'scheduled')
       ON CONFLICT (meeting_id) DO UPDATE SET body_id = excluded.body_id, date = excluded.date`,
    ),
    reschedule: db.prepare('UPDATE people_meetings SET date = ? WHERE meeting_id = ?'),
    held: db.prepare("UPDATE people_meetings SET status = 'held' WHERE meeting_id = ? AND status <> 'cancelled'"),
    cancel: db.prepare("UPDATE people_meetings SET status = 'cancelled' WHERE meeting_id = ?"),
    item: db.prepare('INSERT OR REPLACE INTO people_items (meeting_id, number, title) VALUES (?, ?, ?)'),
    /** Everyone the event names, in the minutes' order: present first, then apologies. */
    attendance(position: number, meetingId: string, present: readonly Attendee[], apologies: readonly Apology[]) {
      let seq = 0;
      const row = (role: string, who: Apology, at?: Attendee) => ({
        position,
        seq: seq++,
        meetingId,
        role,
        person: who.person,
        organisationId: who.organisationId ?? null,
        description: who.description ?? null,
        capacity: at?.capacity ?? null,
        chair: at?.chair ? 1 : 0,
        substituteFor: at?.substituteFor ?? null,
      });
      for (const person of present) attendee.run(row('present', person, person));
      for (const person of apologies) attendee.run(row('apologies', person));
    },
  };
}

function business(db: Database.Database) {
  const removeOwners = db.prepare('DELETE FROM people_action_owners WHERE action_id = ?');
  const addOwner = db.prepare(
    'INSERT INTO people_action_owners (action_id, seq, name, organisation_id) VALUES (?, ?, ?, ?)',
  );
  const position = db.prepare(
    'INSERT OR REPLACE INTO people_positions (proposal_id, organisation_id, stance, option, ' +
      'note, spoken_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const unspoken = db.prepare('DELETE FROM people_positions WHERE proposal_id = ? AND organisation_id = ?');
  return {
    proposal: db.prepare('INSERT OR IGNORE INTO people_proposals (proposal_id, meeting_id, item) VALUES (?, ?, ?)'),
    /** Only a position someone is recorded as stating is theirs; a later one without a speaker replaces it. */
    position(
      proposalId: string,
      organisationId: string,
      stance: string,
      option: string | null,
      note: string | null,
      spokenBy: string | undefined,
    ) {
      if (spokenBy === undefined) unspoken.run(proposalId, organisationId);
      else position.run(proposalId, organisationId, stance, option, note, spokenBy);
    },
    action: db.prepare(
      'INSERT OR REPLACE INTO people_actions (action_id, title, meeting_id, item, due_on, status) ' +
        "VALUES (?, ?, ?, ?, ?, 'open')",
    ),
    actionDue: db.prepare('UPDATE people_actions SET due_on = ? WHERE action_id = ?'),
    actionStatus: db.prepare('UPDATE people_actions SET status = ? WHERE action_id = ?'),
    /** The people among an action's owners; organisations and bodies as a whole are not people. */
    owners(actionId: string, owners: readonly Owner[]) {
      removeOwners.run(actionId);
      owners.forEach((owner, seq) => {
        if (owner.kind === 'person') addOwner.run(actionId, seq, owner.name, owner.organisation ?? null);
      });
    },
  };
}
