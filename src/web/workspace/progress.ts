/**
 * Clerk: record progress on an action: a note and a RAG status (RecordProgress, as POST
 * /actions/{actionId}/progress) and, when ticked, its completion on the same date (CompleteAction).
 */
import type { Ledger } from '../../compose.js';
import { findAction } from '../../projections/action-tracker/index.js';
import { today } from '../shared/today.js';
import type { FieldError } from '../shared/query.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, required } from './form-values.js';

export interface ActionEntity {
  readonly actionId: string;
  readonly title: string;
  readonly status: string;
  readonly rag: string | null;
  readonly dueOn: string | null;
}

/** The action a clerk's form changes, from the action tracker; undefined when none is recorded. */
export async function loadAction(
  ledger: Ledger,
  { actionId }: Record<string, string>,
): Promise<ActionEntity | undefined> {
  const action = findAction(ledger.readDb, actionId!);
  return action
    ? { actionId: action.actionId, title: action.title, status: action.status, rag: action.rag, dueOn: action.dueOn }
    : undefined;
}

const FIELDS: Record<string, string> = { note: 'note', rag: 'rag', asOf: 'asOf-day', completedOn: 'asOf-day' };

export const progressForm: WorkspaceForm<ActionEntity> = {
  url: '/workspace/actions/:actionId/progress',
  template: 'workspace/progress.njk',
  title: 'Record progress on an action',
  command: 'RecordProgress',
  load: loadAction,
  streamOf: ({ actionId }) => `action-${actionId}`,
  defaults: (action) => ({
    ...dateDefaults('asOf', today()),
    rag: action.rag ?? '',
    sourceDocument: 'Progress report to the clerk',
  }),
  read(values, { actionId }) {
    const asOf = dateField(values, 'asOf', 'the date the progress describes');
    const errors = [
      required(values, 'note', 'Enter what has happened'),
      ['red', 'amber', 'green'].includes(values.rag ?? '')
        ? undefined
        : { field: 'rag', text: 'Select the RAG status: red, amber or green' },
      asOf.error,
      required(values, 'sourceDocument', "Enter where this progress was reported, for example the owner's email"),
    ].filter((error): error is FieldError => error !== undefined);
    if (errors.length > 0) return { errors };
    const completed = values.completed === 'yes';
    return {
      commands: [
        { type: 'RecordProgress', data: { actionId, note: values.note, rag: values.rag, asOf: asOf.date } },
        ...(completed ? [{ type: 'CompleteAction', data: { actionId, completedOn: asOf.date } }] : []),
      ],
      occurredAt: asOf.date!,
      source: { document: values.sourceDocument!, ...(values.sourceSection ? { section: values.sourceSection } : {}) },
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'note',
  rejectionField: 'note',
  landing: ({ actionId }) => `/actions/${actionId}`,
  confirmation: (_params, action) => `Progress on “${action.title}” is recorded; it is in the history below.`,
};
