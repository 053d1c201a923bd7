/**
 * One HTTP route per domain command. The body is the command's data less the fields named in the
 * path; `Idempotency-Key` becomes the commandId, `If-Match: "<revision>"` the expected revision.
 * The response is sent once the read models include the command's events (read-your-writes).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { monotonicFactory } from 'ulid';
import { pooledRandom } from '../../store/random-source.js';
import { z } from 'zod';
import { commandEntry } from '../../domain/index.js';
import type { Ledger } from '../../compose.js';
import type { SourceReference } from '../../store/envelope.js';
import type { CommandOutcome } from '../../store/runner.js';
import { allowWrite } from '../auth/authenticate.js';
import type { TokenRole } from '../auth/token-store.js';
import { sendProblem } from '../error-handler.js';
import { problem, problemResponses } from '../problem.js';
import { CommandAccepted, CommandHeaders, CommandProvenance, parseIfMatch } from './command-schemas.js';

export interface CommandRoute {
  readonly command: string;
  /** e.g. `/funds/:fundId/pledges`; each path parameter is a field of the command's data. */
  readonly url: string;
  readonly tag: string;
  readonly roles: readonly TokenRole[];
}

const newCommandId = monotonicFactory(pooledRandom());

function schemasFor(route: CommandRoute) {
  const entry = commandEntry(route.command);
  if (!entry) throw new Error(`Route ${route.url} names unknown command ${route.command}`);
  const data = entry.definition.schema;
  const pathFields = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);
  const example = { examples: [withoutFields(entry.definition.example, pathFields)] };
  if (pathFields.length === 0)
    return { entry, params: undefined, body: withProvenance(route.command, data).meta(example) };
  if (!(data instanceof z.ZodObject))
    throw new Error(`Command ${route.command} has path fields, so its data must be a zod object`);
  const shape = data.shape as Record<string, z.ZodType>;
  const params = z.object(Object.fromEntries(pathFields.map((field) => [field, shape[field] ?? z.string()])));
  const bodyShape = Object.fromEntries(Object.entries(shape).filter(([field]) => !pathFields.includes(field)));
  return { entry, params, body: z.strictObject({ ...bodyShape, ...CommandProvenance }).meta(example) };
}

/**
 * The command's fields and its business time and source. A body with a field the command does not know
 * is refused, not silently stripped: a typo must not lose data.
 */
function withProvenance(command: string, schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) return schema.extend(CommandProvenance).strict();
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const options = schema.options.map((option) => withProvenance(command, option as z.ZodType)) as [
      z.ZodObject,
      ...z.ZodObject[],
    ];
    return z.discriminatedUnion(schema.def.discriminator, options);
  }
  throw new Error(`Command ${command} must take a zod object or a discriminated union of objects`);
}

function withoutFields(example: Record<string, unknown>, fields: readonly string[]) {
  return Object.fromEntries(Object.entries(example).filter(([key]) => !fields.includes(key)));
}

export function registerCommandRoute(app: FastifyInstance, ledger: Ledger, route: CommandRoute): void {
  const { entry, params, body } = schemasFor(route);
  app.withTypeProvider<ZodTypeProvider>().post(route.url, {
    // Who may write, and in what format, is settled before the body is read or validated.
    onRequest: async (request, reply) => {
      if (!allowWrite(request, reply, route.roles) || !isJson(request, reply)) return reply;
      return undefined;
    },
    schema: {
      operationId: route.command,
      summary: entry.definition.summary,
      description:
        `Runs the ${route.command} command. Needs a bearer token with the role ` +
        `${[...route.roles, 'admin'].join(' or ')}.`,
      tags: [route.tag],
      ...(params ? { params } : {}),
      body,
      headers: CommandHeaders,
      security: [{ bearer: [] }],
      response: { 201: CommandAccepted, ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 503) },
    },
    handler: async (request, reply) => {
      const { occurredAt, source, ...fields } = request.body as { occurredAt?: string; source?: SourceReference };
      const data = { ...fields, ...(request.params as object) };
      const outcome = await ledger.commands.run(
        { type: route.command, data },
        {
          commandId: request.headers['idempotency-key'] ?? newCommandId(),
          actor: { id: request.holder!.name, role: request.holder!.role },
          correlationId: request.id,
          expectedRevision: parseIfMatch(request.headers['if-match']),
          ...(occurredAt ? { occurredAt } : {}),
          ...(source ? { source } : {}),
        },
      );
      return respond(ledger, request, reply, outcome);
    },
  });
}

/**
 * Fastify would read a text/plain body as a string; a command is JSON, so anything else is a 415. Returns false after
 * replying.
 */
function isJson(request: FastifyRequest, reply: FastifyReply): boolean {
  const type = request.headers['content-type'];
  if (type !== undefined && /^application\/json\s*(?:;|$)/i.test(type)) return true;
  sendProblem(
    reply,
    problem(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the command as a JSON body with Content-Type: application/json, not ${type || 'no content type'}.`,
    ),
  );
  return false;
}

async function respond(ledger: Ledger, request: FastifyRequest, reply: FastifyReply, outcome: CommandOutcome) {
  switch (outcome.status) {
    case 'invalid':
      return sendProblem(
        reply,
        problem('INVALID_INPUT', outcome.issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; '), {
          errors: [...outcome.issues],
        }),
      );
    case 'rejected':
      return sendProblem(reply, {
        ...problem('RULE_REJECTED', outcome.rejection.message),
        code: outcome.rejection.code,
      });
    case 'conflict':
      return sendProblem(
        reply.header('etag', `"${outcome.actual}"`),
        problem(
          'REVISION_CONFLICT',
          `${outcome.streamId} is at revision ${outcome.actual}, not ${outcome.expected}; read it ` +
            `again and retry with If-Match: "${outcome.actual}".`,
          {
            currentRevision: outcome.actual.toString(),
          },
        ),
      );
    case 'accepted':
      await ledger.projections.catchUpTo(outcome.position);
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      request.log.info(
        { command: outcome.streamId, revision: String(outcome.revision), replayed: outcome.replayed },
        'command accepted',
      );
      return reply
        .code(201)
        .header('etag', `"${outcome.revision}"`)
        .send({
          streamId: outcome.streamId,
          revision: outcome.revision.toString(),
          position: outcome.position.toString(),
          events: outcome.events.map((event) => ({
            eventId: event.eventId,
            type: event.type,
            revision: event.revision.toString(),
            position: event.position.toString(),
          })),
        });
  }
}
