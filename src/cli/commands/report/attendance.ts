/**
 * `ledger report attendance`: who came to each meeting, each organisation's record at each body,
 * and members no one attended for at the body's limit of meetings in a row.
 */
import { csvTable } from '../../../audit/csv.js';
import {
  attendance,
  missedMeetingRuns,
  type AttendanceReport,
  type MissedMeetingsReport,
} from '../../../projections/attendance/index.js';
import { formatDate } from '../../../web/shared/format.js';
import type { Names } from '../../../web/shared/names.js';
import type { ReportKind } from './report-kind.js';
import { textTable } from './table.js';

type Attendance = AttendanceReport & { missedMeetings: MissedMeetingsReport['runs'] };

type Meeting = AttendanceReport['meetings'][number];
type Organisation = AttendanceReport['organisations'][number];
type Run = MissedMeetingsReport['runs'][number];
type Person = AttendanceReport['people'][number];

/** Apologies by name, meeting by meeting, with who stood in for each person (and whether as the nominated deputy). */
function apologyLines(meetings: readonly Meeting[], names: Names): string[] {
  return meetings
    .filter((meeting) => meeting.apologies.length > 0)
    .flatMap((meeting) => [
      '',
      `Apologies, ${names.meeting(meeting.meetingId)}:`,
      ...meeting.apologies.map((apology) => {
        const substitute = meeting.present.find(
          (p) => p.substituteFor === apology.person && p.organisationId === apology.organisationId,
        );
        const forWhom = apology.organisationId
          ? names.organisation(apology.organisationId)
          : (apology.description ?? '');
        const deputy = substitute?.nominatedDeputy ? ', the nominated deputy,' : '';
        return (
          `  ` +
          `${apology.person}${forWhom ? ` (${forWhom})` : ''}` +
          (substitute ? `: ${substitute.person}${deputy} attended in their place` : '')
        );
      }),
    ]);
}

/** "published 2018-09-17, late (7 days' notice)", or nothing when the ledger has no publication date. */
function papersCell(meeting: Meeting): string {
  if (meeting.papersPublishedOn === null) return '';
  const notice = meeting.noticeDays === null ? '' : ` (${meeting.noticeDays} days' notice)`;
  return `published ${meeting.papersPublishedOn}${meeting.papersLate ? `, papers late${notice}` : ''}`;
}

const rate = (row: Organisation) => (row.attendanceRate === null ? '' : `${Math.round(row.attendanceRate * 100)}%`);

function runLine(run: Run, names: Names): string {
  const dates = run.meetings
    .map((meeting) => `${meeting.date}${meeting.sentApologies ? ' (apologies)' : ''}`)
    .join(', ');
  return (
    `  ! ${names.organisation(run.organisationId)} missed ${run.missed} ` +
    `${names.body(run.bodyId)} meetings in a row (limit ` +
    `${run.limit})${run.ongoing ? ', and has not attended since' : ''}: ${dates}`
  );
}

function tableLines(report: Attendance, names: Names): string[] {
  if (report.meetings.length === 0) return ['No meetings recorded.'];
  return [
    'Meetings:',
    ...textTable<Meeting>(
      [
        ...(names.showsIds ? [{ header: 'meeting', value: (m: Meeting) => m.meetingId }] : []),
        { header: 'date', value: (m) => m.date },
        { header: 'body', value: (m) => names.body(m.bodyId), maxWidth: 30 },
        {
          header: 'status',
          // Minutes are confirmed by a later meeting of the same body, so its date names it.
          value: (m) =>
            m.minutesConfirmed ? `minutes confirmed at the meeting of ${m.minutesConfirmed.on}` : m.status,
        },
        { header: 'papers', value: papersCell },
        { header: 'people', value: (m) => String(m.present.length), align: 'right' },
        { header: 'apologies', value: (m) => String(m.apologies.length), align: 'right' },
        {
          header: 'members absent',
          value: (m) => m.membersAbsent.map((id) => names.organisation(id)).join(', '),
          maxWidth: 50,
        },
      ],
      report.meetings,
    ),
    '',
    'Organisations:',
    ...textTable<Organisation>(
      [
        { header: 'body', value: (o) => names.body(o.bodyId), maxWidth: 30 },
        { header: 'organisation', value: (o) => names.organisation(o.organisationId), maxWidth: 40 },
        { header: 'meetings', value: (o) => String(o.meetings), align: 'right' },
        { header: 'attended', value: (o) => String(o.attended), align: 'right' },
        { header: 'apologies', value: (o) => String(o.apologies), align: 'right' },
        { header: 'absent', value: (o) => String(o.absent), align: 'right' },
        { header: 'substitutes', value: (o) => String(o.substitutes), align: 'right' },
        { header: 'rate', value: rate, align: 'right' },
      ],
      report.organisations,
    ),
    ...report.missedMeetings.map((run) => runLine(run, names)),
    ...apologyLines(report.meetings, names),
    '',
    'People:',
    ...textTable<Person>(
      [
        { header: 'body', value: (p) => names.body(p.bodyId), maxWidth: 30 },
        { header: 'person', value: (p) => p.person },
        {
          header: 'organisation',
          value: (p) => p.organisationIds.map((id) => names.organisation(id)).join(', '),
          maxWidth: 40,
        },
        { header: 'attended', value: (p) => String(p.attended), align: 'right' },
        { header: 'apologies', value: (p) => String(p.apologies), align: 'right' },
        {
          header: 'substitute for',
          value: (p) => p.substituteFor.map((s) => `${s.person}, ${formatDate(s.date)}`).join('; '),
        },
        {
          header: 'substituted by',
          value: (p) => p.substitutedBy.map((s) => `${s.person}, ${formatDate(s.date)}`).join('; '),
        },
      ],
      report.people,
    ),
  ];
}

export const attendanceReportKind: ReportKind<Attendance, typeof attendance.filters> = {
  name: 'attendance',
  description: 'attendance per meeting and per organisation, and members that missed the limit of meetings in a row',
  filters: attendance.filters,
  query: (db, filters) => {
    const { bodyId, organisationId } = filters;
    const missed = missedMeetingRuns.read(db, {
      ...(bodyId ? { bodyId } : {}),
      ...(organisationId ? { organisationId } : {}),
    });
    return { ...attendance.read(db, filters), missedMeetings: missed.runs };
  },
  table: tableLines,
  csv: (report) =>
    csvTable<Organisation>(
      [
        ['body_id', (o) => o.bodyId],
        ['organisation_id', (o) => o.organisationId],
        ['meetings', (o) => o.meetings],
        ['attended', (o) => o.attended],
        ['apologies', (o) => o.apologies],
        ['absent', (o) => o.absent],
        ['substitutes', (o) => o.substitutes],
        ['attendance_rate', (o) => o.attendanceRate],
      ],
      report.organisations,
    ),
};
