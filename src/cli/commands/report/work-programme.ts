/**
 * `ledger report work-programme [--body BODY] [--slipped-on DATE]`: the items planned for each
 * body's meetings, their lead officers and where they stand (narrowed to those that slipped); the
 * task groups, with their reports back and whether they have ended; and when each body last
 * reviewed its work programme.
 */
import { csvTable } from '../../../audit/csv.js';
import {
  listWorkProgramme,
  WorkProgrammeFilters,
  type WorkProgrammeList,
} from '../../../projections/work-programme/index.js';
import type { Names } from '../../../web/shared/names.js';
import { slipReason } from '../../../web/shared/slip-reasons.js';
import type { ReportKind } from './report-kind.js';

type Row = WorkProgrammeList['items'][number];
type Group = WorkProgrammeList['taskGroups'][number];

function groupLines(g: Group, names: Names): string[] {
  const standing =
    g.status === 'ended' ? `ended on ${g.endedOn ?? '?'}${g.endReason ? `: ${g.endReason}` : ''}` : 'active';
  return [
    `task group ${g.name}${names.idAfter(g.taskGroupId)} of ${names.body(g.bodyId)}  chair: ${g.chair}  ` +
      `reports back by ${g.endsOn}  (${standing})`,
    `  ${g.remit}`,
    `  set up by ${names.minute(g.setUpBy)} on ${g.setUpOn}; ` + `members: ${g.members.join(', ')}`,
    ...g.reports.map(
      (r) => `  reported back to ${names.meeting(r.meetingId)}, item ${r.item} on ${r.reportedOn}: ${r.summary}`,
    ),
    '',
  ];
}

function lines(row: Row, names: Names): string[] {
  const when = row.meetingId ? names.meeting(row.meetingId) : row.month;
  const where =
    row.status === 'taken'
      ? `taken at ${row.takenAt ? names.meeting(row.takenAt) : '?'} on ${row.closedOn ?? '?'}`
      : row.status === 'dropped'
        ? `dropped on ${row.closedOn ?? '?'}: ${row.dropReason ?? ''}`
        : `planned for ${when}`;
  const place = (meetingId: string | null, month: string) => (meetingId ? names.meeting(meetingId) : month);
  return [
    `${row.title}${names.idAfter(row.planItemId)}`,
    `  ${names.body(row.bodyId)}, for ${row.kind}, lead: ${row.leadOfficer}`,
    `  ${where}`,
    ...row.replans.map(
      (r) => `  moved from ${place(r.fromMeetingId, r.fromMonth)} to ${place(r.meetingId, r.month)}: ${r.reason}`,
    ),
    ...(row.slipped.length > 0
      ? [`  slipped: ${row.slipped.map((reason) => slipReason(reason, names)).join('; ')}`]
      : []),
    '',
  ];
}

export const workProgrammeReportKind: ReportKind<WorkProgrammeList, typeof WorkProgrammeFilters> = {
  name: 'work-programme',
  description:
    "items planned for bodies' meetings and where they stand, task groups and their reports " +
    "back, and each body's last work programme review; --body BODY, --slipped-on DATE",
  filters: WorkProgrammeFilters,
  query: (db, filters) => listWorkProgramme(db, filters),
  table: (list, names) => [
    ...(list.items.length === 0 ? ['No planned items match.'] : list.items.flatMap((row) => lines(row, names))),
    ...list.taskGroups.flatMap((group) => groupLines(group, names)),
    ...list.reviews.map(
      (r) =>
        `work programme of ${names.body(r.bodyId)} last reviewed on ${r.lastReviewedOn} ` +
        `(${names.meeting(r.meetingId)}, item ${r.item})${r.note ? `: ${r.note}` : ''}`,
    ),
  ],
  csv: (list) =>
    csvTable<Row>(
      [
        ['plan_item_id', (row) => row.planItemId],
        ['body', (row) => row.bodyId],
        ['kind', (row) => row.kind],
        ['lead_officer', (row) => row.leadOfficer],
        ['meeting', (row) => row.meetingId ?? ''],
        ['month', (row) => row.month],
        ['status', (row) => row.status],
        ['taken_at', (row) => row.takenAt ?? ''],
        ['closed_on', (row) => row.closedOn ?? ''],
        ['replans', (row) => String(row.replans.length)],
        ['slipped', (row) => row.slipped.join('; ')],
        ['title', (row) => row.title],
      ],
      list.items,
    ),
};
