/**
 * One entity of a read model over HTTP: a decision, an action, a decision's lineage, a partner, an
 * entity's history. The path parameters are the read model's key; the answer is its view, with the
 * entity's stream revision as the ETag, or a 404 that says where to look instead.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';
import { ResolutionLetter } from '../../domain/shared/references.js';
import { aggregates, parseStreamId } from '../../domain/shared/identifiers.js';
import { action } from '../../projections/action-tracker/index.js';
import { history, streamRevision, withHashedKeys } from '../../projections/audit-trail/index.js';
import { decision } from '../../projections/decision-register/index.js';
import { lineage } from '../../projections/lineage/index.js';
import { partner } from '../../projections/partner-profile/index.js';
import { person } from '../../projections/people/index.js';
import { withReadModel, type ReadModel } from '../../projections/read.js';
import { allowRead } from '../auth/authenticate.js';
import { sendProblem } from '../error-handler.js';
import { problem, problemResponses } from '../problem.js';
import { PageFields, paginate } from './pages.js';
import { AsAt, Reading, reads } from './reading.js';

interface EntityRoute<Key extends z.ZodObject, View extends z.ZodObject> {
  readonly url: string;
  readonly tag: 'reports' | 'audit';
  readonly summary: string;
  readonly readModel: ReadModel<Key, View, z.infer<View> | undefined>;
  /** The path's parameters where the URL asks more of them than the read model's key does. */
  readonly params?: z.ZodObject;
  readonly streamOf: (key: z.infer<Key>) => string;
  /** What the 404 says: what was looked for, and where to look instead. */
  readonly missing: (key: z.infer<Key>) => string;
  /** The list in the view cut into pages, for an entity whose view is a long list (its history). */
  readonly page?: keyof z.infer<View> & string;
}

/**
 * An entity read: its view with the stream's revision as the ETag (none when the stream has no
 * events), or a 404 that helps.
 */
function registerEntityRoute<Key extends z.ZodObject, View extends z.ZodObject>(
  app: FastifyInstance,
  ledger: Ledger,
  route: EntityRoute<Key, View>,
): void {
  const { filters, view, read } = route.readModel;
  const querystring: z.ZodObject = route.page ? z.strictObject(Reading.shape) : z.strictObject(AsAt.shape);
  const answer: z.ZodObject = route.page ? view.extend(PageFields) : view;
  app.withTypeProvider<ZodTypeProvider>().get(route.url, {
    schema: {
      tags: [route.tag],
      summary: route.summary,
      description: reads("The ETag is the entity's revision."),
      params: route.params ?? filters,
      querystring,
      response: { 200: answer, ...problemResponses(400, 401, 404) },
    },
    handler: async (request, reply) => {
      if (!allowRead(request, reply, ledger.config.readsNeedToken)) return reply;
      const key = filters.parse(request.params);
      const { asAt, limit, cursor } = Reading.parse(request.query);
      const streamId = route.streamOf(key);
      // As at a time, the revision is the audit trail's, read in the same view as the entity.
      const { found, revisionAsAt } = await withReadModel(ledger, asAt, (s) => ({
        found: read(s.db, key),
        revisionAsAt: s.asAt === null ? undefined : BigInt(streamRevision(s.db, streamId)),
      }));
      if (found === undefined)
        return sendProblem(
          reply,
          problem('NOT_FOUND', `${route.missing(key)}${asAt === undefined ? '' : ` (as at ${asAt})`}`),
        );
      const revision = revisionAsAt ?? (await ledger.commands.currentRevision(streamId));
      if (revision >= 0n) reply.header('etag', `"${revision}"`);
      return route.page ? paginate(request, found, route.page, { limit, cursor }) : found;
    },
  });
}

/** The history as the public reads it: each idempotency key replaced by its hash. */
const publicHistory: typeof history = { ...history, read: (db, key) => withHashedKeys(history.read(db, key)) };

export function registerEntityRoutes(app: FastifyInstance, ledger: Ledger): void {
  registerEntityRoute(app, ledger, {
    url: '/reports/decisions/:proposalId/:resolution',
    tag: 'reports',
    summary: 'One decision, e.g. minute 3 a) of 27 October 2016',
    readModel: decision,
    streamOf: (key) => `proposal-${key.proposalId}`,
    missing: (key) =>
      `No resolution ${key.resolution}) of ${key.proposalId} is recorded; GET /reports/decisions lists the decisions.`,
  });
  registerEntityRoute(app, ledger, {
    url: '/reports/decisions/:proposalId/:resolution/lineage',
    tag: 'reports',
    summary:
      'The chain of one decision: on whose recommendation, authorised by whom, implemented how, reported back by whom',
    readModel: lineage,
    params: lineage.filters.extend({ resolution: ResolutionLetter }),
    streamOf: (key) => `proposal-${key.proposalId}`,
    missing: (key) =>
      `No resolution ${key.resolution}) of ${key.proposalId} is recorded; GET /reports/decisions lists the decisions.`,
  });
  registerEntityRoute(app, ledger, {
    url: '/reports/actions/:actionId',
    tag: 'reports',
    summary: 'One action with its history and sub-actions',
    readModel: action,
    streamOf: (key) => `action-${key.actionId}`,
    missing: (key) => `No action ${key.actionId} is recorded; GET /reports/actions lists the actions.`,
  });
  registerEntityRoute(app, ledger, {
    url: '/partners/:organisationId',
    tag: 'reports',
    summary: 'One partner across everything: memberships, attendance, positions, money and actions',
    readModel: partner,
    streamOf: (key) => `organisation-${key.organisationId}`,
    missing: (key) => `The ledger has nothing about an organisation ${key.organisationId}.`,
  });
  registerEntityRoute(app, ledger, {
    url: '/reports/people/:personId',
    tag: 'reports',
    summary:
      'One person: organisations, roles over time, meetings attended, apologies, substitutions, positions and actions',
    readModel: person,
    streamOf: (key) => `person-${key.personId}`,
    missing: (key) => `No one is recorded as ${key.personId}; GET /reports/people?q=NAME finds a person by name.`,
  });
  registerEntityRoute(app, ledger, {
    url: '/history/:entity',
    tag: 'audit',
    summary: 'Every event of one entity (a stream such as fund-devolution-capacity), oldest first, exactly as recorded',
    readModel: publicHistory,
    page: 'events',
    streamOf: (key) => key.entity,
    missing: (key) =>
      parseStreamId(key.entity)
        ? `No events are recorded for ${key.entity}.`
        : `${key.entity} is not an entity: name one as <kind>-<id>, where kind is ` +
          `${aggregates.join(', ')}; e.g. fund-devolution-capacity.`,
  });
}
