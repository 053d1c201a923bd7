/**
 * The work programme read model's fold: each planned item where it stands now, every replan (only
 * ever added), and its own copy of the meetings' dates and whether they were held, so "planned for
 * a meeting held without it" is a query. Items and meetings are updated in place and keep their
 * versions (../versions.ts).
 */
import type Database from 'better-sqlite3';
import { workProgrammeEventSchemas, type WorkProgrammeEvent } from '../../domain/work-programme/events.js';
import type { MeetingsEvent } from '../../domain/meetings/events.js';
import type { TaskGroupEvent } from '../../domain/work-programme/task-group.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { reviewAppendOnly, reviewEventTypes, reviewFold, reviewTableNames, reviewTables } from './reviews.js';

const TABLES = `
CREATE TABLE IF NOT EXISTS work_programme_items (
  plan_item_id TEXT PRIMARY KEY,
  body_id      TEXT NOT NULL,
  title        TEXT NOT NULL,
  kind         TEXT NOT NULL,
  lead_officer TEXT NOT NULL,
  meeting_id   TEXT,
  month        TEXT NOT NULL,
  status       TEXT NOT NULL,
  taken_at     TEXT,
  closed_on    TEXT,
  drop_reason  TEXT
);
CREATE TABLE IF NOT EXISTS work_programme_replans (
  plan_item_id    TEXT NOT NULL,
  from_meeting_id TEXT,
  from_month      TEXT NOT NULL,
  meeting_id      TEXT,
  month           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  position        INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS work_programme_task_groups (
  task_group_id TEXT PRIMARY KEY,
  body_id       TEXT NOT NULL,
  name          TEXT NOT NULL,
  remit         TEXT NOT NULL,
  chair         TEXT NOT NULL,
  members       TEXT NOT NULL,
  proposal_id   TEXT NOT NULL,
  resolution    TEXT NOT NULL,
  set_up_on     TEXT NOT NULL,
  ends_on       TEXT NOT NULL,
  position      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS work_programme_meetings (
  meeting_id TEXT PRIMARY KEY,
  date       TEXT NOT NULL,
  held       INTEGER NOT NULL DEFAULT 0
);
`;

type Folded =
  | WorkProgrammeEvent
  | TaskGroupEvent
  | Extract<MeetingsEvent, { type: 'MeetingScheduled' | 'MeetingRescheduled' | 'AttendanceRecorded' }>;
const foldedTypes: ReadonlySet<string> = new Set([
  ...Object.keys(workProgrammeEventSchemas),
  'MeetingScheduled',
  'MeetingRescheduled',
  'AttendanceRecorded',
  'TaskGroupSetUp',
]);
const reviewTypes: ReadonlySet<string> = new Set(reviewEventTypes);

function isFolded(event: ProjectedEvent): event is ProjectedEvent & Folded {
  return foldedTypes.has(event.type);
}

function prepare(db: Database.Database): (event: ProjectedEvent) => void {
  const planned = db.prepare(
    `INSERT INTO work_programme_items (plan_item_id, body_id, title, kind, lead_officer, meeting_id, month, status)
     VALUES (@planItemId, @bodyId, @title, @kind, @leadOfficer, @meetingId, @month, 'planned')`,
  );
  const moved = db.prepare('UPDATE work_programme_items SET meeting_id = ?, month = ? WHERE plan_item_id = ?');
  const replan = db.prepare(
    `INSERT INTO work_programme_replans (plan_item_id, from_meeting_id, from_month, meeting_id, month, reason, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const closed = db.prepare(
    'UPDATE work_programme_items SET status = ?, taken_at = ?, closed_on = ?, drop_reason = ? WHERE plan_item_id = ?',
  );
  const meeting = db.prepare(
    'INSERT OR REPLACE INTO work_programme_meetings (meeting_id, date, held) VALUES (?, ?, 0)',
  );
  const moveMeeting = db.prepare('UPDATE work_programme_meetings SET date = ? WHERE meeting_id = ?');
  const group = db.prepare(
    `INSERT INTO work_programme_task_groups (task_group_id, body_id, name, remit, chair, members, proposal_id,
      resolution, set_up_on, ends_on, position)
     VALUES (@taskGroupId, @bodyId, @name, @remit, @chair, @members, @proposalId, @resolution, @setUpOn, @endsOn,
       @position)`,
  );
  const held = db.prepare('UPDATE work_programme_meetings SET held = 1 WHERE meeting_id = ?');
  const afterSetUp = reviewFold(db);
  return (event) => {
    if (reviewTypes.has(event.type)) afterSetUp(event);
    if (!isFolded(event)) return;
    switch (event.type) {
      case 'ItemPlanned': {
        const { planItemId, bodyId, title, kind, leadOfficer, meetingId, month } = event.data;
        planned.run({ planItemId, bodyId, title, kind, leadOfficer, meetingId: meetingId ?? null, month });
        return;
      }
      case 'ItemReplanned': {
        const { planItemId, fromMeetingId, fromMonth, meetingId, month, reason } = event.data;
        moved.run(meetingId ?? null, month, planItemId);
        replan.run(
          planItemId,
          fromMeetingId ?? null,
          fromMonth,
          meetingId ?? null,
          month,
          reason,
          Number(event.position),
        );
        return;
      }
      case 'ItemTaken':
        closed.run('taken', event.data.meetingId, event.data.takenOn, null, event.data.planItemId);
        return;
      case 'ItemDropped':
        closed.run('dropped', null, event.data.droppedOn, event.data.reason, event.data.planItemId);
        return;
      case 'MeetingScheduled':
        meeting.run(event.data.meetingId, event.data.date);
        return;
      case 'MeetingRescheduled':
        moveMeeting.run(event.data.date, event.data.meetingId);
        return;
      case 'AttendanceRecorded':
        held.run(event.data.meetingId);
        return;
      case 'TaskGroupSetUp': {
        const { taskGroupId, bodyId, name, remit, chair, members, setUpBy, setUpOn, endsOn } = event.data;
        const { proposalId, resolution } = setUpBy;
        const position = Number(event.position);
        const row = { taskGroupId, bodyId, name, remit, chair, members: JSON.stringify(members), setUpOn, endsOn };
        group.run({ ...row, proposalId, resolution, position });
        return;
      }
    }
  };
}

/** The forward plan's question: what is planned for each body, what was taken, and what slipped. */
export const workProgrammeProjection: Projection = {
  name: 'work_programme',
  version: 2,
  tables: TABLES + reviewTables,
  tableNames: [
    ...reviewTableNames,
    'work_programme_task_groups',
    'work_programme_replans',
    'work_programme_items',
    'work_programme_meetings',
  ],
  appendOnly: { work_programme_replans: 'position', work_programme_task_groups: 'position', ...reviewAppendOnly },
  prepare,
};
