/** Reads the attendance tables into plain records for `record.ts` and the report views. */
import type Database from 'better-sqlite3';
import { attendsForOrganisation } from '../../domain/meetings/state.js';
import type { HeldMeeting, Membership } from './record.js';

export interface MeetingRow {
  meeting_id: string;
  body_id: string;
  date: string;
  venue: string | null;
  /** held once attendance is recorded; minutes confirmed is shown from the columns below. */
  status: 'scheduled' | 'held' | 'cancelled';
  minutes_confirmed_at: string | null;
  minutes_confirmed_on: string | null;
  papers_published_on: string | null;
}

export interface PersonRow {
  meeting_id: string;
  role: 'present' | 'apologies';
  person: string;
  organisation_id: string | null;
  description: string | null;
  capacity: 'member' | 'officer' | 'adviser' | 'guest' | null;
  chair: number;
  substitute_for: string | null;
}

export interface MeetingRecord {
  readonly row: MeetingRow;
  readonly people: readonly PersonRow[];
  readonly held: HeldMeeting;
}

export interface Window {
  readonly bodyId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The meetings in the window, by date, each with its people and its attendance as `record.ts` counts it. */
export function loadMeetings(db: Database.Database, window: Window): MeetingRecord[] {
  const rows = db
    .prepare<Record<string, string | null>, MeetingRow>(
      `SELECT meeting_id, body_id, date, venue, status, minutes_confirmed_at, minutes_confirmed_on,
        papers_published_on FROM attendance_meetings
        WHERE (@bodyId IS NULL OR body_id = @bodyId) AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <=
          @to)
        ORDER BY date, meeting_id`,
    )
    .all({ bodyId: window.bodyId ?? null, from: window.from ?? null, to: window.to ?? null });
  const people = db.prepare<[string], PersonRow>(
    'SELECT meeting_id, role, person, organisation_id, description, capacity, chair, ' +
      'substitute_for FROM attendance_people WHERE meeting_id = ? ORDER BY seq',
  );
  return rows.map((row) => {
    const list = people.all(row.meeting_id);
    const organisations = (keep: (p: PersonRow) => boolean) =>
      new Set(list.filter(keep).flatMap((p) => (p.organisation_id ? [p.organisation_id] : [])));
    const held = {
      meetingId: row.meeting_id,
      bodyId: row.body_id,
      date: row.date,
      attended: organisations(
        (p) =>
          p.role === 'present' && attendsForOrganisation({ capacity: p.capacity, substituteFor: p.substitute_for }),
      ),
      apologised: organisations((p) => p.role === 'apologies'),
    };
    return { row, people: list, held };
  });
}

export function loadMemberships(db: Database.Database): Membership[] {
  return db
    .prepare<[], { body_id: string; organisation_id: string; admitted_on: string; withdrawn_on: string | null }>(
      'SELECT body_id, organisation_id, admitted_on, withdrawn_on FROM attendance_memberships ' +
        'ORDER BY body_id, organisation_id, admitted_on',
    )
    .all()
    .map((m) => ({
      bodyId: m.body_id,
      organisationId: m.organisation_id,
      admittedOn: m.admitted_on,
      withdrawnOn: m.withdrawn_on,
    }));
}

/** Each body's notice for papers, in days, where its terms of reference set one. */
export function loadNoticeDays(db: Database.Database): Map<string, number> {
  const rows = db
    .prepare<[], { body_id: string; notice_days: number }>(
      'SELECT body_id, notice_days FROM attendance_rules WHERE notice_days IS NOT NULL',
    )
    .all();
  return new Map(rows.map((row) => [row.body_id, row.notice_days]));
}

export function loadLimits(db: Database.Database): Map<string, number | null> {
  const rows = db
    .prepare<[], { body_id: string; missed_meetings_limit: number | null }>(
      'SELECT body_id, missed_meetings_limit FROM attendance_rules',
    )
    .all();
  return new Map(rows.map((row) => [row.body_id, row.missed_meetings_limit]));
}
