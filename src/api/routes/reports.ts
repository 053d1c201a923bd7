/**
 * The read models' lists over HTTP. Each route is one read model (its `{ filters, view, read }`,
 * see src/projections/read.ts) at a URL: the query string is its filters plus `asAt` and the page,
 * the answer its view plus how current it is (`projectedPosition`). `asAt` answers from the same
 * read models as they stood then, through the one read path: a query, never a replay.
 */
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';
import { actionTracker } from '../../projections/action-tracker/index.js';
import { attendance, missedMeetingRuns } from '../../projections/attendance/index.js';
import { awaitingAuthorisation, commitments } from '../../projections/commitments/index.js';
import { decisionRegister, isSearchQueryError, pageOfDecisions } from '../../projections/decision-register/index.js';
import { people } from '../../projections/people/index.js';
import { withReadModel, type ReadModel } from '../../projections/read.js';
import { recommendations } from '../../projections/scrutiny/index.js';
import { workProgrammeReport } from '../../projections/work-programme/index.js';
import { allowRead } from '../auth/authenticate.js';
import { sendProblem } from '../error-handler.js';
import { problem, problemResponses } from '../problem.js';
import { type Page, PageFields, pageFields, pageOf, paginate } from './pages.js';
import { Currency, Reading, reads } from './reading.js';
import { registerEntityRoutes } from './report-entities.js';

export { AsAt } from './reading.js';

interface ListRoute<Filters extends z.ZodObject, View extends z.ZodObject> {
  readonly url: string;
  readonly summary: string;
  readonly description: string;
  readonly readModel: ReadModel<Filters, View>;
  /** The list in the view that is cut into pages. */
  readonly page: keyof z.infer<View> & string;
  /**
   * The read model's query cut to one page in SQL, with the number that match in all: long lists are never read whole.
   */
  readonly readPage?: (
    db: Database.Database,
    filters: z.infer<Filters>,
    page: Page,
  ) => z.infer<View> & { total: number };
}

/**
 * A list report takes its filters plus `asAt`, and answers its view plus how current it is.
 * A search that has no words is a 400.
 */
function registerListRoute<Filters extends z.ZodObject, View extends z.ZodObject>(
  app: FastifyInstance,
  ledger: Ledger,
  route: ListRoute<Filters, View>,
): void {
  const { filters, view, read } = route.readModel;
  const { readPage } = route;
  app.withTypeProvider<ZodTypeProvider>().get(route.url, {
    schema: {
      tags: ['reports'],
      summary: route.summary,
      description: reads(route.description),
      querystring: z.strictObject({ ...filters.shape, ...Reading.shape }),
      response: { 200: view.extend(Currency).extend(PageFields), ...problemResponses(400, 401) },
    },
    handler: async (request, reply) => {
      if (!allowRead(request, reply, ledger.config.readsNeedToken)) return reply;
      // The query string was checked as a whole; each part is taken back out with its own schema.
      const { asAt, limit, cursor } = Reading.parse(request.query);
      const given = filters.parse(request.query);
      try {
        if (readPage) {
          const page = pageOf({ limit, cursor });
          const { total, ...answer } = await withReadModel(ledger, asAt, (s) => ({
            ...readPage(s.db, given, page),
            projectedPosition: s.projectedPosition,
            asAt: s.asAt,
          }));
          return pageFields(request, answer, total, page);
        }
        const answer = await withReadModel(ledger, asAt, (s) => ({
          ...read(s.db, given),
          projectedPosition: s.projectedPosition,
          asAt: s.asAt,
        }));
        return paginate(request, answer, route.page, { limit, cursor });
      } catch (error) {
        if (!isSearchQueryError(error)) throw error;
        return sendProblem(
          reply,
          problem('INVALID_INPUT', error.message, { errors: [{ path: 'q', message: error.message }] }),
        );
      }
    },
  });
}

function registerListRoutes(app: FastifyInstance, ledger: Ledger): void {
  registerListRoute(app, ledger, {
    url: '/reports/decisions',
    summary: 'The decision register: every decision, filtered and searched',
    description:
      "Each lettered resolution with its meeting, options, partners' positions, who was present, " +
      'status and what it authorised. `q` searches titles, resolutions and notes.',
    readModel: decisionRegister,
    page: 'decisions',
    readPage: (db, filters, page) => pageOfDecisions(db, filters, page.offset, page.limit),
  });
  registerListRoute(app, ledger, {
    url: '/reports/actions',
    summary: 'The action tracker: which actions are open or overdue, and who owns them',
    description: 'Sub-actions sit under their parent. `overdueOn` lists what was open and past due on that date.',
    readModel: actionTracker,
    page: 'actions',
  });
  registerListRoute(app, ledger, {
    url: '/reports/attendance',
    summary: 'Attendance per meeting and per organisation, with substitutes and apologies',
    description: 'Apologies do not count as attendance.',
    readModel: attendance,
    page: 'meetings',
  });
  registerListRoute(app, ledger, {
    url: '/reports/attendance/missed',
    summary: 'Members no one attended for at three meetings in a row',
    description:
      'The terms-of-reference rule (2010 recommendations): no attendance at three meetings, ' +
      'apologies or not, means the organisation is asked for a new representative.',
    readModel: missedMeetingRuns,
    page: 'runs',
  });
  registerListRoute(app, ledger, {
    url: '/reports/people',
    summary:
      'The people directory: everyone the minutes name, with their organisations, attendance, positions and actions',
    description:
      "`q` matches any form of a name (the directory's aliases, in any case, with or without a " +
      'title: Cllr Chris Hancock finds Cllr Christopher Hancock); `organisationId` keeps the ' +
      'people of one organisation.',
    readModel: people,
    page: 'people',
  });
  registerListRoute(app, ledger, {
    url: '/reports/commitments',
    summary: 'Commitments and reconciliation: who was asked, pledged, paid and owes, per fund',
    description: '`asAt` limits to what was recorded by then; `financialYear` (e.g. 2016/17) to money moved within it.',
    readModel: commitments,
    page: 'funds',
  });
  registerListRoute(app, ledger, {
    url: '/reports/commitments/awaiting-partner-authorisation',
    summary: "Pledges not yet backed by the partner's own decision",
    description:
      "The finance officer's list: each pledge with a sum that no decision of the partner's own " +
      '(its cabinet, a committee, an officer) authorises yet.',
    readModel: awaitingAuthorisation,
    page: 'pledges',
  });
  registerListRoute(app, ledger, {
    url: '/reports/recommendations',
    summary:
      'Scrutiny recommendations, their responses and actions; those awaiting a response for more ' +
      'than N days, or overdue',
    description:
      'Business dates: `overdueOn` lists what had no response on that date and was past its due ' +
      'date; `moreThanDays` what had waited more than N days on `awaitingOn` (today when not ' +
      'given).',
    readModel: recommendations,
    page: 'recommendations',
  });
  registerListRoute(app, ledger, {
    url: '/reports/work-programme',
    summary: "Items planned for bodies' future meetings, and those that slipped",
    description:
      'Each item with its kind, lead officer, planned meeting or month and replans; `slippedOn` ' +
      'keeps only those replanned, or still open on that date though their meeting had been held ' +
      '(or their month had ended).',
    readModel: workProgrammeReport,
    page: 'items',
  });
}

export function registerReportRoutes(app: FastifyInstance, ledger: Ledger): void {
  registerListRoutes(app, ledger);
  registerEntityRoutes(app, ledger);
}
