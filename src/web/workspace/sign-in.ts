/**
 * Signing in with a ledger token (from `ledger token create`), signing out, and the workspace's
 * start page listing only the forms the signed-in role may use.
 */
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../../compose.js';
import { commitmentsView } from '../../projections/commitments/index.js';
import { listActions } from '../../projections/action-tracker/index.js';
import { loadNames } from '../shared/names.js';
import { mayUse, rolesFor } from './access.js';
import { formValuesOf } from './form-values.js';
import { renderWorkspace } from './render.js';
import { SESSION_COOKIE, sessionCookie } from './security.js';
import type { SessionStore } from './sessions.js';

/** Only a path on this site: never `//elsewhere` or a full URL. */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/workspace');

export function registerSignIn(web: FastifyInstance, ledger: Ledger, sessions: SessionStore): void {
  web.get('/sign-in', { schema: { hide: true } }, async (request, reply) => {
    const next = safeNext((request.query as Record<string, unknown>).next);
    return renderWorkspace(request, reply, 200, 'workspace/sign-in.njk', {
      title: 'Sign in to record',
      next,
      csrfToken: reply.generateCsrf(),
    });
  });

  web.post('/sign-in', { preHandler: web.csrfProtection, schema: { hide: true } }, async (request, reply) => {
    const values = formValuesOf(request.body);
    const next = safeNext(values.next);
    const started = values.token ? sessions.start(values.token) : undefined;
    if (!started) {
      const text = values.token
        ? 'This token is not known or was revoked. Ask the ledger administrator for a token made with ' +
          '`ledger token create`.'
        : 'Enter your ledger token';
      return renderWorkspace(request, reply, 401, 'workspace/sign-in.njk', {
        title: 'Sign in to record',
        next,
        csrfToken: reply.generateCsrf(),
        errors: [{ field: 'token', text }],
      });
    }
    sessionCookie(reply, request, ledger.config.publicUrl, started.id);
    return reply.redirect(next, 303);
  });

  web.get('/sign-out', { schema: { hide: true } }, async (request, reply) => {
    if (!request.webSession) return reply.redirect('/', 303);
    return renderWorkspace(request, reply, 200, 'workspace/sign-out.njk', {
      title: 'Sign out',
      csrfToken: reply.generateCsrf(),
    });
  });

  web.post('/sign-out', { preHandler: web.csrfProtection, schema: { hide: true } }, async (request, reply) => {
    const id = request.cookies[SESSION_COOKIE];
    if (id) sessions.end(id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  web.get('/workspace', { schema: { hide: true } }, async (request, reply) => {
    const session = request.webSession;
    if (!session) return reply.redirect('/sign-in?next=%2Fworkspace', 303);
    const finance = mayUse(session.role, rolesFor('RecordContribution'));
    const clerk = mayUse(session.role, rolesFor('RecordProgress'));
    return renderWorkspace(request, reply, 200, 'workspace/start.njk', {
      title: 'Record in the ledger',
      funds: finance ? commitmentsView(ledger.readDb, {}).funds : [],
      actions: clerk ? listActions(ledger.readDb, { status: 'open' }).actions : [],
      names: loadNames(ledger.readDb),
      finance,
      clerk,
    });
  });
}
