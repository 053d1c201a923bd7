/**
 * Limits that keep one client from starving the rest: a rate per minute for reads (per address, or
 * per token when one is sent) and for writes (per token), answered with 429 problem+json and
 * Retry-After. The figures come from the configuration (src/config.ts). As-at reports need no cap
 * of their own: they are queries over the read models, as cheap as the current ones.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

const RATE_LIMITED = 'LEDGER_RATE_LIMITED';

class RateLimited extends Error {
  readonly code = RATE_LIMITED;
  readonly statusCode = 429;
}

const isWrite = (request: FastifyRequest) => request.method !== 'GET' && request.method !== 'HEAD';

/** Who a limit counts against: the token when there is one, else the address. */
const clientOf = (request: FastifyRequest) =>
  request.holder ? `token:${request.holder.name}` : `address:${request.ip}`;

export async function registerRateLimits(
  app: FastifyInstance,
  config: Pick<Config, 'readsPerMinute' | 'writesPerMinute'>,
): Promise<void> {
  await app.register(fastifyRateLimit, {
    // After authentication (an onRequest hook), so a token's requests count against the token.
    hook: 'preHandler',
    timeWindow: 60_000,
    keyGenerator: (request) => `${isWrite(request) ? 'write' : 'read'}:${clientOf(request)}`,
    max: (request) => (isWrite(request) ? config.writesPerMinute : config.readsPerMinute),
    errorResponseBuilder: (request, context) =>
      new RateLimited(
        `Too many ${isWrite(request) ? 'writes' : 'reads'} from this ` +
          `${request.holder ? 'token' : 'address'}: at most ${context.max} a minute. Retry after ` +
          `${context.after} (the Retry-After header gives the seconds).`,
      ),
  });
}

export const RATE_LIMITED_CODE = RATE_LIMITED;
