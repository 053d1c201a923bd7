/** Which meetings are still to come, and which passed while still only scheduled, against a date. */
import { describe, expect, it } from 'vitest';
import { meetingsAwaitingMinutes, upcomingMeetings } from '../../../src/web/meetings/upcoming.js';
import type { AttendanceReport } from '../../../src/projections/attendance/index.js';

type Meeting = AttendanceReport['meetings'][number];
const meeting = (meetingId: string, date: string, status: Meeting['status']) =>
  ({ meetingId, date, status, bodyId: 'leadership-gloucestershire' }) as Meeting;

// The 14 June 2018 minutes, item 10: "future meetings", 26 July, 11 October and 6 December 2018.
const meetings = [
  meeting('lg-2018-06-14', '2018-06-14', 'minutes-confirmed'),
  meeting('lg-2018-12-06', '2018-12-06', 'scheduled'),
  meeting('lg-2018-07-26', '2018-07-26', 'scheduled'),
  meeting('lg-2018-10-11', '2018-10-11', 'cancelled'),
];

describe('meetings against a date', () => {
  it('as at 1 July 2018, both scheduled meetings are to come, earliest first', () => {
    expect(upcomingMeetings(meetings, '2018-07-01').map((m) => m.meetingId)).toEqual([
      'lg-2018-07-26',
      'lg-2018-12-06',
    ]);
    expect(meetingsAwaitingMinutes(meetings, '2018-07-01')).toEqual([]);
  });

  it('a meeting on the day itself is still to come', () => {
    expect(upcomingMeetings(meetings, '2018-12-06').map((m) => m.meetingId)).toEqual(['lg-2018-12-06']);
  });

  it('today, none is to come; the two still scheduled have passed without being recorded as held', () => {
    expect(upcomingMeetings(meetings, '2026-12-02')).toEqual([]);
    expect(meetingsAwaitingMinutes(meetings, '2026-12-02').map((m) => m.meetingId)).toEqual([
      'lg-2018-07-26',
      'lg-2018-12-06',
    ]);
  });
});
