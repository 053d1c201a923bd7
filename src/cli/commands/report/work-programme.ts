/**
 * `ledger report work-programme [--body BODY] [--slipped-on DATE]`: the items planned for each
 * body's meetings, their lead officers and where they stand; narrowed to those that slipped.
 */
import { csvTable } from '../../../audit/csv.js';
import {
  listWorkProgramme,
  WorkProgrammeFilters,
  type WorkProgrammeList,
} from '../../../projections/work-programme/index.js';
import type { ReportKind } from './report-kind.js';

type Row = WorkProgrammeList['items'][number];

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
  description: "items planned for bodies' meetings and where they stand; --body BODY, --slipped-on DATE",
  filters: WorkProgrammeFilters,
  query: (db, filters) => listWorkProgramme(db, filters),
  table: (list) => [
    ...(list.items.length === 0 ? ['No planned items match.'] : list.items.flatMap(lines)),
    ...list.taskGroups.flatMap((g) => [
      `task group ${g.taskGroupId}  ${g.bodyId}  chair: ${g.chair}  reports back by ${g.endsOn}`,
      `  ${g.name}: ${g.remit}`,
      `  set up by ${g.setUpBy.proposalId} ${g.setUpBy.resolution}) on ${g.setUpOn}; members: ${g.members.join(', ')}`,
      '',
    ]),
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
