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
import type { ReportKind } from './report-kind.js';

type Row = WorkProgrammeList['items'][number];
type Group = WorkProgrammeList['taskGroups'][number];

function groupLines(g: Group): string[] {
  const standing =
    g.status === 'ended' ? `ended on ${g.endedOn ?? '?'}${g.endReason ? `: ${g.endReason}` : ''}` : 'active';
  return [
    `task group ${g.taskGroupId}  ${g.bodyId}  chair: ${g.chair}  reports back by ${g.endsOn}  (${standing})`,
    `  ${g.name}: ${g.remit}`,
    `  set up by ${g.setUpBy.proposalId} ${g.setUpBy.resolution}) on ${g.setUpOn}; members: ${g.members.join(', ')}`,
    ...g.reports.map((r) => `  reported back to ${r.meetingId} item ${r.item} on ${r.reportedOn}: ${r.summary}`),
    '',
  ];
}

function lines(row: Row): string[] {
  const when = row.meetingId ?? row.month;
  const where =
    row.status === 'taken'
      ? `taken at ${row.takenAt ?? '?'} on ${row.closedOn ?? '?'}`
      : row.status === 'dropped'
        ? `dropped on ${row.closedOn ?? '?'}: ${row.dropReason ?? ''}`
        : `planned for ${when}`;
  return [
    `${row.planItemId}  ${row.bodyId}  ${row.kind}  lead: ${row.leadOfficer}`,
    `  ${row.title}`,
    `  ${where}`,
    ...row.replans.map(
      (r) => `  moved from ${r.fromMeetingId ?? r.fromMonth} to ${r.meetingId ?? r.month}: ${r.reason}`,
    ),
    ...(row.slipped.length > 0 ? [`  slipped: ${row.slipped.join('; ')}`] : []),
    '',
  ];
}

export const workProgrammeReportKind: ReportKind<WorkProgrammeList, typeof WorkProgrammeFilters> = {
  name: 'work-programme',
  description:
    "items planned for bodies' meetings and where they stand, task groups and their reports back, and each body's last work programme review; --body BODY, --slipped-on DATE",
  filters: WorkProgrammeFilters,
  query: (db, filters) => listWorkProgramme(db, filters),
  table: (list) => [
    ...(list.items.length === 0 ? ['No planned items match.'] : list.items.flatMap(lines)),
    ...list.taskGroups.flatMap(groupLines),
    ...list.reviews.map(
      (r) =>
        `work programme of ${r.bodyId} last reviewed on ${r.lastReviewedOn} (${r.meetingId} item ${r.item})${r.note ? `: ${r.note}` : ''}`,
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
