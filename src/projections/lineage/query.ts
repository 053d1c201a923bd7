/**
 * The chain of one decision: every matter it follows from (upstream) and every matter that
 * follows from it (downstream), walked over the links in both stored directions. The walk keeps
 * a visited set, so it ends whatever the links say.
 */
import type Database from 'better-sqlite3';
import { FORWARD_KINDS, type LinkKind } from '../../domain/lineage/commands.js';
import { taskGroupsOf } from './task-groups.js';
import type { LineageMatter, LineageView, LinkView } from './view.js';

interface LinkRow {
  position: number;
  kind: LinkKind;
  note: string | null;
  from_proposal_id: string;
  from_resolution: string | null;
  from_body_id: string;
  from_meeting_id: string;
  from_item: string;
  to_proposal_id: string | null;
  to_resolution: string | null;
  to_body_id: string;
  to_meeting_id: string | null;
  to_item: string | null;
}

const upstreamOf = (row: LinkRow) => (FORWARD_KINDS.includes(row.kind) ? row.from_proposal_id : row.to_proposal_id);
const downstreamOf = (row: LinkRow) => (FORWARD_KINDS.includes(row.kind) ? row.to_proposal_id : row.from_proposal_id);

/**
 * The lineage of resolution `resolution` of `proposalId` (or of the whole matter, when no
 * resolution is named: a presentation item that only links), or undefined when it is not recorded.
 */
export function decisionLineage(
  db: Database.Database,
  proposalId: string,
  resolution?: string,
): LineageView | undefined {
  const exists =
    resolution === undefined
      ? db.prepare('SELECT 1 FROM lineage_matters WHERE proposal_id = ?').get(proposalId)
      : db
          .prepare('SELECT 1 FROM lineage_resolutions WHERE proposal_id = ? AND resolution = ?')
          .get(proposalId, resolution);
  if (!exists) return undefined;
  const touching = db.prepare<[string, string], LinkRow>(
    'SELECT * FROM lineage_links WHERE from_proposal_id = ? OR to_proposal_id = ? ORDER BY position',
  );
  const places = new Map<string, LineageMatter['place']>([[proposalId, 'this']]);
  const rows = new Map<number, LinkRow>();
  for (const direction of ['upstream', 'downstream'] as const) {
    const queue = [proposalId];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const row of touching.all(current, current)) {
        rows.set(row.position, row);
        const next =
          direction === 'upstream'
            ? downstreamOf(row) === current
              ? upstreamOf(row)
              : null
            : upstreamOf(row) === current
              ? downstreamOf(row)
              : null;
        if (next === null || places.has(next)) continue;
        places.set(next, direction);
        queue.push(next);
      }
    }
  }
  const links = [...rows.values()].filter((row) => !takenUp(row, rows)).sort((a, b) => a.position - b.position);
  const ends = endsOf(links);
  const matters = [...places].map(([id, place]) => matterOf(db, id, place, ends.get(id)));
  return {
    proposalId,
    resolution: resolution ?? null,
    matters: matters.sort(byDate),
    links: links.map((row) => linkOf(db, row)),
  };
}

/** A bare referral to a body is left out once a `refers` link names the matter it became there. */
function takenUp(row: LinkRow, rows: Map<number, LinkRow>): boolean {
  if (row.to_proposal_id !== null) return false;
  return [...rows.values()].some(
    (other) =>
      other.kind === 'refers' &&
      other.to_proposal_id !== null &&
      other.from_proposal_id === row.from_proposal_id &&
      other.to_body_id === row.to_body_id,
  );
}

interface Named {
  bodyId: string;
  meetingId: string | null;
  item: string | null;
}

/** For each matter, the body, meeting and item a link names it by (used while it is pending). */
function endsOf(links: readonly LinkRow[]): Map<string, Named> {
  const ends = new Map<string, Named>();
  for (const row of links) {
    ends.set(row.from_proposal_id, { bodyId: row.from_body_id, meetingId: row.from_meeting_id, item: row.from_item });
    if (row.to_proposal_id !== null && !ends.has(row.to_proposal_id))
      ends.set(row.to_proposal_id, { bodyId: row.to_body_id, meetingId: row.to_meeting_id, item: row.to_item });
  }
  return ends;
}

