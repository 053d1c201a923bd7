/** The people read model's rows, as the queries read them: every place a name appears, with its meeting. */
import type Database from 'better-sqlite3';

export type RoleRow = {
  body_id: string;
  organisation_id: string;
  person: string;
  role: 'member' | 'deputy' | 'chair' | 'adviser';
  from_date: string;
  to_date: string | null;
};
export type AttendanceRow = {
  meeting_id: string;
  body_id: string;
  date: string;
  role: 'present' | 'apologies';
  person: string;
  organisation_id: string | null;
  description: string | null;
  capacity: string | null;
  chair: number;
  substitute_for: string | null;
};
export type PositionRow = {
  proposal_id: string;
  meeting_id: string;
  date: string | null;
  item: string;
  item_title: string | null;
  organisation_id: string;
  stance: 'support' | 'support-with-concerns' | 'concerns' | 'oppose' | 'abstain';
  option: string | null;
  note: string | null;
  spoken_by: string;
};
export type OwnerRow = {
  action_id: string;
  title: string;
  meeting_id: string;
  item: string;
  due_on: string | null;
  status: 'open' | 'completed' | 'cancelled';
  name: string;
  organisation_id: string | null;
};

export interface PeopleRows {
  readonly roles: readonly RoleRow[];
  readonly attendance: readonly AttendanceRow[];
  readonly positions: readonly PositionRow[];
  readonly owners: readonly OwnerRow[];
}

/** Everything, each list in the order it happened (an as-at view has no rowid, so every order is explicit). */
export function loadRows(db: Database.Database): PeopleRows {
  const roles = loadRoles(db);
  // Only held meetings count: a cancelled meeting's attendance is not a record of anyone's.
  const attendance = db
    .prepare<[], AttendanceRow>(
      `SELECT a.meeting_id, m.body_id, m.date, a.role, a.person, a.organisation_id, a.description, a.capacity,
        a.chair, a.substitute_for
       FROM people_attendance a JOIN people_meetings m ON m.meeting_id = a.meeting_id
       WHERE m.status = 'held' ORDER BY m.date, a.meeting_id, a.position, a.seq`,
    )
    .all();
  const positions = db
    .prepare<[], PositionRow>(
      `SELECT x.proposal_id, p.meeting_id, m.date, p.item, i.title AS item_title, x.organisation_id, x.stance,
        x.option, x.note, x.spoken_by
       FROM people_positions x JOIN people_proposals p ON p.proposal_id = x.proposal_id
       LEFT JOIN people_meetings m ON m.meeting_id = p.meeting_id
       LEFT JOIN people_items i ON i.meeting_id = p.meeting_id AND i.number = p.item
       ORDER BY m.date, x.proposal_id, x.organisation_id`,
    )
    .all();
  const owners = db
    .prepare<[], OwnerRow>(
      `SELECT a.action_id, a.title, a.meeting_id, a.item, a.due_on, a.status, o.name, o.organisation_id
       FROM people_action_owners o JOIN people_actions a ON a.action_id = o.action_id
       LEFT JOIN people_meetings m ON m.meeting_id = a.meeting_id
       ORDER BY m.date, a.action_id, o.seq`,
    )
    .all();
  return { roles, attendance, positions, owners };
}

/** A person's appointment on a body for an organisation, as the directory recorded it. */
export interface Appointment {
  readonly bodyId: string;
  readonly organisationId: string;
  readonly person: string;
  readonly role: RoleRow['role'];
  readonly from: string;
  readonly to: string | null;
}

/** Every appointment, in the order made: the attendance report finds nominated deputies among them. */
export function appointments(db: Database.Database): Appointment[] {
  return loadRoles(db).map(appointmentOf);
}

export const appointmentOf = (r: RoleRow): Appointment => ({
  bodyId: r.body_id,
  organisationId: r.organisation_id,
  person: r.person,
  role: r.role,
  from: r.from_date,
  to: r.to_date,
});

function loadRoles(db: Database.Database): RoleRow[] {
  return db
    .prepare<[], RoleRow>(
      'SELECT body_id, organisation_id, person, role, from_date, to_date FROM people_roles ORDER ' +
        'BY from_date, position',
    )
    .all();
}
