/** Questions put to the decision register: the decisions that match some filters, or one decision. */
import type Database from 'better-sqlite3';
import { holdsAt } from '../versions.js';
import { DECISION_COLUMNS, toDecisionView, toDecisionViews, type DecisionRow } from './details.js';
import { toMatchExpression } from './search.js';
import type { DecisionFilters, DecisionList, DecisionView } from './view.js';

/** Meeting date, then item in number order ("3" before "10"), then letter. */
const ORDER = 'ORDER BY m.date, m.meeting_id, CAST(p.item AS INTEGER), p.item, d.resolution';

/**
 * The register read meeting by meeting in date order (the meetings' date index), so a page stops
 * after its last decision instead of sorting every decision first: only the items of one meeting
 * are sorted at a time. CROSS JOIN fixes that order of the tables. Decisions whose meeting the
 * register has not (yet) recorded have no date and come first, found by WITHOUT_MEETING.
 */
const SELECTED = DECISION_COLUMNS.slice(0, DECISION_COLUMNS.indexOf('FROM'));
const BY_MEETING = `FROM decision_register_meetings m
  CROSS JOIN decision_register_proposals p ON p.meeting_id = m.meeting_id
  CROSS JOIN decision_register_decisions d ON d.proposal_id = p.proposal_id
  LEFT JOIN decision_register_items i ON i.meeting_id = p.meeting_id AND i.number = p.item`;
const WITHOUT_MEETING = `FROM decision_register_proposals p
  CROSS JOIN decision_register_decisions d ON d.proposal_id = p.proposal_id
  LEFT JOIN decision_register_meetings m ON m.meeting_id = p.meeting_id
  LEFT JOIN decision_register_items i ON i.meeting_id = p.meeting_id AND i.number = p.item`;
/** A search finds few decisions: they are found first, then sorted. */
const BY_DECISION = `FROM decision_register_decisions d
  JOIN decision_register_proposals p ON p.proposal_id = d.proposal_id
  JOIN decision_register_meetings m ON m.meeting_id = p.meeting_id
  LEFT JOIN decision_register_items i ON i.meeting_id = p.meeting_id AND i.number = p.item`;

function whereClauses(filters: DecisionFilters): { sql: string[]; params: Record<string, string> } {
  const sql: string[] = [];
  const params: Record<string, string> = {};
  const add = (clause: string, name: string, value: string | undefined) => {
    if (value === undefined) return;
    sql.push(clause);
    params[name] = value;
  };
  add('m.body_id = @bodyId', 'bodyId', filters.bodyId);
  add('m.date >= @from', 'from', filters.from);
  add('m.date <= @to', 'to', filters.to);
  add('d.status = @status', 'status', filters.status);
  add(
    `(EXISTS (SELECT 1 FROM decision_register_positions x WHERE x.proposal_id = d.proposal_id AND x.organisation_id =
      @organisationId)
      OR EXISTS (SELECT 1 FROM decision_register_attendance a WHERE a.meeting_id = p.meeting_id AND a.organisation_id
        = @organisationId AND a.present = 1))`,
    'organisationId',
    filters.organisationId,
  );
  const match = filters.q === undefined ? undefined : toMatchExpression(filters.q);
  add(
    `d.id IN (SELECT t.decision_id FROM decision_register_search s JOIN decision_register_search_text t ON t.id =
      s.rowid
               WHERE decision_register_search MATCH @match AND ${holdsAt('t')})`,
    'match',
    match,
  );
  return { sql, params };
}

/** The tables a count needs for the filters given: a register without filters counts its decisions alone. */
function countFrom(filters: DecisionFilters): string {
  const { bodyId, from, to, organisationId } = filters;
  if (bodyId !== undefined || from !== undefined || to !== undefined) return BY_DECISION;
  const proposals = 'JOIN decision_register_proposals p ON p.proposal_id = d.proposal_id';
  return `FROM decision_register_decisions d ${organisationId === undefined ? '' : proposals}`;
}

/** Whether some matter's meeting is not recorded: a walk of two indexes, without reading any row. */
function anyUndated(db: Database.Database): boolean {
  const sql = `SELECT 1 FROM decision_register_proposals p
    WHERE NOT EXISTS (SELECT 1 FROM decision_register_meetings m WHERE m.meeting_id = p.meeting_id) LIMIT 1`;
  return db.prepare(sql).get() !== undefined;
}

/** A page of the list, from its start; none for the whole list. */
interface Page {
  readonly offset: number;
  readonly limit: number;
}

function selectRows(db: Database.Database, filters: DecisionFilters, page?: Page): DecisionRow[] {
  const { sql, params } = whereClauses(filters);
  const where = (more: string[]) => (sql.length + more.length > 0 ? `WHERE ${[...sql, ...more].join(' AND ')}` : '');
  const query = (from: string, conditions: string[], order: string, cut = '', bounds: Partial<Page> = {}) =>
    db
      .prepare<Record<string, string | number>, DecisionRow>(
        `SELECT ${SELECTED} ${from} ${where(conditions)} ${order} ${cut}`,
      )
      .all({ ...params, ...bounds });
  // A filter on the meeting (body, dates) cannot match a decision whose meeting is not recorded.
  const onMeeting = filters.bodyId !== undefined || filters.from !== undefined || filters.to !== undefined;
  const undatedOrder = 'ORDER BY p.meeting_id, CAST(p.item AS INTEGER), p.item, d.resolution';
  const undated = onMeeting || !anyUndated(db) ? [] : query(WITHOUT_MEETING, ['m.meeting_id IS NULL'], undatedOrder);
  const from = filters.q === undefined ? BY_MEETING : BY_DECISION;
  if (page === undefined) return [...undated, ...query(from, [], ORDER)];
  const first = undated.slice(page.offset, page.offset + page.limit);
  const limit = page.limit - first.length;
  if (limit === 0) return first;
  const offset = Math.max(0, page.offset - undated.length);
  return [...first, ...query(from, [], ORDER, 'LIMIT @limit OFFSET @offset', { limit, offset })];
}

/** Throws SearchQueryError when `q` holds nothing to search for. */
export function listDecisions(db: Database.Database, filters: DecisionFilters = {}): DecisionList {
  return { decisions: toDecisionViews(db, selectRows(db, filters)) };
}

/**
 * One page of the same list, with the number that match in all, filtered, counted and cut in SQL:
 * a page of a hundred reads a hundred decisions' details, however long the register.
 */
export function pageOfDecisions(
  db: Database.Database,
  filters: DecisionFilters,
  offset: number,
  limit: number,
): DecisionList & { total: number } {
  const { sql, params } = whereClauses(filters);
  const where = sql.length > 0 ? `WHERE ${sql.join(' AND ')}` : '';
  const count = `SELECT count(*) AS total ${countFrom(filters)} ${where}`;
  const { total } = db.prepare<Record<string, string>, { total: number }>(count).get(params)!;
  const rows = selectRows(db, filters, { offset, limit });
  return { total, decisions: toDecisionViews(db, rows) };
}

export function findDecision(db: Database.Database, proposalId: string, resolution: string): DecisionView | undefined {
  const row = db
    .prepare<[string, string], DecisionRow>(`SELECT ${DECISION_COLUMNS} WHERE d.proposal_id = ? AND d.resolution = ?`)
    .get(proposalId, resolution);
  return row ? toDecisionView(db, row) : undefined;
}
