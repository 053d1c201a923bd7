/**
 * Scrutiny recommendations: each with its committee (and council), whom it was made to, the
 * response and the actions that carry it out; the ones overdue on the page's date; and the
 * "awaiting a response for more than N days" filter. All from the scrutiny read model.
 */
import { listRecommendations, RecommendationFilters } from '../../projections/scrutiny/index.js';
import type { PageDefinition, PageRequest } from '../shared/page.js';
import type { FieldError } from '../shared/query.js';
import { withReadModels, type ReadModels } from '../shared/read-models.js';
import { today } from '../shared/today.js';

type Choice = { readonly value: string; readonly text: string };

/** The committees and recipients that have recommendations, for the filters. */
function choicesOf({ db, names }: ReadModels, countedTo: string) {
  const all = listRecommendations(db, {}, countedTo).recommendations;
  const unique = (choices: Choice[]) =>
    [...new Map(choices.map((choice) => [choice.value, choice])).values()].sort((a, b) =>
      a.text.localeCompare(b.text, 'en-GB'),
    );
  return {
    committees: unique(all.map((r) => ({ value: r.scrutinyBodyId, text: names.body(r.scrutinyBodyId) }))),
    recipients: unique(all.map((r) => ({ value: r.to.id, text: names.party(r.to) }))),
  };
}

async function filterForm(request: PageRequest<Record<string, string>>, errors: FieldError[]) {
  const countedTo = request.asAt ?? today();
  const models = await withReadModels(request.ledger, request.asAt, (read) => ({
    names: read.names,
    ...choicesOf(read, countedTo),
  }));
  return {
    title: 'Scrutiny recommendations',
    ...models,
    filters: request.query,
    recommendations: [],
    overdue: [],
    errors,
  };
}

export const recommendationsPage: PageDefinition<typeof RecommendationFilters> = {
  url: '/recommendations',
  template: 'recommendations/page.njk',
  query: RecommendationFilters,
  dateFields: ['awaitingOn', 'overdueOn'],
  form: filterForm,
  async load({ ledger, asAt, query, link }) {
    const countedTo = asAt ?? today();
    const data = await withReadModels(ledger, asAt, (models) => {
      const { db } = models;
      const narrowed = { scrutinyBodyId: query.scrutinyBodyId, recipientId: query.recipientId };
      return {
        names: models.names,
        ...choicesOf(models, countedTo),
        recommendations: listRecommendations(db, query, countedTo).recommendations,
        overdue: listRecommendations(db, { ...narrowed, overdueOn: countedTo }, countedTo).recommendations,
      };
    });
    const filters = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]));
    return {
      title: 'Scrutiny recommendations',
      ...data,
      filters,
      countedTo,
      alternates: [
        { text: 'JSON', href: link('/reports/recommendations', filters) },
        { text: 'CSV', href: link('/recommendations.csv', filters) },
      ],
    };
  },
};
