/** Questions put to the action tracker: the actions that match some filters, or one action with its sub-actions. */
import type Database from 'better-sqlite3';
import { peopleDirectory } from '../people/directory.js';
import { ACTION_COLUMNS, ACTION_ORDER, nestActions, type ActionRow } from './details.js';
import type { ActionFilters, ActionList, ActionView } from './view.js';

const OWNED_BY = `EXISTS (SELECT 1 FROM action_tracker_owners o WHERE o.action_id = a.action_id
  AND (o.name_key IN (SELECT value FROM json_each(@ownerKeys)) OR o.owner_id = @owner OR o.organisation_id = @owner))`;

/** An owner filter names a person as anyone writes them: any case, any title, any alias in the directory. */
function whereClauses(
  db: Database.Database,
  filters: ActionFilters,
): { sql: string[]; params: Record<string, string> } {
  const sql: string[] = [];
  const params: Record<string, string> = {};
  const add = (clause: string, name: keyof ActionFilters) => {
    const value = filters[name];
    if (value === undefined) return;
    sql.push(clause);
    params[name] = value;
  };
  add(OWNED_BY, 'owner');
  if (filters.owner !== undefined) params.ownerKeys = JSON.stringify(peopleDirectory(db).keysOf(filters.owner));
  add('a.status = @status', 'status');
  add('m.body_id = @bodyId', 'bodyId');
  // Due on the day itself is not yet overdue.
  add("a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on < @overdueOn", 'overdueOn');
  return { sql, params };
}

export function listActions(db: Database.Database, filters: ActionFilters = {}): ActionList {
  const { sql, params } = whereClauses(db, filters);
  const where = sql.length > 0 ? `WHERE ${sql.join(' AND ')}` : '';
  const rows = db
    .prepare<Record<string, string>, ActionRow>(`SELECT ${ACTION_COLUMNS} ${where} ${ACTION_ORDER}`)
    .all(params);
  return { actions: nestActions(db, rows, filters.overdueOn) };
}

/** The action and every sub-action beneath it, however deep. */
export function findAction(db: Database.Database, actionId: string): ActionView | undefined {
  const rows = db
    .prepare<[string], ActionRow>(
      `WITH RECURSIVE tree(action_id) AS (
         SELECT action_id FROM action_tracker_actions WHERE action_id = ?
         UNION SELECT c.action_id FROM action_tracker_actions c JOIN tree ON c.parent_action_id = tree.action_id)
       SELECT ${ACTION_COLUMNS} WHERE a.action_id IN (SELECT action_id FROM tree) ${ACTION_ORDER}`,
    )
    .all(actionId);
  return nestActions(db, rows).find((view) => view.actionId === actionId);
}
