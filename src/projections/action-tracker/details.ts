/** Turns action rows into views: owners, timeline, and sub-actions nested under their parent. */
import type Database from 'better-sqlite3';
import { peopleDirectory, type PeopleDirectory } from '../people/directory.js';
import type { ActionView, OwnerView, SubActionView } from './view.js';

export interface ActionRow {
  action_id: string;
  title: string;
  meeting_id: string;
  item: string;
  decision_proposal_id: string | null;
  decision_resolution: string | null;
  parent_action_id: string | null;
  due_on: string | null;
  status: ActionView['status'];
  rag: ActionView['rag'];
  completed_on: string | null;
  cancelled_on: string | null;
  body_id: string | null;
  date: string | null;
  title_of_item: string | null;
}

export const ACTION_COLUMNS = `
  a.action_id, a.title, a.meeting_id, a.item, a.decision_proposal_id, a.decision_resolution, a.parent_action_id,
  a.due_on, a.status, a.rag, a.completed_on, a.cancelled_on, m.body_id, m.date, i.title AS title_of_item
  FROM action_tracker_actions a
  LEFT JOIN action_tracker_meetings m ON m.meeting_id = a.meeting_id
  LEFT JOIN action_tracker_items i ON i.meeting_id = a.meeting_id AND i.number = a.item`;

export const ACTION_ORDER = 'ORDER BY m.date, a.meeting_id, CAST(a.item AS INTEGER), a.item, a.position';

type OwnerRow = {
  kind: OwnerView['kind'];
  name: string | null;
  owner_id: string | null;
  organisation_id: string | null;
};
type HistoryRow = {
  event: ActionView['history'][number]['event'];
  on_date: string | null;
  date: string | null;
  rag: ActionView['rag'];
  note: string | null;
  meeting_id: string | null;
  owners_json: string | null;
  due_on: string | null;
  source_json: string | null;
};

function readers(db: Database.Database) {
  return {
    people: peopleDirectory(db),
    owners: db.prepare<[string], OwnerRow>(
      'SELECT kind, name, owner_id, organisation_id FROM action_tracker_owners WHERE action_id = ? ORDER BY seq',
    ),
    history: db.prepare<[string], HistoryRow>(
      `SELECT h.event, h.on_date, m.date, h.rag, h.note, h.meeting_id, h.owners_json, h.due_on, h.source_json FROM
        action_tracker_history h
         LEFT JOIN action_tracker_meetings m ON m.meeting_id = h.meeting_id WHERE h.action_id = ? ORDER BY h.position`,
    ),
  };
}

type StoredOwner =
  { kind: 'person'; name: string; organisation?: string } | { kind: 'organisation' | 'body'; id: string };

function ownerView(owner: StoredOwner): OwnerView {
  return owner.kind === 'person'
    ? { kind: 'person', name: owner.name, id: null, organisationId: owner.organisation ?? null }
    : { kind: owner.kind, name: null, id: owner.id, organisationId: null };
}

/** A person owner is shown by the people directory's name ("ACC Julian Moss" for the minutes' "Julian Moss"). */
function named(people: PeopleDirectory, owner: OwnerView): OwnerView {
  return owner.name === null ? owner : { ...owner, name: people.nameOf(owner.name) };
}

function historyView(people: PeopleDirectory, row: HistoryRow): ActionView['history'][number] {
  return {
    event: row.event,
    on: row.on_date ?? row.date,
    rag: row.rag,
    note: row.note,
    meetingId: row.meeting_id,
    owners:
      row.owners_json === null
        ? null
        : (JSON.parse(row.owners_json) as StoredOwner[]).map((owner) => named(people, ownerView(owner))),
    dueOn: row.due_on,
    source: row.source_json === null ? null : (JSON.parse(row.source_json) as ActionView['history'][number]['source']),
  };
}

function actionView(read: ReturnType<typeof readers>, row: ActionRow, overdueOn: string | undefined): ActionView {
  const decision =
    row.decision_proposal_id && row.decision_resolution
      ? { proposalId: row.decision_proposal_id, resolution: row.decision_resolution }
      : null;
  return {
    actionId: row.action_id,
    title: row.title,
    owners: read.owners
      .all(row.action_id)
      .map((o) =>
        named(read.people, { kind: o.kind, name: o.name, id: o.owner_id, organisationId: o.organisation_id }),
      ),
    origin: {
      bodyId: row.body_id,
      meetingId: row.meeting_id,
      meetingDate: row.date,
      item: row.item,
      itemTitle: row.title_of_item,
      decision,
    },
    parentActionId: row.parent_action_id,
    dueOn: row.due_on,
    status: row.status,
    rag: row.rag,
    completedOn: row.completed_on,
    cancelledOn: row.cancelled_on,
    overdue: overdueOn === undefined ? null : row.status === 'open' && row.due_on !== null && row.due_on < overdueOn,
    history: read.history.all(row.action_id).map((history) => historyView(read.people, history)),
    subActions: [],
  };
}

/**
 * Views of the rows, in the rows' order. A row whose parent is among them is listed, with its own
 * sub-actions after it, under the top-most action of its line that is among them.
 */
export function nestActions(db: Database.Database, rows: readonly ActionRow[], overdueOn?: string): ActionView[] {
  const read = readers(db);
  const views = rows.map((row) => actionView(read, row, overdueOn));
  const listed = new Set(views.map((view) => view.actionId));
  const children = new Map<string, ActionView[]>();
  for (const view of views) {
    if (view.parentActionId !== null && listed.has(view.parentActionId))
      children.set(view.parentActionId, [...(children.get(view.parentActionId) ?? []), view]);
  }
  const descendants = (actionId: string): SubActionView[] =>
    (children.get(actionId) ?? []).flatMap(({ subActions: _none, ...child }) => [
      child,
      ...descendants(child.actionId),
    ]);
  return views
    .filter((view) => view.parentActionId === null || !listed.has(view.parentActionId))
    .map((view) => ({ ...view, subActions: descendants(view.actionId) }));
}
