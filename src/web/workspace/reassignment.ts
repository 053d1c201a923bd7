/**
 * Clerk: an action passes to a new owner (ReassignAction, as POST /actions/{actionId}/reassignment):
 * a person named as the minutes name them (perhaps for an organisation), an organisation, or a body.
 */
import { findAction, type ActionView } from '../../projections/action-tracker/index.js';
import { loadNames } from '../shared/names.js';
import type { FieldError } from '../shared/query.js';
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, found, required, sourceOf, type FormValues } from './form-values.js';

type Choice = { readonly id: string; readonly name: string };

interface ReassignedAction {
  readonly actionId: string;
  readonly title: string;
  readonly owners: ActionView['owners'];
  readonly names: ReturnType<typeof loadNames>;
  readonly organisations: readonly Choice[];
  readonly bodies: readonly Choice[];
}

/** The new owner from the fields of the chosen kind, or the errors on them. */
function ownerOf(
  values: FormValues,
  entity: ReassignedAction,
): { owner?: Record<string, string>; errors: FieldError[] } {
  const known = (list: readonly Choice[], id: string | undefined) => list.some((choice) => choice.id === id);
  switch (values.ownerKind) {
    case 'person': {
      const error = required(values, 'personName', 'Enter the name of the new owner as the minutes give it');
      if (error) return { errors: [error] };
      const owner: Record<string, string> = { kind: 'person', name: values.personName! };
      if (known(entity.organisations, values.personOrganisation)) owner.organisation = values.personOrganisation!;
      return { owner, errors: [] };
    }
    case 'organisation':
      if (!known(entity.organisations, values.organisationId))
        return { errors: [{ field: 'organisationId', text: 'Select the organisation that now owns the action' }] };
      return { owner: { kind: 'organisation', id: values.organisationId! }, errors: [] };
    case 'body':
      if (!known(entity.bodies, values.bodyId))
        return { errors: [{ field: 'bodyId', text: 'Select the body that now owns the action' }] };
      return { owner: { kind: 'body', id: values.bodyId! }, errors: [] };
    default:
      return {
        errors: [
          { field: 'ownerKind', text: 'Select whether a person, an organisation or a body now owns the action' },
        ],
      };
  }
}

const FIELDS: Record<string, string> = { reassignedOn: 'reassignedOn-day', reason: 'reason' };

export const reassignmentForm: WorkspaceForm<ReassignedAction> = {
  url: '/workspace/actions/:actionId/reassignment',
  template: 'workspace/reassignment.njk',
  title: 'Reassign an action',
  command: 'ReassignAction',
  load(ledger, { actionId }) {
    const action = findAction(ledger.readDb, actionId!);
    if (!action) return undefined;
    const names = loadNames(ledger.readDb);
    return {
      actionId: action.actionId,
      title: action.title,
      owners: action.owners,
      names,
      organisations: names.organisations,
      bodies: names.bodies,
    };
  },
  streamOf: ({ actionId }) => `action-${actionId}`,
  defaults: () => ({ ...dateDefaults('reassignedOn', today()), sourceDocument: "Minutes or the chair's agreement" }),
  read(values, { actionId }, action) {
    const owner = ownerOf(values, action);
    const reassignedOn = dateField(values, 'reassignedOn', 'the date the new owner took the action over');
    const errors = found(
      ...owner.errors,
      reassignedOn.error,
      required(values, 'sourceDocument', 'Enter where the reassignment was agreed, for example the minutes'),
    );
    if (errors.length > 0) return { errors };
    return {
      commands: [
        {
          type: 'ReassignAction',
          data: {
            actionId,
            owners: [owner.owner],
            reassignedOn: reassignedOn.date,
            ...(values.reason ? { reason: values.reason } : {}),
          },
        },
      ],
      occurredAt: reassignedOn.date!,
      source: sourceOf(values),
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'ownerKind',
  rejectionField: 'ownerKind',
  landing: ({ actionId }) => `/actions/${actionId}`,
  confirmation: (_params, action) => `The new owner of “${action.title}” is recorded.`,
};
