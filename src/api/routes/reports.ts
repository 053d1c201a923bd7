/**
 * The read models over HTTP. Lists say how current they are (`projectedPosition`); entity reads
 * send the entity's revision as an ETag. `asAt` answers from the same read models as they stood
 * then, through the one read path (src/projections/read.ts): a query, never a replay.
 */
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';
import { AsAtText } from '../../domain/shared/dates.js';
import { ResolutionLetter } from '../../domain/shared/references.js';
import { aggregates, parseStreamId, Slug } from '../../domain/shared/identifiers.js';
import { ActionFilters, ActionList, ActionView, findAction, listActions } from '../../projections/action-tracker/index.js';
import { attendanceReport, AttendanceFilters, AttendanceReport, missedMeetings, MissedMeetingsFilters, MissedMeetingsReport } from '../../projections/attendance/index.js';
import { auditTrail, AuditTrail, streamRevision, withHashedKeys } from '../../projections/audit-trail/index.js';
import { commitmentsPage, CommitmentsQuery, CommitmentsView } from '../../projections/commitments/index.js';
import { DecisionFilters, DecisionList, DecisionView, findDecision, isSearchQueryError, listDecisions, pageOfDecisions } from '../../projections/decision-register/index.js';
import { partnerProfile, PartnerProfile } from '../../projections/partner-profile/index.js';
import { withReadModel } from '../../projections/read.js';
import { decisionLineage, LineageView } from '../../projections/lineage/index.js';
import { allowRead } from '../auth/authenticate.js';
import { sendProblem } from '../error-handler.js';
import { problem, problemResponses } from '../problem.js';
import { type Page, PageFields, pageFields, pageOf, PageQuery, paginate } from './pages.js';

export const AsAt = z.object({ asAt: AsAtText.optional() });

const Currency = {
  projectedPosition: z.string().describe('The position in the ledger\'s global order this answer includes events up to (-1 before the first)'),
  asAt: z.string().nullable().describe('The knowledge time asked for, as an ISO instant, or null for everything recorded'),
};

const reads = (description: string) => `${description} Public unless the ledger is configured to need a token for reads.`;

interface ListRoute<Filters extends z.ZodObject, View extends z.ZodObject> {
  readonly url: string;
  readonly summary: string;
  readonly description: string;
  readonly filters: Filters;
  readonly view: View;
  /** The list in the view that is cut into pages. */
  readonly page: keyof z.infer<View> & string;
  /** The read model's query, given the filters as the route parsed them. */
  readonly read: (db: Database.Database, filters: z.infer<Filters>) => z.infer<View>;
  /** The same query cut to one page in SQL, with the number that match in all: long lists are never read whole. */
  readonly readPage?: (
    db: Database.Database,
    filters: z.infer<Filters>,
    page: Page,
  ) => z.infer<View> & { total: number };
}

/** A list report takes its filters plus `asAt`, and answers its view plus how current it is. A search that has no words is a 400. */
function registerListRoute<Filters extends z.ZodObject, View extends z.ZodObject>(app: FastifyInstance, ledger: Ledger, route: ListRoute<Filters, View>): void {
  const Query = z.strictObject({ ...route.filters.shape, ...AsAt.shape, ...PageQuery });
  app.withTypeProvider<ZodTypeProvider>().get(route.url, {
    schema: {
      tags: ['reports'],
      summary: route.summary,
      description: reads(route.description),
      querystring: Query,
      response: { 200: route.view.extend(Currency).extend(PageFields), ...problemResponses(400, 401) },
    },
    handler: async (request, reply) => {
      if (!allowRead(request, reply, ledger.config.readsNeedToken)) return reply;
      const { asAt, limit, cursor } = request.query as z.infer<typeof AsAt> & { limit?: number; cursor?: string };
      const filters = route.filters.parse(request.query);
      try {
        if (route.readPage) {
          const page = pageOf({ limit, cursor });
          const read = route.readPage;
          const { total, ...view } = await withReadModel(ledger, asAt, (s) => ({
            ...read(s.db, filters, page),
            projectedPosition: s.projectedPosition,
            asAt: s.asAt,
          }));
          return pageFields(request, view, total, page);
        }
        const view = await withReadModel(ledger, asAt, (s) => ({ ...route.read(s.db, filters), projectedPosition: s.projectedPosition, asAt: s.asAt }));
        return paginate(request, view, route.page, { limit, cursor });
      } catch (error) {
        if (!isSearchQueryError(error)) throw error;
        return sendProblem(reply, problem('INVALID_INPUT', error.message, { errors: [{ path: 'q', message: error.message }] }));
      }
    },
  });
}

