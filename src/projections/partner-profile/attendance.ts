/** The partner's attendance, counted exactly as the attendance report counts it (see attendance/record.ts). */
import type Database from 'better-sqlite3';
import { outcomesOf, summarise, type HeldMeeting, type Membership } from '../attendance/record.js';
import type { PartnerProfile } from './view.js';

type MeetingRow = {
  meeting_id: string;
  body_id: string;
  date: string;
  attended: number | null;
  apologised: number | null;
};

export function attendanceOf(
  db: Database.Database,
  organisationId: string,
  memberships: readonly Membership[],
): PartnerProfile['attendance'] {
  // Held meetings of every body it belonged to or came to; only its own presence matters here.
  const rows = db
    .prepare<[string, string, string], MeetingRow>(
      `SELECT m.meeting_id, m.body_id, m.date, p.attended, p.apologised FROM partner_profile_meetings m
         LEFT JOIN partner_profile_presence p ON p.meeting_id = m.meeting_id AND p.organisation_id = ?
        WHERE m.status = 'held' AND (m.body_id IN (SELECT body_id FROM partner_profile_memberships WHERE
          organisation_id = ?)
           OR m.meeting_id IN (SELECT meeting_id FROM partner_profile_presence WHERE organisation_id = ?))
        ORDER BY m.date, m.meeting_id`,
    )
    .all(organisationId, organisationId, organisationId);
  const meetings: HeldMeeting[] = rows.map((row) => ({
    meetingId: row.meeting_id,
    bodyId: row.body_id,
    date: row.date,
    attended: new Set(row.attended === 1 ? [organisationId] : []),
    apologised: new Set(row.apologised === 1 ? [organisationId] : []),
  }));
  const outcomes = outcomesOf(organisationId, meetings, memberships);
  const bodies = [...new Set(outcomes.map((o) => o.meeting.bodyId))].sort();
  return {
    total: { bodyId: null, ...summarise(outcomes) },
    byBody: bodies.map((bodyId) => ({ bodyId, ...summarise(outcomes.filter((o) => o.meeting.bodyId === bodyId)) })),
  };
}
