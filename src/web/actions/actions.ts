/** The action tracker: open, overdue and completed actions by owner and body; one action with its history. */
import { z } from 'zod';
import { ActionFilters, findAction, listActions } from '../../projections/action-tracker/index.js';
import type { PageDefinition, PageRequest } from '../shared/page.js';
import type { FieldError } from '../shared/query.js';
import { withReadModels } from '../shared/read-models.js';

async function filterForm(request: PageRequest<Record<string, string>>, errors: FieldError[]) {
  const names = await withReadModels(request.ledger, request.asAt, (models) => models.names);
  return { title: 'Actions', names, filters: request.query, actions: [], errors };
}

export const actionsPage: PageDefinition<typeof ActionFilters> = {
  url: '/actions',
  template: 'actions/list.njk',
  query: ActionFilters,
  dateFields: ['overdueOn'],
  form: filterForm,
  async load({ ledger, asAt, query, link }) {
    const { names, actions } = await withReadModels(ledger, asAt, ({ db, names }) => ({
      names,
      actions: listActions(db, query).actions,
    }));
    const filters = query as Record<string, string | undefined>;
    return {
      title: 'Actions',
      names,
      filters,
      actions,
      alternates: [
        { text: 'JSON', href: link('/reports/actions', filters) },
        { text: 'CSV', href: link('/actions.csv', filters) },
      ],
    };
  },
};

export const actionPage: PageDefinition<z.ZodObject> = {
  url: '/actions/:actionId',
  template: 'actions/action.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const actionId = params.actionId!;
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const action = findAction(db, actionId);
      return action ? { action, names } : undefined;
    });
    if (!found)
      return {
        notFound: `No action ${actionId} is recorded${asAt ? ` as at ${asAt}` : ''}.`,
        lookIn: { text: 'the action tracker', href: link('/actions') },
      };
    return {
      title: found.action.title,
      ...found,
      alternates: [
        { text: 'JSON', href: link(`/reports/actions/${actionId}`) },
        { text: 'History (JSON)', href: link(`/history/action-${actionId}`) },
      ],
    };
  },
};