function registerListRoutes(app: FastifyInstance, ledger: Ledger): void {
  registerListRoute(app, ledger, {
    url: '/reports/decisions',
    summary: 'The decision register: every decision, filtered and searched',
    description: 'Each lettered resolution with its meeting, options, partners\' positions, who was present, status and what it authorised. `q` searches titles, resolutions and notes.',
    filters: DecisionFilters,
    view: DecisionList,
    page: 'decisions',
    read: listDecisions,
    readPage: (db, filters, page) => pageOfDecisions(db, filters, page.offset, page.limit),
  });
  registerListRoute(app, ledger, {
    url: '/reports/actions',
    summary: 'The action tracker: which actions are open or overdue, and who owns them',
    description: 'Sub-actions sit under their parent. `overdueOn` lists what was open and past due on that date.',
    filters: ActionFilters,
    view: ActionList,
    page: 'actions',
    read: listActions,
  });
  registerListRoute(app, ledger, {
    url: '/reports/attendance',
    summary: 'Attendance per meeting and per organisation, with substitutes and apologies',
    description: 'Apologies do not count as attendance.',
    filters: AttendanceFilters,
    view: AttendanceReport,
    page: 'meetings',
    read: attendanceReport,
  });
  registerListRoute(app, ledger, {
    url: '/reports/attendance/missed',
    summary: 'Members no one attended for at three meetings in a row',
    description: 'The terms-of-reference rule (2010 recommendations): no attendance at three meetings, apologies or not, means the organisation is asked for a new representative.',
    filters: MissedMeetingsFilters,
    view: MissedMeetingsReport,
    page: 'runs',
    read: missedMeetings,
  });
}

interface EntityRoute {
  readonly url: string;
  readonly tag: 'reports' | 'audit';
  readonly summary: string;
  readonly params: z.ZodObject;
  readonly view: z.ZodType;
  readonly streamOf: (params: Record<string, string>) => string;
  readonly find: (db: Database.Database, params: Record<string, string>) => object | undefined;
  /** What the 404 says: what was looked for, and where to look instead. */
  readonly missing: (params: Record<string, string>) => string;
  /** The list in the view cut into pages, for an entity whose view is a long list (its history). */
  readonly page?: string;
}

/** An entity read: its view with the stream's revision as the ETag (none when the stream has no events), or a 404 that helps. */
function registerEntityRoute(app: FastifyInstance, ledger: Ledger, route: EntityRoute): void {
  app.withTypeProvider<ZodTypeProvider>().get(route.url, {
    schema: {
      tags: [route.tag],
      summary: route.summary,
      description: reads('The ETag is the entity\'s revision.'),
      params: route.params,
      querystring: z.strictObject({ ...AsAt.shape, ...(route.page ? PageQuery : {}) }),
      response: { 200: route.page ? (route.view as z.ZodObject).extend(PageFields) : route.view, ...problemResponses(400, 401, 404) },
    },
    handler: async (request, reply) => {
      if (!allowRead(request, reply, ledger.config.readsNeedToken)) return reply;
      const params = request.params as Record<string, string>;
      const { asAt, limit, cursor } = request.query as { asAt?: string; limit?: number; cursor?: string };
      const streamId = route.streamOf(params);
      // As at a time, the revision is the audit trail's, read in the same view as the entity.
      const { found, revisionAsAt } = await withReadModel(ledger, asAt, (s) => ({
        found: route.find(s.db, params),
        revisionAsAt: s.asAt === null ? undefined : BigInt(streamRevision(s.db, streamId)),
      }));
      if (found === undefined) return sendProblem(reply, problem('NOT_FOUND', `${route.missing(params)}${asAt === undefined ? '' : ` (as at ${asAt})`}`));
      const revision = revisionAsAt ?? (await ledger.commands.currentRevision(streamId));
      if (revision >= 0n) reply.header('etag', `"${revision}"`);
      return route.page ? paginate(request, found as Record<string, unknown>, route.page, { limit, cursor }) : found;
    },
  });
}

