/**
 * Meetings still to come: scheduled and later than the body's latest held meeting. A past meeting
 * known only by its date (e.g. one whose minutes a later meeting confirmed) stays "scheduled" in
 * the attendance read model, but is not upcoming.
 */
import type { AttendanceReport } from '../../projections/attendance/index.js';

type MeetingAttendance = AttendanceReport['meetings'][number];

export function upcomingMeetings(meetings: readonly MeetingAttendance[]): MeetingAttendance[] {
  const lastHeld = new Map<string, string>();
  for (const m of meetings) if ((m.status === 'held' || m.status === 'minutes-confirmed') && m.date > (lastHeld.get(m.bodyId) ?? '')) lastHeld.set(m.bodyId, m.date);
  return meetings.filter((m) => m.status === 'scheduled' && m.date > (lastHeld.get(m.bodyId) ?? ''));
}
