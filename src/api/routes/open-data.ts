/**
 * Open data over HTTP: 360Giving grants, Popolo, iCalendar and Atom feeds, each read from the read
 * models (live, or `asAt` a knowledge time, as the reports answer it) and shaped by src/open-data.
 * Every response says how current it is in the X-Projected-Position and X-As-At headers.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';
import { OrganisationsWithoutIdentifier } from '../../open-data/org-ids.js';
import { withOpenData, type OpenDataSnapshot } from '../../open-data/read-models.js';
import { openDataSettings, type OpenDataSettings } from '../../open-data/settings.js';
import { allowRead } from '../auth/authenticate.js';
import { sendProblem } from '../error-handler.js';
import { problem, problemResponses } from '../problem.js';
import { AsAt } from './reports.js';
import { openDataFormats } from './open-data-formats.js';

export const LocalOrgIds = z
  .enum(['true', 'false'])
  .optional()
  .describe(
    'true gives organisations and bodies without an org-id identifier one in the local scheme ' +
      '(the 360Giving prefix, org- or body-, and the ledger id) instead of refusing',
  );

export interface OpenDataRoute {
  readonly url: string;
  readonly summary: string;
  readonly description: string;
  readonly contentType: string;
  /** The response: a zod object for JSON, z.string() for text formats; carries the example. */
  readonly response: z.ZodType;
  readonly params?: z.ZodObject;
  /** Filters besides asAt (and localOrgIds where `localOrgIds` is set). */
  readonly filters?: z.ZodObject;
  readonly localOrgIds?: boolean;
  /** The body, or undefined for a 404 with `missing`. */
  readonly render: (
    snapshot: OpenDataSnapshot,
    settings: OpenDataSettings,
    input: Record<string, string | undefined>,
  ) => string | object | undefined;
  readonly missing?: (input: Record<string, string | undefined>) => string;
}

function respond(
  reply: FastifyReply,
  route: OpenDataRoute,
  snapshot: OpenDataSnapshot,
  body: string | object,
): string | object {
  reply.header('x-projected-position', snapshot.projectedPosition);
  if (snapshot.asAt !== null) reply.header('x-as-at', snapshot.asAt);
  reply.type(route.contentType);
  return body;
}

function registerOpenDataRoute(app: FastifyInstance, ledger: Ledger, route: OpenDataRoute): void {
  const query = z.strictObject({
    ...(route.filters?.shape ?? {}),
    ...AsAt.shape,
    ...(route.localOrgIds ? { localOrgIds: LocalOrgIds } : {}),
  });
  app.withTypeProvider<ZodTypeProvider>().get(route.url, {
    schema: {
      tags: ['open-data'],
      summary: route.summary,
      description: `${route.description} Public unless the ledger is configured to need a token for reads.`,
      ...(route.params ? { params: route.params } : {}),
      querystring: query,
      response: {
        200: { description: route.summary, content: { [route.contentType]: { schema: route.response } } },
        ...problemResponses(400, 401, 404, 409),
      },
    },
    handler: async (request, reply) => {
      if (!allowRead(request, reply, ledger.config.readsNeedToken)) return reply;
      const input = {
        ...(request.params as Record<string, string>),
        ...(request.query as Record<string, string | undefined>),
      };
      const settings = openDataSettings(ledger.config, input.localOrgIds === 'true');
      let answer;
      try {
        answer = await withOpenData(ledger, input.asAt, (snapshot) => {
          const body = route.render(snapshot, settings, input);
          return body === undefined ? undefined : { snapshot, body };
        });
      } catch (error) {
        if (!(error instanceof OrganisationsWithoutIdentifier)) throw error;
        return sendProblem(reply, problem('RULE_REJECTED', error.message, { code: error.code }));
      }
      if (answer === undefined)
        return sendProblem(
          reply,
          problem('NOT_FOUND', route.missing?.(input) ?? `Nothing is recorded at ${request.url}.`),
        );
      const body = respond(reply, route, answer.snapshot, answer.body);
      return typeof body === 'string' ? reply.send(body) : body;
    },
  });
}

export function registerOpenDataRoutes(app: FastifyInstance, ledger: Ledger): void {
  for (const route of openDataFormats) registerOpenDataRoute(app, ledger, route);
}
