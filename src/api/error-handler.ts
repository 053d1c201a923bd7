/**
 * Turns every failure into problem+json. Input a user can send never yields a 500: schema failures
 * are 400 with each field at fault, unreadable bodies 400, unknown routes 404, store trouble 503,
 * events the store refuses 413 (too large for one append) or 400.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppendTooLarge, isStoreError } from '../store/errors.js';
import { RATE_LIMITED_CODE } from './limits.js';
import { problem, PROBLEM_CONTENT_TYPE, type Problem } from './problem.js';

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, requestId: reply.request.id });
}

const FASTIFY_CLIENT_ERRORS: Record<string, Parameters<typeof problem>[0]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'NOT_FOUND',
  [RATE_LIMITED_CODE]: 'RATE_LIMITED',
};

/** One entry per field at fault; an unknown field is named in `path`, so a client can find its typo. */
function fieldErrors(error: FastifyError): Array<{ path: string; message: string }> {
  if (!hasZodFastifySchemaValidationErrors(error)) return [{ path: '', message: error.message }];
  return error.validation.flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const unknown =
      issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys) ? (issue.params.keys as unknown[]) : [];
    if (unknown.length === 0) return [{ path, message: issue.message ?? 'is not valid' }];
    return unknown.map((key) => ({
      path: [path, String(key)].filter(Boolean).join('.'),
      message: 'is not a field of this request; remove it or check its spelling',
    }));
  });
}

function validationProblem(error: FastifyError): Problem {
  const errors = fieldErrors(error);
  const where = error.validationContext ?? 'body';
  return problem(
    'INVALID_INPUT',
    `The ${where} has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ` +
      errors.map((e) => `${e.path || where}: ${e.message}`).join('; '),
    { errors },
  );
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    sendProblem(
      reply,
      problem(
        'NOT_FOUND',
        `There is no route ${request.method} ${request.url.split('?')[0]}; the API is described at /docs.`,
      ),
    );
  });
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) return sendProblem(reply, validationProblem(error));
    const clientKind = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (clientKind) return sendProblem(reply, problem(clientKind, error.message));
    if (isStoreError(error) && error.code === 'INVALID_EVENT') {
      // The store refused what the command would record (too large for one append, or not storable):
      // the request's fault, and nothing was recorded.
      request.log.info({ err: error }, 'event store refused the events of a command');
      return sendProblem(
        reply,
        problem(isAppendTooLarge(error) ? 'PAYLOAD_TOO_LARGE' : 'INVALID_INPUT', error.message),
      );
    }
    if (
      isStoreError(error) &&
      (error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_READ_ONLY' || error.code === 'STORE_FULL')
    ) {
      request.log.warn({ err: error }, 'event store unavailable');
      return sendProblem(reply, problem(error.code, error.message));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, problem('MALFORMED_REQUEST', error.message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      reply,
      problem(
        'INTERNAL',
        'The ledger failed to handle this request; nothing was recorded unless a response said so. ' +
          'Quote the requestId when reporting it.',
      ),
    );
  });
}
