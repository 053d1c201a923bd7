/** Attendance: who came to each meeting, each organisation's record, and members that missed three meetings in a row. */
export { attendanceProjection } from './projection.js';
export { attendanceReport, missedMeetings } from './query.js';
export { AttendanceFilters, AttendanceReport, MissedMeetingsFilters, MissedMeetingsReport } from './view.js';
