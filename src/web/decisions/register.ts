/** The decision register: search and filters in the GOV.UK filter layout, paginated, with the result count. */
import {
  DecisionFilters,
  isSearchQueryError,
  pageOfDecisions,
  type DecisionView,
} from '../../projections/decision-register/index.js';
import type { PageDefinition, PageRequest } from '../shared/page.js';
import { pagination, PageNumber } from '../shared/pagination.js';
import type { FieldError } from '../shared/query.js';
import type { Names } from '../shared/names.js';
import { withReadModels } from '../shared/read-models.js';
import { withReadableText } from '../shared/decision-text.js';

const RegisterQuery = DecisionFilters.extend({ page: PageNumber });

const PAGE_SIZE = 10;

const alternatesOf = (link: PageRequest<unknown>['link'], filters: Record<string, string | undefined>) => [
  { text: 'JSON', href: link('/reports/decisions', filters) },
  { text: 'CSV', href: link('/decisions.csv', filters) },
];

/** The options of the body and organisation filters, the chosen one selected. */
function choicesOf(names: Names, filters: Record<string, string | undefined>) {
  const options = (any: string, list: Names['bodies'], chosen: string | undefined) => [
    { value: '', text: any },
    ...list.map(({ id, name }) => ({ value: id, text: name, selected: id === chosen })),
  ];
  return {
    bodies: options('Any body', names.bodies, filters.bodyId),
    organisations: options('Any organisation', names.organisations, filters.organisationId),
  };
}

async function filterForm(request: PageRequest<Record<string, string>>, errors: FieldError[]) {
  const { names } = await withReadModels(request.ledger, request.asAt, (models) => ({ names: models.names }));
  return {
    title: 'Decision register',
    names,
    choices: choicesOf(names, request.query),
    filters: request.query,
    decisions: [],
    total: 0,
    errors,
  };
}

export const registerPageDefinition: PageDefinition<typeof RegisterQuery> = {
  url: '/decisions',
  template: 'decisions/register.njk',
  query: RegisterQuery,
  dateFields: ['from', 'to'],
  form: filterForm,
  async load(request) {
    const { page = 1, ...filters } = request.query;
    let found: { decisions: DecisionView[]; total: number } | undefined;
    let searchError: string | undefined;
    const { names } = await withReadModels(request.ledger, request.asAt, (models) => {
      try {
        found = pageOfDecisions(models.db, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE);
      } catch (error) {
        if (!isSearchQueryError(error)) throw error;
        searchError = error.message;
      }
      return { names: models.names };
    });
    const stringFilters = filters as Record<string, string | undefined>;
    if (searchError !== undefined || found === undefined) {
      return {
        title: 'Decision register',
        status: 400,
        names,
        choices: choicesOf(names, stringFilters),
        filters: stringFilters,
        decisions: [],
        total: 0,
        errors: [{ field: 'q', text: `Search: ${searchError}` }],
      };
    }
    const total = found.total;
    return {
      title: 'Decision register',
      names,
      choices: choicesOf(names, stringFilters),
      filters: stringFilters,
      total,
      decisions: found.decisions.map((decision) => withReadableText(decision, names)),
      pagination: pagination(request.link, '/decisions', stringFilters, page, Math.ceil(total / PAGE_SIZE)),
      firstShown: total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1,
      lastShown: Math.min(total, page * PAGE_SIZE),
      alternates: alternatesOf(request.link, stringFilters),
    };
  },
};