function matterOf(
  db: Database.Database,
  proposalId: string,
  place: LineageMatter['place'],
  named: Named | undefined,
): LineageMatter {
  const matter = db
    .prepare<[string], { meeting_id: string; item: string }>(
      'SELECT meeting_id, item FROM lineage_matters WHERE proposal_id = ?',
    )
    .get(proposalId);
  const meetingId = matter?.meeting_id ?? named?.meetingId ?? null;
  const item = matter?.item ?? named?.item ?? null;
  const meeting =
    meetingId === null
      ? undefined
      : db
          .prepare<[string], { body_id: string; date: string }>(
            'SELECT body_id, date FROM lineage_meetings WHERE meeting_id = ?',
          )
          .get(meetingId);
  const bodyId = meeting?.body_id ?? named?.bodyId ?? '';
  const title =
    meetingId === null || item === null
      ? undefined
      : db
          .prepare<[string, string], { title: string }>(
            'SELECT title FROM lineage_items WHERE meeting_id = ? AND number = ?',
          )
          .get(meetingId, item);
  const body = db.prepare<[string], { name: string }>('SELECT name FROM lineage_bodies WHERE body_id = ?').get(bodyId);
  const resolutions = db
    .prepare<[string], { resolution: string; text: string; status: 'in-force' | 'rescinded' }>(
      'SELECT resolution, text, status FROM lineage_resolutions WHERE proposal_id = ? ORDER BY resolution',
    )
    .all(proposalId);
  const actions = meetingId === null || item === null ? [] : actionsAt(db, meetingId, item);
  return {
    proposalId,
    place,
    bodyId,
    bodyName: body?.name ?? null,
    meetingId,
    date: meeting?.date ?? null,
    item,
    title: title?.title ?? null,
    pending: title === undefined,
    resolutions,
    actions,
    taskGroups: taskGroupsOf(db, proposalId),
  };
}

function actionsAt(db: Database.Database, meetingId: string, item: string): LineageMatter['actions'] {
  return db
    .prepare<
      [string, string],
      {
        action_id: string;
        title: string;
        resolution: string | null;
        status: 'open' | 'completed' | 'cancelled';
        rag: 'red' | 'amber' | 'green' | null;
        due_on: string | null;
      }
    >(
      'SELECT action_id, title, resolution, status, rag, due_on FROM lineage_actions WHERE ' +
        'meeting_id = ? AND item = ? ORDER BY position',
    )
    .all(meetingId, item)
    .map((row) => ({
      actionId: row.action_id,
      title: row.title,
      resolution: row.resolution,
      status: row.status,
      rag: row.rag,
      dueOn: row.due_on,
    }));
}

/** A link's other end is pending until its item is recorded, and its resolution when it names one. */
function linkOf(db: Database.Database, row: LinkRow): LinkView {
  const recorded =
    row.to_proposal_id !== null &&
    row.to_meeting_id !== null &&
    row.to_item !== null &&
    db
      .prepare('SELECT 1 FROM lineage_items WHERE meeting_id = ? AND number = ?')
      .get(row.to_meeting_id, row.to_item) !== undefined &&
    (row.to_resolution === null ||
      db
        .prepare('SELECT 1 FROM lineage_resolutions WHERE proposal_id = ? AND resolution = ?')
        .get(row.to_proposal_id, row.to_resolution) !== undefined);
  return {
    kind: row.kind,
    from: {
      proposalId: row.from_proposal_id,
      resolution: row.from_resolution,
      bodyId: row.from_body_id,
      meetingId: row.from_meeting_id,
      item: row.from_item,
    },
    to: {
      proposalId: row.to_proposal_id,
      resolution: row.to_resolution,
      bodyId: row.to_body_id,
      meetingId: row.to_meeting_id,
      item: row.to_item,
    },
    note: row.note,
    pending: !recorded,
  };
}

function byDate(a: LineageMatter, b: LineageMatter): number {
  if (a.date === b.date) return a.proposalId.localeCompare(b.proposalId);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date.localeCompare(b.date);
}
