/**
 * A body's work programme (forward plan): items planned for its coming meetings, with their lead
 * officer and kind; the ones that slipped by the page's date (or a chosen one), and why; the items
 * taken or dropped; and its task-and-finish groups. All from the work programme read model.
 */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';
import { listWorkProgramme, type PlanItemView } from '../../projections/work-programme/index.js';
import type { Names } from '../shared/names.js';
import { slipReason } from '../shared/slip-reasons.js';
import type { PageDefinition, PageRequest } from '../shared/page.js';
import type { FieldError } from '../shared/query.js';
import { withReadModels } from '../shared/read-models.js';
import { today } from '../shared/today.js';

const WorkProgrammeQuery = z.object({
  slippedOn: IsoDate.optional().describe('The date by which an item counts as slipped; the page date by default'),
});

/** The read model's reasons for a slip, with names and months as people write them. */
function slipReasons(item: PlanItemView, names: Names): string[] {
  const readable = item.slipped.map((reason) => slipReason(reason, names));
  return readable.map((reason, index) => (index === 0 ? reason.charAt(0).toUpperCase() + reason.slice(1) : reason));
}

async function filterForm(request: PageRequest<Record<string, string>>, errors: FieldError[]) {
  const names = await withReadModels(request.ledger, request.asAt, (models) => models.names);
  const bodyId = request.params.bodyId!;
  return {
    title: `Work programme of ${names.body(bodyId)}`,
    body: { id: bodyId, name: names.body(bodyId) },
    filters: request.query,
    planned: [],
    slipped: [],
    closed: [],
    taskGroups: [],
    names,
    errors,
  };
}

export const workProgrammePage: PageDefinition<typeof WorkProgrammeQuery> = {
  url: '/bodies/:bodyId/work-programme',
  template: 'work-programme/page.njk',
  query: WorkProgrammeQuery,
  dateFields: ['slippedOn'],
  form: filterForm,
  async load({ ledger, asAt, params, query, link }) {
    const bodyId = params.bodyId!;
    const slippedOn = query.slippedOn ?? asAt ?? today();
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      if (!names.bodies.some((body) => body.id === bodyId)) return undefined;
      const all = listWorkProgramme(db, { bodyId });
      const slipped = listWorkProgramme(db, { bodyId, slippedOn }).items.map((item) => ({
        ...item,
        reasons: slipReasons(item, names),
      }));
      return {
        names,
        body: { id: bodyId, name: names.body(bodyId) },
        planned: all.items.filter((item) => item.status === 'planned'),
        slipped,
        closed: all.items.filter((item) => item.status !== 'planned'),
        taskGroups: all.taskGroups,
      };
    });
    if (!found)
      return {
        notFound: `No body ${bodyId} is recorded${asAt ? ` as at ${asAt}` : ''}, so it has no work programme.`,
        lookIn: { text: 'the bodies listed on the home page', href: link('/') },
      };
    return {
      title: `Work programme of ${found.body.name}`,
      ...found,
      slippedOn,
      filters: { slippedOn: query.slippedOn },
      alternates: [
        { text: 'JSON', href: link('/reports/work-programme', { bodyId, slippedOn: query.slippedOn }) },
        { text: 'CSV', href: link('/work-programme.csv', { bodyId, slippedOn: query.slippedOn }) },
      ],
    };
  },
};
