/** `ledger report actions`: the action tracker: every action, its owners, due date, status and RAG. */
import { csvTable } from '../../../audit/csv.js';
import { actionTracker, type ActionList, type ActionView } from '../../../projections/action-tracker/index.js';
import { describeSource } from '../../../projections/audit-trail/view.js';
import { formatDate } from '../../../web/shared/format.js';
import type { ReportKind } from './report-kind.js';
import { textTable } from './table.js';

type Owner = ActionView['owners'][number];

function ownerText(owner: Owner): string {
  if (owner.kind !== 'person') return owner.id ?? '(unnamed)';
  return owner.organisationId ? `${owner.name} (${owner.organisationId})` : (owner.name ?? '(unnamed)');
}

/** Each action followed by its sub-actions (the tracker lists every descendant flat under the top action). */
function flatten(actions: readonly ActionView[]): Row[] {
  return actions.flatMap((action) => [
    { action, depth: 0 },
    ...action.subActions.map((sub) => ({ action: sub, depth: 1 })),
  ]);
}

type Row = { action: Omit<ActionView, 'subActions'>; depth: number };

/**
 * What happened to each action after it was agreed, one line per change: what, on which business date,
 * the note or reason, and where the ledger recorded it from.
 */
function historyLines(rows: readonly Row[]): string[] {
  const lines = rows.flatMap(({ action }) =>
    action.history.map((entry) => {
      const date = entry.on ? ` on ${formatDate(entry.on)}` : '';
      const note = entry.note ? `: ${entry.note}` : '';
      return `  ${action.actionId} ${entry.event}${date}${note} [source: ${describeSource(entry.source)}]`;
    }),
  );
  return lines.length === 0 ? [] : ['', 'What happened to them:', ...lines];
}

export const actionsReport: ReportKind<ActionList, typeof actionTracker.filters> = {
  name: 'actions',
  description: 'the action tracker: each action with its owners, origin, due date, status and RAG',
  filters: actionTracker.filters,
  query: (db, filters) => actionTracker.read(db, filters),
  table: (list) =>
    list.actions.length === 0
      ? ['No actions recorded.']
      : textTable<Row>(
          [
            { header: 'action', value: ({ action, depth }) => `${'  '.repeat(depth)}${action.actionId}` },
            { header: 'owners', value: ({ action }) => action.owners.map(ownerText).join('; '), maxWidth: 60 },
            { header: 'due', value: ({ action }) => action.dueOn ?? '' },
            { header: 'status', value: ({ action }) => action.status },
            { header: 'RAG', value: ({ action }) => action.rag ?? '' },
            { header: 'title', value: ({ action }) => action.title, maxWidth: 70 },
          ],
          flatten(list.actions),
          '',
        ).concat(historyLines(flatten(list.actions))),
  csv: (list) =>
    csvTable<Row>(
      [
        ['action_id', ({ action }) => action.actionId],
        ['parent_action_id', ({ action }) => action.parentActionId],
        ['title', ({ action }) => action.title],
        ['owners', ({ action }) => action.owners.map(ownerText).join('; ')],
        ['meeting_id', ({ action }) => action.origin.meetingId],
        ['meeting_date', ({ action }) => action.origin.meetingDate],
        ['item', ({ action }) => action.origin.item],
        ['due_on', ({ action }) => action.dueOn],
        ['status', ({ action }) => action.status],
        ['rag', ({ action }) => action.rag],
        ['completed_on', ({ action }) => action.completedOn],
        ['cancelled_on', ({ action }) => action.cancelledOn],
      ],
      flatten(list.actions),
    ),
};