const entityRoutes: readonly EntityRoute[] = [
  {
    url: '/reports/decisions/:proposalId/:resolution',
    tag: 'reports',
    summary: 'One decision, e.g. minute 3 a) of 27 October 2016',
    params: z.object({ proposalId: Slug.describe('The matter, e.g. lg-2016-10-27-item-3'), resolution: ResolutionLetter }),
    view: DecisionView,
    streamOf: (p) => `proposal-${p.proposalId}`,
    find: (db, p) => findDecision(db, p.proposalId!, p.resolution!),
    missing: (p) => `No resolution ${p.resolution}) of ${p.proposalId} is recorded; GET /reports/decisions lists the decisions.`,
  },
  {
    url: '/reports/decisions/:proposalId/:resolution/lineage',
    tag: 'reports',
    summary: 'The chain of one decision: on whose recommendation, authorised by whom, implemented how, reported back by whom',
    params: z.object({ proposalId: Slug.describe('The matter, e.g. abg-2008-10-30-item-1'), resolution: ResolutionLetter }),
    view: LineageView,
    streamOf: (p) => `proposal-${p.proposalId}`,
    find: (db, p) => decisionLineage(db, p.proposalId!, p.resolution),
    missing: (p) => `No resolution ${p.resolution}) of ${p.proposalId} is recorded; GET /reports/decisions lists the decisions.`,
  },
  {
    url: '/reports/actions/:actionId',
    tag: 'reports',
    summary: 'One action with its history and sub-actions',
    params: z.object({ actionId: Slug.describe('The action, e.g. lg-2016-10-27-3-1') }),
    view: ActionView,
    streamOf: (p) => `action-${p.actionId}`,
    find: (db, p) => findAction(db, p.actionId!),
    missing: (p) => `No action ${p.actionId} is recorded; GET /reports/actions lists the actions.`,
  },
  {
    url: '/partners/:organisationId',
    tag: 'reports',
    summary: 'One partner across everything: memberships, attendance, positions, money and actions',
    params: z.object({ organisationId: Slug.describe('The organisation, e.g. stroud-district-council') }),
    view: PartnerProfile,
    streamOf: (p) => `organisation-${p.organisationId}`,
    find: (db, p) => partnerProfile(db, p.organisationId!),
    missing: (p) => `The ledger has nothing about an organisation ${p.organisationId}.`,
  },
  {
    url: '/history/:entity',
    tag: 'audit',
    summary: 'Every event of one entity (a stream such as fund-devolution-capacity), oldest first, exactly as recorded',
    params: z.object({ entity: z.string().min(1).max(200).describe('The stream, e.g. fund-devolution-capacity or proposal-lg-2016-10-27-item-3') }),
    view: AuditTrail,
    page: 'events',
    streamOf: (p) => p.entity!,
    find: (db, p) => withHashedKeys(auditTrail(db, p.entity!)),
    missing: (p) =>
      parseStreamId(p.entity!)
        ? `No events are recorded for ${p.entity}.`
        : `${p.entity} is not an entity: name one as <kind>-<id>, where kind is ${aggregates.join(', ')}; e.g. fund-devolution-capacity.`,
  },
];

function registerCommitmentsRoute(app: FastifyInstance, ledger: Ledger): void {
  app.withTypeProvider<ZodTypeProvider>().get('/reports/commitments', {
    schema: {
      tags: ['reports'],
      summary: 'Commitments and reconciliation: who was asked, pledged, paid and owes, per fund',
      description: reads('`asAt` limits to what was recorded by then; `financialYear` (e.g. 2016/17) to money moved within it.'),
      querystring: z.strictObject({ ...CommitmentsQuery.shape, ...PageQuery }),
      response: { 200: CommitmentsView.extend({ projectedPosition: Currency.projectedPosition }).extend(PageFields), ...problemResponses(400, 401) },
    },
    handler: async (request, reply) => {
      if (!allowRead(request, reply, ledger.config.readsNeedToken)) return reply;
      const { limit, cursor, asAt, ...query } = request.query;
      const page = pageOf({ limit, cursor });
      const { total, ...view } = await withReadModel(ledger, asAt, (s) => ({
        ...commitmentsPage(s.db, query, page),
        asAt: asAt ?? null,
        projectedPosition: s.projectedPosition,
      }));
      return pageFields(request, view, total, page);
    },
  });
}

export function registerReportRoutes(app: FastifyInstance, ledger: Ledger): void {
  registerListRoutes(app, ledger);
  registerCommitmentsRoute(app, ledger);
  for (const route of entityRoutes) registerEntityRoute(app, ledger, route);
}
