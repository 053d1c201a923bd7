/**
 * Meetings by where they stand against a date (today, or the date the page is viewed as at):
 * still to come (scheduled on or after it), and past but with no minutes recorded (scheduled
 * before it). A demo of past minutes has nothing to come today; viewed as at 1 July 2018 it does.
 */
import type { AttendanceReport } from '../../projections/attendance/index.js';

type MeetingAttendance = AttendanceReport['meetings'][number];

const byDate = (a: MeetingAttendance, b: MeetingAttendance) => a.date.localeCompare(b.date);

/** Scheduled meetings on or after `on` (YYYY-MM-DD), earliest first. */
export function upcomingMeetings(meetings: readonly MeetingAttendance[], on: string): MeetingAttendance[] {
  return meetings.filter((m) => m.status === 'scheduled' && m.date >= on).sort(byDate);
}

/** Meetings still only scheduled although their date has passed: the clerk has minutes to record. */
export function meetingsAwaitingMinutes(meetings: readonly MeetingAttendance[], on: string): MeetingAttendance[] {
  return meetings.filter((m) => m.status === 'scheduled' && m.date < on).sort(byDate);
}
