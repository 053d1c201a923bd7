/** Questions put to the decision register: the decisions that match some filters, or one decision. */
import type Database from 'better-sqlite3';
import { holdsAt } from '../versions.js';
import { DECISION_COLUMNS, toDecisionView, type DecisionRow } from './details.js';
import { toMatchExpression } from './search.js';
import type { DecisionFilters, DecisionList, DecisionView } from './view.js';

/** Meeting date, then item in number order ("3" before "10"), then letter. */
const ORDER = 'ORDER BY m.date, p.meeting_id, CAST(p.item AS INTEGER), p.item, d.resolution';

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
    `(EXISTS (SELECT 1 FROM decision_register_positions x WHERE x.proposal_id = d.proposal_id AND x.organisation_id = @organisationId)
      OR EXISTS (SELECT 1 FROM decision_register_attendance a WHERE a.meeting_id = p.meeting_id AND a.organisation_id = @organisationId AND a.present = 1))`,
    'organisationId',
    filters.organisationId,
  );
  const match = filters.q === undefined ? undefined : toMatchExpression(filters.q);
  add(
    `d.id IN (SELECT t.decision_id FROM decision_register_search s JOIN decision_register_search_text t ON t.id = s.rowid
               WHERE decision_register_search MATCH @match AND ${holdsAt('t')})`,
    'match',
    match,
  );
  return { sql, params };
}

/** Throws SearchQueryError when `q` holds nothing to search for. */
export function listDecisions(db: Database.Database, filters: DecisionFilters = {}): DecisionList {
  const { sql, params } = whereClauses(filters);
  const where = sql.length > 0 ? `WHERE ${sql.join(' AND ')}` : '';
  const rows = db.prepare<Record<string, string>, DecisionRow>(`SELECT ${DECISION_COLUMNS} ${where} ${ORDER}`).all(params);
  return { decisions: rows.map((row) => toDecisionView(db, row)) };
}

/** One page of the same list, with the number that match in all: a web page shows ten of a thousand without reading them all. */
export function pageOfDecisions(db: Database.Database, filters: DecisionFilters, offset: number, limit: number): DecisionList & { total: number } {
  const { sql, params } = whereClauses(filters);
  const where = sql.length > 0 ? `WHERE ${sql.join(' AND ')}` : '';
  const columns = DECISION_COLUMNS.slice(DECISION_COLUMNS.indexOf('FROM'));
  const { total } = db.prepare<Record<string, string>, { total: number }>(`SELECT count(*) AS total ${columns} ${where}`).get(params)!;
  const rows = db.prepare<Record<string, string | number>, DecisionRow>(`SELECT ${DECISION_COLUMNS} ${where} ${ORDER} LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset });
  return { total, decisions: rows.map((row) => toDecisionView(db, row)) };
}

export function findDecision(db: Database.Database, proposalId: string, resolution: string): DecisionView | undefined {
  const row = db
    .prepare<[string, string], DecisionRow>(`SELECT ${DECISION_COLUMNS} WHERE d.proposal_id = ? AND d.resolution = ?`)
    .get(proposalId, resolution);
  return row ? toDecisionView(db, row) : undefined;
}
