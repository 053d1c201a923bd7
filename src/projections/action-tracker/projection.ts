/** The action tracker's fold: every action with its owners, status, due date and timeline. */
import type Database from 'better-sqlite3';
import type { Owner } from '../../domain/actions/commands.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { personKey } from '../../domain/directory/person-key.js';
import { sourceJson } from '../source-json.js';
import { ACTION_TRACKER, actionTrackerTableNames, actionTrackerTables } from './tables.js';

interface HistoryRow {
  actionId: string;
  position: number;
  event: string;
  onDate: string | null;
  rag?: string;
  note?: string;
  meetingId?: string;
  ownersJson?: string;
  dueOn?: string;
}

function statements(db: Database.Database) {
  const history = db.prepare(
    `INSERT OR REPLACE INTO action_tracker_history (action_id, position, event, on_date, rag, note, meeting_id,
      owners_json, due_on, source_json)
     VALUES (@actionId, @position, @event, @onDate, @rag, @note, @meetingId, @ownersJson, @dueOn, @sourceJson)`,
  );
  const removeOwners = db.prepare('DELETE FROM action_tracker_owners WHERE action_id = ?');
  const addOwner = db.prepare(
    'INSERT INTO action_tracker_owners (action_id, seq, kind, name, name_key, owner_id, ' +
      'organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    meeting: db.prepare(
      'INSERT INTO action_tracker_meetings (meeting_id, body_id, date) VALUES (?, ?, ?) ON ' +
        'CONFLICT (meeting_id) DO UPDATE SET body_id = excluded.body_id, date = excluded.date',
    ),
    reschedule: db.prepare('UPDATE action_tracker_meetings SET date = ? WHERE meeting_id = ?'),
    item: db.prepare(
      'INSERT INTO action_tracker_items (meeting_id, number, title) VALUES (?, ?, ?) ON CONFLICT ' +
        '(meeting_id, number) DO UPDATE SET title = excluded.title',
    ),
    assign: db.prepare(
      `INSERT OR REPLACE INTO action_tracker_actions (action_id, title, meeting_id, item, decision_proposal_id,
        decision_resolution, parent_action_id, due_on, status, position)
       VALUES (@actionId, @title, @meetingId, @item, @proposalId, @resolution, @parentActionId, @dueOn, 'open',
         @position)`,
    ),
    rag: db.prepare('UPDATE action_tracker_actions SET rag = ? WHERE action_id = ?'),
    due: db.prepare('UPDATE action_tracker_actions SET due_on = ? WHERE action_id = ?'),
    complete: db.prepare(
      "UPDATE action_tracker_actions SET status = 'completed', completed_on = ? WHERE action_id = ?",
    ),
    cancel: db.prepare("UPDATE action_tracker_actions SET status = 'cancelled', cancelled_on = ? WHERE action_id = ?"),
    owners(actionId: string, owners: readonly Owner[]) {
      removeOwners.run(actionId);
      owners.forEach((owner, seq) => {
        if (owner.kind === 'person')
          addOwner.run(actionId, seq, 'person', owner.name, personKey(owner.name), null, owner.organisation ?? null);
        else addOwner.run(actionId, seq, owner.kind, null, null, owner.id, null);
      });
    },
    history: (row: HistoryRow & { sourceJson: string | null }) =>
      history.run({ rag: null, note: null, meetingId: null, ownersJson: null, dueOn: null, ...row }),
  };
}

type Statements = ReturnType<typeof statements>;

function foldAction(write: Statements, event: ProjectedEvent): void {
  const at = { position: Number(event.position), sourceJson: sourceJson(event) };
  switch (event.type) {
    case 'ActionAssigned': {
      const { actionId, title, meetingId, item, decision, parentActionId, dueOn, owners } = event.data;
      write.assign.run({
        actionId,
        title,
        meetingId,
        item,
        proposalId: decision?.proposalId ?? null,
        resolution: decision?.resolution ?? null,
        parentActionId: parentActionId ?? null,
        dueOn: dueOn ?? null,
        ...at,
      });
      write.owners(actionId, owners);
      return;
    }
    case 'ProgressRecorded':
      write.rag.run(event.data.rag, event.data.actionId);
      write.history({
        actionId: event.data.actionId,
        ...at,
        event: 'progress',
        onDate: event.data.asOf,
        rag: event.data.rag,
        note: event.data.note,
      });
      return;
    case 'ActionReassigned':
      write.owners(event.data.actionId, event.data.owners);
      write.history({
        actionId: event.data.actionId,
        ...at,
        event: 'reassigned',
        onDate: event.data.reassignedOn,
        note: event.data.reason,
        ownersJson: JSON.stringify(event.data.owners),
      });
      return;
    case 'DueDateExtended':
      write.due.run(event.data.dueOn, event.data.actionId);
      write.history({
        actionId: event.data.actionId,
        ...at,
        event: 'due-date-extended',
        onDate: event.metadata.occurredAt.slice(0, 10),
        note: event.data.reason,
        dueOn: event.data.dueOn,
      });
      return;
    case 'ActionCompleted':
      write.complete.run(event.data.completedOn, event.data.actionId);
      write.history({
        actionId: event.data.actionId,
        ...at,
        event: 'completed',
        onDate: event.data.completedOn,
        note: event.data.note,
      });
      return;
    case 'ActionCancelled':
      write.cancel.run(event.data.cancelledOn, event.data.actionId);
      write.history({
        actionId: event.data.actionId,
        ...at,
        event: 'cancelled',
        onDate: event.data.cancelledOn,
        note: event.data.reason,
      });
      return;
    case 'ActionReviewed':
      write.history({
        actionId: event.data.actionId,
        ...at,
        event: 'reviewed',
        onDate: null,
        note: event.data.note,
        meetingId: event.data.meetingId,
      });
      return;
  }
}

export const actionTrackerProjection: Projection = {
  name: ACTION_TRACKER,
  version: 4,
  tables: actionTrackerTables,
  tableNames: actionTrackerTableNames,
  prepare(db) {
    const write = statements(db);
    return (event) => {
      if (event.type === 'MeetingScheduled')
        write.meeting.run(event.data.meetingId, event.data.bodyId, event.data.date);
      // A review at a meeting is dated by the day the meeting was held, not the day first scheduled.
      else if (event.type === 'MeetingRescheduled') write.reschedule.run(event.data.date, event.data.meetingId);
      else if (event.type === 'ItemTabled') write.item.run(event.data.meetingId, event.data.number, event.data.title);
      else foldAction(write, event);
    };
  },
};
