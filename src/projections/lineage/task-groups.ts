/**
 * The task groups in a decision's lineage: each group a matter's resolution set up, where it
 * stands (active or ended) and every report it made back to the body that set it up.
 */
import type Database from 'better-sqlite3';
import type { ProjectedEvent } from '../projection.js';
import type { LineageTaskGroup } from './view.js';

export const taskGroupTables = `
CREATE TABLE IF NOT EXISTS lineage_task_groups (
  task_group_id TEXT PRIMARY KEY,
  proposal_id   TEXT NOT NULL,
  resolution    TEXT NOT NULL,
  name          TEXT NOT NULL,
  chair         TEXT NOT NULL,
  ends_on       TEXT NOT NULL,
  ended_on      TEXT,
  position      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS lineage_task_groups_by_matter ON lineage_task_groups (proposal_id);
CREATE TABLE IF NOT EXISTS lineage_task_group_reports (
  task_group_id TEXT NOT NULL,
  meeting_id    TEXT NOT NULL,
  item          TEXT NOT NULL,
  reported_on   TEXT NOT NULL,
  summary       TEXT NOT NULL,
  position      INTEGER PRIMARY KEY
);
`;

export const taskGroupTableNames = ['lineage_task_group_reports', 'lineage_task_groups'] as const;

/** The fold for the task group events; other events pass by. */
export function taskGroupFold(db: Database.Database): (event: ProjectedEvent) => void {
  const setUp = db.prepare(
    `INSERT OR REPLACE INTO lineage_task_groups (task_group_id, proposal_id, resolution, name, chair, ends_on, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const report = db.prepare(
    `INSERT OR REPLACE INTO lineage_task_group_reports (task_group_id, meeting_id, item, reported_on, summary, position)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const ended = db.prepare('UPDATE lineage_task_groups SET ended_on = ? WHERE task_group_id = ?');
  return (event) => {
    const position = Number(event.position);
    switch (event.type) {
      case 'TaskGroupSetUp': {
        const { taskGroupId, setUpBy, name, chair, endsOn } = event.data;
        setUp.run(taskGroupId, setUpBy.proposalId, setUpBy.resolution, name, chair, endsOn, position);
        return;
      }
      case 'TaskGroupReportedBack': {
        const { taskGroupId, meetingId, item, reportedOn, summary } = event.data;
        report.run(taskGroupId, meetingId, item, reportedOn, summary, position);
        return;
      }
      case 'TaskGroupEnded':
        ended.run(event.data.endedOn, event.data.taskGroupId);
        return;
    }
  };
}

interface GroupRow {
  task_group_id: string;
  resolution: string;
  name: string;
  chair: string;
  ends_on: string;
  ended_on: string | null;
}

interface ReportRow {
  meeting_id: string;
  item: string;
  reported_on: string;
  summary: string;
}

/** The groups the matter's resolutions set up, oldest first, each with its reports back, oldest first. */
export function taskGroupsOf(db: Database.Database, proposalId: string): LineageTaskGroup[] {
  const reports = db.prepare<[string], ReportRow>(
    'SELECT meeting_id, item, reported_on, summary FROM lineage_task_group_reports WHERE ' +
      'task_group_id = ? ORDER BY position',
  );
  return db
    .prepare<[string], GroupRow>('SELECT * FROM lineage_task_groups WHERE proposal_id = ? ORDER BY position')
    .all(proposalId)
    .map((row) => ({
      taskGroupId: row.task_group_id,
      name: row.name,
      resolution: row.resolution,
      chair: row.chair,
      endsOn: row.ends_on,
      status: row.ended_on === null ? ('active' as const) : ('ended' as const),
      endedOn: row.ended_on,
      reports: reports.all(row.task_group_id).map((r) => ({
        meetingId: r.meeting_id,
        item: r.item,
        reportedOn: r.reported_on,
        summary: r.summary,
      })),
    }));
}
