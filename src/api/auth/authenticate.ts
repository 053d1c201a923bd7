/**
 * Bearer tokens. A request that carries a token must carry a valid one (401 otherwise); routes then
 * say which roles may use them. `admin` may do everything. The token's secret is never logged.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../problem.js';
import { sendProblem } from '../error-handler.js';
import { Actor } from '../../store/envelope.js';
import type { TokenHolder, TokenRole, TokenStore } from './token-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    holder: TokenHolder | undefined;
  }
}

export interface AuthOptions {
  readonly tokens: TokenStore;
  readonly readsNeedToken: boolean;
}

export function registerAuthentication(app: FastifyInstance, options: AuthOptions): void {
  app.decorateRequest('holder', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    // The scheme is case-insensitive (RFC 9110 section 11.1): "bearer x" is as good as "Bearer x".
    const match = /^bearer +([A-Za-z0-9_\-]+) *$/i.exec(header);
    const holder = match ? options.tokens.holderOf(match[1]!) : undefined;
    if (!holder) {
      return sendProblem(
        reply,
        problem(
          'UNAUTHENTICATED',
          'The Authorization header must be "Bearer <token>" with a token created by `ledger token ' +
            'create`; this one is not known or was revoked.',
        ),
      );
    }
    // A token created before names were checked may have one no event can carry (such as ''): refuse it before it
    // writes.
    if (!Actor.shape.id.safeParse(holder.name).success) {
      return sendProblem(
        reply,
        problem(
          'UNAUTHENTICATED',
          `This token's name ${JSON.stringify(holder.name)} cannot be recorded as the actor of an ` +
            `event; revoke it and create a new token with a proper name.`,
        ),
      );
    }
    request.holder = holder;
  });
}

/** Guards a write: only the named roles (and admin) may use it. Returns false after replying. */
export function allowWrite(request: FastifyRequest, reply: FastifyReply, roles: readonly TokenRole[]): boolean {
  const holder = request.holder;
  if (!holder) {
    sendProblem(
      reply,
      problem('UNAUTHENTICATED', `This change needs a bearer token with the role ${[...roles, 'admin'].join(' or ')}.`),
    );
    return false;
  }
  if (holder.role !== 'admin' && !roles.includes(holder.role)) {
    sendProblem(
      reply,
      problem(
        'FORBIDDEN',
        `The token "${holder.name}" has the role ${holder.role}; this change needs ` +
          `${[...roles, 'admin'].join(' or ')}.`,
      ),
    );
    return false;
  }
  return true;
}

/** Guards a read: public unless the ledger is configured to need a token for reads. */
export function allowRead(request: FastifyRequest, reply: FastifyReply, readsNeedToken: boolean): boolean {
  if (readsNeedToken && !request.holder) {
    sendProblem(reply, problem('UNAUTHENTICATED', 'This ledger is configured to need a bearer token for reads.'));
    return false;
  }
  return true;
}
