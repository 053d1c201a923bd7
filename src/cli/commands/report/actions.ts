/** `ledger report actions`: the action tracker: every action, its owners, due date, status and RAG. */
import { csvTable } from '../../../audit/csv.js';
import { actionTracker, type ActionList, type ActionView } from '../../../projections/action-tracker/index.js';
import { describeSource } from '../../../projections/audit-trail/view.js';
import { formatDate } from '../../../web/shared/format.js';
import type { Names } from '../../../web/shared/names.js';
import type { ReportKind } from './report-kind.js';
import { textTable, type Column } from './table.js';

type Owner = ActionView['owners'][number];

/** As the CSV has always written an owner: the person and their organisation's id. */
function ownerCell(owner: Owner): string {
  if (owner.kind !== 'person') return owner.id ?? '(unnamed)';
  return owner.organisationId ? `${owner.name} (${owner.organisationId})` : (owner.name ?? '(unnamed)');
}

/** A person with their organisation's name; an organisation or body by its name. */
function ownerName(owner: Owner, names: Names): string {
  if (owner.kind === 'organisation') return names.organisation(owner.id);
  if (owner.kind === 'body') return names.body(owner.id);
  const person = owner.name ?? '(unnamed)';
  return owner.organisationId ? `${person}, ${names.organisation(owner.organisationId)}` : person;
}

/** Where the action was agreed: "Leadership Gloucestershire, 27 October 2016, item 3 a)". */
function originText({ origin }: Row['action'], names: Names): string {
  const resolution = origin.decision ? ` ${origin.decision.resolution})` : '';
  return `${names.meeting(origin.meetingId)}, item ${origin.item}${resolution}`;
}

/** Each action followed by its sub-actions (the tracker lists every descendant flat under the top action). */
function flatten(actions: readonly ActionView[]): Row[] {
  return actions.flatMap((action) => [
    { action, depth: 0 },
    ...action.subActions.map((sub) => ({ action: sub, depth: 1 })),
  ]);
}

type Row = { action: Omit<ActionView, 'subActions'>; depth: number };

/** The action a history line is about: its title, cut short, after its id when the ids are asked for. */
function actionLabel(action: Row['action'], names: Names): string {
  const title = action.title.length > 60 ? `${action.title.slice(0, 59)}…` : action.title;
  return `${names.showsIds ? `${action.actionId} ` : ''}“${title}”`;
}

/**
 * What happened to each action after it was agreed, one line per change: what, on which business date,
 * the note or reason, and where the ledger recorded it from.
 */
function historyLines(rows: readonly Row[], names: Names): string[] {
  const lines = rows.flatMap(({ action }) =>
    action.history.map((entry) => {
      const date = entry.on ? ` on ${formatDate(entry.on)}` : '';
      const note = entry.note ? `: ${entry.note}` : '';
      return `  ${actionLabel(action, names)} ${entry.event}${date}${note} [source: ${describeSource(entry.source)}]`;
    }),
  );
  return lines.length === 0 ? [] : ['', 'What happened to them:', ...lines];
}

function columns(names: Names): Array<Column<Row>> {
  const indent = (depth: number) => '  '.repeat(depth);
  const idColumn: Column<Row> = {
    header: 'action',
    value: ({ action, depth }) => `${indent(depth)}${action.actionId}`,
  };
  return [
    ...(names.showsIds ? [idColumn] : []),
    {
      header: 'agreed at',
      value: ({ action, depth }) => `${indent(depth)}${originText(action, names)}`,
      maxWidth: names.showsIds ? 50 : 40,
    },
    {
      header: 'owners',
      value: ({ action }) => action.owners.map((owner) => ownerName(owner, names)).join('; '),
      maxWidth: 50,
    },
    { header: 'due', value: ({ action }) => action.dueOn ?? '' },
    { header: 'status', value: ({ action }) => action.status },
    { header: 'RAG', value: ({ action }) => action.rag ?? '' },
    { header: 'title', value: ({ action }) => action.title, maxWidth: 60 },
  ];
}

export const actionsReport: ReportKind<ActionList, typeof actionTracker.filters> = {
  name: 'actions',
  description: 'the action tracker: each action with its owners, origin, due date, status and RAG',
  filters: actionTracker.filters,
  query: (db, filters) => actionTracker.read(db, filters),
  table: (list, names) =>
    list.actions.length === 0
      ? ['No actions recorded.']
      : textTable<Row>(columns(names), flatten(list.actions), '').concat(historyLines(flatten(list.actions), names)),
  csv: (list) =>
    csvTable<Row>(
      [
        ['action_id', ({ action }) => action.actionId],
        ['parent_action_id', ({ action }) => action.parentActionId],
        ['title', ({ action }) => action.title],
        ['owners', ({ action }) => action.owners.map(ownerCell).join('; ')],
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
