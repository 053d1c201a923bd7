/**
 * The attendance fold: each meeting's people present and apologies, in the minutes' order, and who was a member when.
 */
import type Database from 'better-sqlite3';
import type { Apology, Attendee } from '../../domain/meetings/events.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { ATTENDANCE, attendanceTableNames, attendanceTables } from './tables.js';

function statements(db: Database.Database) {
  const nextSeq = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM attendance_people WHERE meeting_id = ?',
  );
  const person = db.prepare(
    `INSERT INTO attendance_people (meeting_id, seq, role, person, organisation_id, description, capacity, chair,
      substitute_for)
     VALUES (@meetingId, @seq, @role, @person, @organisationId, @description, @capacity, @chair, @substituteFor)`,
  );
  return {
    schedule: db.prepare(
      `INSERT INTO attendance_meetings (meeting_id, body_id, date, venue, status) VALUES (?, ?, ?, ?, 'scheduled')
       ON CONFLICT (meeting_id) DO UPDATE SET body_id = excluded.body_id, date = excluded.date, venue = excluded.venue`,
    ),
    reschedule: db.prepare('UPDATE attendance_meetings SET date = ? WHERE meeting_id = ?'),
    venue: db.prepare('UPDATE attendance_meetings SET venue = ? WHERE meeting_id = ?'),
    held: db.prepare("UPDATE attendance_meetings SET status = 'held' WHERE meeting_id = ? AND status <> 'cancelled'"),
    confirm: db.prepare(
      'UPDATE attendance_meetings SET minutes_confirmed_at = ?, minutes_confirmed_on = ? WHERE meeting_id = ?',
    ),
    cancel: db.prepare(
      "UPDATE attendance_meetings SET status = 'cancelled', cancellation_reason = ? WHERE meeting_id = ?",
    ),
    admit: db.prepare(
      'INSERT OR REPLACE INTO attendance_memberships (body_id, organisation_id, admitted_on, ' +
        'withdrawn_on) VALUES (?, ?, ?, NULL)',
    ),
    withdraw: db.prepare(
      'UPDATE attendance_memberships SET withdrawn_on = ? WHERE body_id = ? AND organisation_id = ' +
        '? AND withdrawn_on IS NULL',
    ),
    rules: db.prepare(
      'INSERT OR REPLACE INTO attendance_rules (body_id, missed_meetings_limit, notice_days) VALUES (?, ?, ?)',
    ),
    papers: db.prepare('UPDATE attendance_meetings SET papers_published_on = ? WHERE meeting_id = ?'),

    /** Appends after anything recorded earlier for the meeting, so a second AttendanceRecorded adds people. */
    people(meetingId: string, present: readonly Attendee[], apologies: readonly Apology[]) {
      let seq = nextSeq.get(meetingId)!.next;
      const row = (role: string, who: Apology, attendee?: Attendee) => ({
        meetingId,
        seq: seq++,
        role,
        person: who.person,
        organisationId: who.organisationId ?? null,
        description: who.description ?? null,
        capacity: attendee?.capacity ?? null,
        chair: attendee?.chair ? 1 : 0,
        substituteFor: attendee?.substituteFor ?? null,
      });
      for (const attendee of present) person.run(row('present', attendee, attendee));
      for (const apology of apologies) person.run(row('apologies', apology));
    },
  };
}

function fold(write: ReturnType<typeof statements>, event: ProjectedEvent): void {
  switch (event.type) {
    case 'MeetingScheduled':
      write.schedule.run(event.data.meetingId, event.data.bodyId, event.data.date, event.data.venue ?? null);
      return;
    case 'MeetingRescheduled':
      write.reschedule.run(event.data.date, event.data.meetingId);
      return;
    case 'MeetingVenueChanged':
      write.venue.run(event.data.venue, event.data.meetingId);
      return;
    case 'AttendanceRecorded':
      write.people(event.data.meetingId, event.data.present, event.data.apologies);
      write.held.run(event.data.meetingId);
      return;
    case 'MinutesConfirmed':
      write.confirm.run(event.data.confirmedAtMeetingId, event.data.confirmedOn, event.data.meetingId);
      return;
    case 'MeetingCancelled':
      write.cancel.run(event.data.reason, event.data.meetingId);
      return;
    case 'MemberAdmitted':
      write.admit.run(event.data.bodyId, event.data.organisationId, event.data.admittedOn);
      return;
    case 'MemberWithdrawn':
      write.withdraw.run(event.data.withdrawnOn, event.data.bodyId, event.data.organisationId);
      return;
    case 'TermsOfReferenceAdopted':
      write.rules.run(event.data.bodyId, event.data.missedMeetingsLimit ?? null, event.data.noticeDays ?? null);
      return;
    case 'PapersPublished':
      write.papers.run(event.data.publishedOn, event.data.meetingId);
      return;
  }
}

export const attendanceProjection: Projection = {
  name: ATTENDANCE,
  version: 4,
  tables: attendanceTables,
  tableNames: attendanceTableNames,
  prepare(db) {
    const write = statements(db);
    return (event) => fold(write, event);
  },
};
