/** The lineage fold: who recommended, referred, authorised, implemented, reported back on or superseded what. */
import type Database from 'better-sqlite3';
import type { DecisionLinkedData } from '../../domain/lineage/events.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { LINEAGE, lineageTableNames, lineageTables } from './tables.js';
import { taskGroupFold, taskGroupTableNames, taskGroupTables } from './task-groups.js';

function statements(db: Database.Database) {
  const link = db.prepare(
    `INSERT OR REPLACE INTO lineage_links (position, kind, note, from_proposal_id, from_resolution, from_body_id,
      from_meeting_id, from_item,
       to_proposal_id, to_resolution, to_body_id, to_meeting_id, to_item)
     VALUES (@position, @kind, @note, @fromProposalId, @fromResolution, @fromBodyId, @fromMeetingId, @fromItem,
       @toProposalId, @toResolution, @toBodyId, @toMeetingId, @toItem)`,
  );
  const bodyOfMeeting = db.prepare<[string], { body_id: string }>(
    'SELECT body_id FROM lineage_meetings WHERE meeting_id = ?',
  );
  return {
    body: db.prepare('INSERT OR REPLACE INTO lineage_bodies (body_id, name) VALUES (?, ?)'),
    meeting: db.prepare('INSERT OR REPLACE INTO lineage_meetings (meeting_id, body_id, date) VALUES (?, ?, ?)'),
    item: db.prepare('INSERT OR REPLACE INTO lineage_items (meeting_id, number, title) VALUES (?, ?, ?)'),
    matter: db.prepare('INSERT OR IGNORE INTO lineage_matters (proposal_id, meeting_id, item) VALUES (?, ?, ?)'),
    resolution: db.prepare(
      "INSERT OR REPLACE INTO lineage_resolutions (proposal_id, resolution, text, status) VALUES (?, ?, ?, 'in-force')",
    ),
    amend: db.prepare('UPDATE lineage_resolutions SET text = ? WHERE proposal_id = ? AND resolution = ?'),
    rescind: db.prepare("UPDATE lineage_resolutions SET status = 'rescinded' WHERE proposal_id = ? AND resolution = ?"),
    action: db.prepare(
      `INSERT OR REPLACE INTO lineage_actions (action_id, meeting_id, item, resolution, title, status, due_on, position)
       VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
    ),
    actionStatus: db.prepare('UPDATE lineage_actions SET status = ? WHERE action_id = ?'),
    rag: db.prepare('UPDATE lineage_actions SET rag = ? WHERE action_id = ?'),
    due: db.prepare('UPDATE lineage_actions SET due_on = ? WHERE action_id = ?'),
    linked(position: number, data: DecisionLinkedData) {
      const { kind, note, from, to } = data;
      link.run({
        position,
        kind,
        note: note ?? null,
        fromProposalId: from.proposalId,
        fromResolution: from.resolution ?? null,
        fromBodyId: from.bodyId,
        fromMeetingId: from.meetingId,
        fromItem: from.item,
        toProposalId: to.proposalId,
        toResolution: to.resolution ?? null,
        toBodyId: to.bodyId,
        toMeetingId: to.meetingId,
        toItem: to.item,
      });
    },
    /** A referral names only the body it goes to: the matter it becomes there is not known yet. */
    referred(
      position: number,
      proposalId: string,
      meetingId: string,
      item: string,
      bodyId: string,
      purpose: string | undefined,
    ) {
      link.run({
        position,
        kind: 'refers',
        note: purpose ?? null,
        fromProposalId: proposalId,
        fromResolution: null,
        fromBodyId: bodyOfMeeting.get(meetingId)?.body_id ?? '',
        fromMeetingId: meetingId,
        fromItem: item,
        toProposalId: null,
        toResolution: null,
        toBodyId: bodyId,
        toMeetingId: null,
        toItem: null,
      });
    },
  };
}

type Statements = ReturnType<typeof statements>;

function foldDecision(write: Statements, event: ProjectedEvent): void {
  const position = Number(event.position);
  switch (event.type) {
    case 'OptionsTabled':
      write.matter.run(event.data.proposalId, event.data.meetingId, event.data.item);
      return;
    case 'ResolutionRecorded':
      write.matter.run(event.data.proposalId, event.data.meetingId, event.data.item);
      write.resolution.run(event.data.proposalId, event.data.resolution, event.data.text);
      return;
    case 'OptionAgreed':
      write.resolution.run(event.data.proposalId, event.data.resolution, event.data.text);
      return;
    case 'DecisionAmended':
      write.amend.run(event.data.text, event.data.proposalId, event.data.resolution);
      return;
    case 'DecisionRescinded':
      write.rescind.run(event.data.proposalId, event.data.resolution);
      return;
    case 'MatterReferred': {
      const { proposalId, meetingId, item, bodyId, purpose } = event.data;
      write.matter.run(proposalId, meetingId, item);
      write.referred(position, proposalId, meetingId, item, bodyId, purpose);
      return;
    }
    case 'DecisionLinked':
      write.matter.run(event.data.proposalId, event.data.from.meetingId, event.data.from.item);
      write.linked(position, event.data);
      return;
  }
}

function foldAction(write: Statements, event: ProjectedEvent): void {
  switch (event.type) {
    case 'ActionAssigned': {
      const { actionId, meetingId, item, decision, title, dueOn } = event.data;
      write.action.run(
        actionId,
        meetingId,
        item,
        decision?.resolution ?? null,
        title,
        dueOn ?? null,
        Number(event.position),
      );
      return;
    }
    case 'ProgressRecorded':
      write.rag.run(event.data.rag, event.data.actionId);
      return;
    case 'DueDateExtended':
      write.due.run(event.data.dueOn, event.data.actionId);
      return;
    case 'ActionCompleted':
      write.actionStatus.run('completed', event.data.actionId);
      return;
    case 'ActionCancelled':
      write.actionStatus.run('cancelled', event.data.actionId);
      return;
  }
}

export const lineageProjection: Projection = {
  name: LINEAGE,
  version: 2,
  tables: lineageTables + taskGroupTables,
  tableNames: [...taskGroupTableNames, ...lineageTableNames],
  prepare(db) {
    const write = statements(db);
    const taskGroups = taskGroupFold(db);
    return (event) => {
      if (event.type === 'BodyEstablished') write.body.run(event.data.bodyId, event.data.name);
      else if (event.type === 'MeetingScheduled')
        write.meeting.run(event.data.meetingId, event.data.bodyId, event.data.date);
      else if (event.type === 'ItemTabled') write.item.run(event.data.meetingId, event.data.number, event.data.title);
      else {
        foldDecision(write, event);
        foldAction(write, event);
        taskGroups(event);
      }
    };
  },
};
