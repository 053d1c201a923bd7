/**
 * The HTTP API as a Fastify plugin-built app: problem+json errors, bearer tokens, OpenAPI at
 * /openapi.json and Swagger UI at /docs, then the routes of each feature, registered explicitly.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { monotonicFactory } from 'ulid';
import { pooledRandom } from '../store/random-source.js';
import type { Ledger } from '../compose.js';
import { registerAuthentication } from './auth/authenticate.js';
import { registerErrorHandling, sendProblem } from './error-handler.js';
import { openApiTransform, openApiTransformObject } from './openapi-conventions.js';
import { registerInputGuard } from './input-guard.js';
import { registerJsonBody } from './json-body.js';
import { registerRateLimits } from './limits.js';
import { registerReadCache } from './read-cache.js';
import { problem } from './problem.js';
import { registerRoutes } from './routes/index.js';
import { registerWeb } from '../web/plugin.js';

export interface AppOptions {
  readonly logger?: FastifyServerOptions['logger'];
}

const requestId = monotonicFactory(pooledRandom());

export const API_TAGS = [
  { name: 'directory', description: 'Organisations, bodies, memberships and representatives' },
  { name: 'meetings', description: 'Meetings, attendance and apologies, agenda items, minutes confirmed' },
  {
    name: 'decisions',
    description: 'Options tabled, positions taken, options agreed, resolutions, amendments and referrals',
  },
  { name: 'funding', description: 'Funds, pledges, contributions received, allocations and payments' },
  { name: 'actions', description: 'Actions assigned at meetings, their owners, progress and completion' },
  {
    name: 'scrutiny',
    description:
      "Scrutiny committees' recommendations to boards and partners, the responses and the actions that follow",
  },
  {
    name: 'work-programme',
    description: "Items planned for bodies' future meetings, their lead officers, and those that slipped",
  },
  {
    name: 'reports',
    description: 'Read models: the decision register, commitments, actions, attendance, partner profiles',
  },
  { name: 'audit', description: 'History of an entity, integrity checks' },
  { name: 'open-data', description: '360Giving grants, Popolo, iCalendar and Atom feeds, for the people downstream' },
  { name: 'admin', description: 'Tokens, health and readiness' },
];

export async function buildApp(ledger: Ledger, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => requestId(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    // A slow body or an idle connection is dropped rather than held open (the figures are in src/config.ts).
    requestTimeout: ledger.config.requestTimeoutMs,
    connectionTimeout: ledger.config.connectionTimeoutMs,
    return503OnClosing: true,
    // Ids are slugs of up to 120 characters; longer path segments get the route's own 400.
    routerOptions: { maxParamLength: 500 },
    // A URL the router cannot decode is the user's mistake: a problem, like every other.
    frameworkErrors: (error, request, reply) => {
      sendProblem(
        reply,
        problem('MALFORMED_REQUEST', `The URL ${JSON.stringify(request.url)} cannot be read: ${error.message}`),
      );
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  registerJsonBody(app);
  registerAuthentication(app, { tokens: ledger.tokens, readsNeedToken: ledger.config.readsNeedToken });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Partnership Ledger',
        version: '0.1.0',
        license: { name: 'MIT', identifier: 'MIT' },
        description:
          'An event-sourced ledger of what strategic partnership boards decide, pledge and assign. ' +
          'Every change is a command that records immutable events; reads come from projections of ' +
          'those events. Errors are application/problem+json with a stable `code`.',
      },
      servers: [{ url: '/', description: 'This ledger server' }],
      tags: API_TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'A token from `ledger token create`' },
        },
      },
    },
    transform: openApiTransform({ readsNeedToken: ledger.config.readsNeedToken }),
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerRateLimits(app, ledger.config);
  registerReadCache(app, () => ledger.projections.position);
  registerRoutes(app, ledger);
  await registerWeb(app, ledger);
  return app;
}
