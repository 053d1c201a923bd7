/** Attendance: who came to each meeting, each organisation's record, and members that missed three meetings running. */
import type { ReadModel } from '../read.js';
import { attendanceProjection } from './projection.js';
import { attendanceReport, missedMeetings } from './query.js';
import { AttendanceFilters, AttendanceReport, MissedMeetingsFilters, MissedMeetingsReport } from './view.js';

export { attendanceProjection } from './projection.js';
export { attendanceReport, missedMeetings } from './query.js';
export { AttendanceFilters, AttendanceReport, MissedMeetingsFilters, MissedMeetingsReport } from './view.js';

export const attendance: ReadModel<typeof AttendanceFilters, typeof AttendanceReport> = {
  projection: attendanceProjection,
  filters: AttendanceFilters,
  view: AttendanceReport,
  read: attendanceReport,
};

/** The same read model's second question: members no one attended for at the body's limit of meetings in a row. */
export const missedMeetingRuns: ReadModel<typeof MissedMeetingsFilters, typeof MissedMeetingsReport> = {
  projection: attendanceProjection,
  filters: MissedMeetingsFilters,
  view: MissedMeetingsReport,
  read: missedMeetings,
};
