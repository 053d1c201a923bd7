/**
 * The work programme read model's record of what happened after a task group was set up (each
 * report back to its body, its end) and of each body's work programme reviews. Every row is only
 * ever added, so the tables are append-only.
 */
import type Database from 'better-sqlite3';
import type { ProjectedEvent } from '../projection.js';
import type { BodyReviewView, TaskGroupView } from './view.js';

export const reviewTables = `
CREATE TABLE IF NOT EXISTS work_programme_task_group_reports (
  task_group_id TEXT NOT NULL,
  meeting_id    TEXT NOT NULL,
  item          TEXT NOT NULL,
  reported_on   TEXT NOT NULL,
  summary       TEXT NOT NULL,
  position      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS work_programme_task_group_ends (
  task_group_id TEXT NOT NULL,
  ended_on      TEXT NOT NULL,
  reason        TEXT,
  position      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS work_programme_reviews (
  body_id     TEXT NOT NULL,
  meeting_id  TEXT NOT NULL,
  item        TEXT NOT NULL,
  reviewed_on TEXT NOT NULL,
  note        TEXT,
  position    INTEGER NOT NULL
);
`;

export const reviewTableNames = [
  'work_programme_task_group_reports',
  'work_programme_task_group_ends',
  'work_programme_reviews',
] as const;

export const reviewAppendOnly = {
  work_programme_task_group_reports: 'position',
  work_programme_task_group_ends: 'position',
  work_programme_reviews: 'position',
} as const;

export const reviewEventTypes = ['TaskGroupReportedBack', 'TaskGroupEnded', 'WorkProgrammeReviewed'] as const;

export function reviewFold(db: Database.Database): (event: ProjectedEvent) => void {
  const report = db.prepare(
    `INSERT INTO work_programme_task_group_reports (task_group_id, meeting_id, item, reported_on, summary, position)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const end = db.prepare(
    'INSERT INTO work_programme_task_group_ends (task_group_id, ended_on, reason, position) VALUES (?, ?, ?, ?)',
  );
  const review = db.prepare(
    `INSERT INTO work_programme_reviews (body_id, meeting_id, item, reviewed_on, note, position)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return (event) => {
    const position = Number(event.position);
    switch (event.type) {
      case 'TaskGroupReportedBack': {
        const { taskGroupId, meetingId, item, reportedOn, summary } = event.data;
        report.run(taskGroupId, meetingId, item, reportedOn, summary, position);
        return;
      }
      case 'TaskGroupEnded':
        end.run(event.data.taskGroupId, event.data.endedOn, event.data.reason ?? null, position);
        return;
      case 'WorkProgrammeReviewed': {
        const { bodyId, meetingId, item, reviewedOn, note } = event.data;
        review.run(bodyId, meetingId, item, reviewedOn, note ?? null, position);
        return;
      }
    }
  };
}

/** Where a task group stands: its reports back, oldest first, and its end, if it has ended. */
export function taskGroupProgress(
  db: Database.Database,
  taskGroupId: string,
): Pick<TaskGroupView, 'status' | 'endedOn' | 'endReason' | 'reports'> {
  const reports = db
    .prepare<[string], { meeting_id: string; item: string; reported_on: string; summary: string }>(
      'SELECT * FROM work_programme_task_group_reports WHERE task_group_id = ? ORDER BY position',
    )
    .all(taskGroupId)
    .map((r) => ({ meetingId: r.meeting_id, item: r.item, reportedOn: r.reported_on, summary: r.summary }));
  const end = db
    .prepare<[string], { ended_on: string; reason: string | null }>(
      'SELECT ended_on, reason FROM work_programme_task_group_ends WHERE task_group_id = ? ORDER BY position LIMIT 1',
    )
    .get(taskGroupId);
  return {
    status: end === undefined ? 'active' : 'ended',
    endedOn: end?.ended_on ?? null,
    endReason: end?.reason ?? null,
    reports,
  };
}

/** For each body, its latest work programme review (by meeting date) and how many are recorded. */
export function lastReviews(db: Database.Database, body: string | null): BodyReviewView[] {
  return db
    .prepare<
      { body: string | null },
      { body_id: string; meeting_id: string; item: string; reviewed_on: string; note: string | null; reviews: number }
    >(
      `SELECT r.body_id, r.meeting_id, r.item, r.reviewed_on, r.note,
              (SELECT COUNT(*) FROM work_programme_reviews c WHERE c.body_id = r.body_id) AS reviews
       FROM work_programme_reviews r
       WHERE (@body IS NULL OR r.body_id = @body)
         AND NOT EXISTS (SELECT 1 FROM work_programme_reviews later WHERE later.body_id = r.body_id
                           AND (later.reviewed_on > r.reviewed_on
                                OR (later.reviewed_on = r.reviewed_on AND later.position > r.position)))
       ORDER BY r.body_id`,
    )
    .all({ body })
    .map((row) => ({
      bodyId: row.body_id,
      lastReviewedOn: row.reviewed_on,
      meetingId: row.meeting_id,
      item: row.item,
      note: row.note,
      reviews: row.reviews,
    }));
}
