/** Clerk: give an action until a later date (ExtendDueDate, as POST /actions/{actionId}/due-date). */
import type { FieldError } from '../shared/query.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, required } from './form-values.js';
import { loadAction, type ActionEntity } from './progress.js';
import { today } from '../shared/today.js';

export const dueDateForm: WorkspaceForm<ActionEntity> = {
  url: '/workspace/actions/:actionId/due-date',
  template: 'workspace/due-date.njk',
  title: 'Extend the due date of an action',
  command: 'ExtendDueDate',
  load: loadAction,
  streamOf: ({ actionId }) => `action-${actionId}`,
  defaults: () => ({ ...dateDefaults('agreedOn', today()), sourceDocument: "Minutes or the chair's agreement" }),
  read(values, { actionId }) {
    const dueOn = dateField(values, 'dueOn', 'the new due date');
    const agreedOn = dateField(values, 'agreedOn', 'the date the extension was agreed');
    const errors = [
      dueOn.error,
      agreedOn.error,
      required(values, 'sourceDocument', 'Enter where the extension was agreed, for example the minutes'),
    ].filter((error): error is FieldError => error !== undefined);
    if (errors.length > 0) return { errors };
    return {
      commands: [
        {
          type: 'ExtendDueDate',
          data: { actionId, dueOn: dueOn.date, ...(values.reason ? { reason: values.reason } : {}) },
        },
      ],
      occurredAt: agreedOn.date!,
      source: { document: values.sourceDocument!, ...(values.sourceSection ? { section: values.sourceSection } : {}) },
    };
  },
  fieldOf: (path) => (path === 'reason' ? 'reason' : 'dueOn-day'),
  rejectionField: 'dueOn-day',
  landing: ({ actionId }) => `/actions/${actionId}`,
  confirmation: (_params, action) => `The new due date of “${action.title}” is recorded.`,
};
