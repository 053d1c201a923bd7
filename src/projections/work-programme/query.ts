/**
 * Questions put to the work programme read model. An item slipped by date D if it was replanned,
 * or if on D it was still open and its meeting had been held by D without it (or, planned for a
 * month only, that month had ended). Without D, the meeting held by now, or any replan, counts.
 */
import type Database from 'better-sqlite3';
import { lastReviews, taskGroupProgress } from './reviews.js';
import { WorkProgrammeFilters, type PlanItemView, type TaskGroupView, type WorkProgrammeList } from './view.js';

interface Row {
  plan_item_id: string;
  body_id: string;
  title: string;
  kind: PlanItemView['kind'];
  lead_officer: string;
  meeting_id: string | null;
  month: string;
  status: PlanItemView['status'];
  taken_at: string | null;
  closed_on: string | null;
  drop_reason: string | null;
  meeting_date: string | null;
  meeting_held: number | null;
}

interface ReplanRow {
  from_meeting_id: string | null;
  from_month: string;
  meeting_id: string | null;
  month: string;
  reason: string;
}

interface GroupRow {
  task_group_id: string;
  body_id: string;
  name: string;
  remit: string;
  chair: string;
  members: string;
  proposal_id: string;
  resolution: string;
  set_up_on: string;
  ends_on: string;
}

function taskGroupsOf(db: Database.Database, body: string | null): TaskGroupView[] {
  return db
    .prepare<{ body: string | null }, GroupRow>(
      `SELECT * FROM work_programme_task_groups WHERE @body IS NULL OR body_id = @body
       ORDER BY ends_on, task_group_id`,
    )
    .all({ body })
    .map((row) => ({
      taskGroupId: row.task_group_id,
      bodyId: row.body_id,
      name: row.name,
      remit: row.remit,
      chair: row.chair,
      members: JSON.parse(row.members) as string[],
      setUpBy: { proposalId: row.proposal_id, resolution: row.resolution },
      setUpOn: row.set_up_on,
      endsOn: row.ends_on,
      ...taskGroupProgress(db, row.task_group_id),
    }));
}

function slippedBecause(row: Row, replans: number, on: string | undefined): string[] {
  const reasons = replans > 0 ? [`replanned ${replans} time${replans === 1 ? '' : 's'}`] : [];
  const openOn = row.status === 'planned' || (on !== undefined && (row.closed_on ?? '') > on);
  if (!openOn) return reasons;
  if (row.meeting_id !== null && row.meeting_held === 1 && (on === undefined || (row.meeting_date ?? '') <= on))
    return [...reasons, `meeting ${row.meeting_id} was held without it`];
  if (row.meeting_id === null && on !== undefined && row.month < on.slice(0, 7))
    return [...reasons, `${row.month} ended without it`];
  return reasons;
}

export function listWorkProgramme(db: Database.Database, filters: WorkProgrammeFilters): WorkProgrammeList {
  const valid = WorkProgrammeFilters.parse(filters);
  const rows = db
    .prepare<{ body: string | null }, Row>(
      `SELECT i.*, m.date AS meeting_date, m.held AS meeting_held FROM work_programme_items i
       LEFT JOIN work_programme_meetings m ON m.meeting_id = i.meeting_id
       WHERE @body IS NULL OR i.body_id = @body ORDER BY i.body_id, i.month, i.plan_item_id`,
    )
    .all({ body: valid.bodyId ?? null });
  const replansOf = db.prepare<[string], ReplanRow>(
    'SELECT * FROM work_programme_replans WHERE plan_item_id = ? ORDER BY position',
  );
  const items = rows.map((row): PlanItemView => {
    const replans = replansOf.all(row.plan_item_id).map((r) => ({
      fromMeetingId: r.from_meeting_id,
      fromMonth: r.from_month,
      meetingId: r.meeting_id,
      month: r.month,
      reason: r.reason,
    }));
    return {
      planItemId: row.plan_item_id,
      bodyId: row.body_id,
      title: row.title,
      kind: row.kind,
      leadOfficer: row.lead_officer,
      meetingId: row.meeting_id,
      month: row.month,
      status: row.status,
      takenAt: row.taken_at,
      closedOn: row.closed_on,
      dropReason: row.drop_reason,
      replans,
      slipped: slippedBecause(row, replans.length, valid.slippedOn),
    };
  });
  const slipped = valid.slippedOn === undefined ? items : items.filter((item) => item.slipped.length > 0);
  const body = valid.bodyId ?? null;
  return { items: slipped, taskGroups: taskGroupsOf(db, body), reviews: lastReviews(db, body) };
}
