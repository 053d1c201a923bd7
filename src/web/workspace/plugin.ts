/**
 * The clerk's and the finance officer's workspace: security for every web page (headers, CSP,
 * CSRF, sessions), signing in with a ledger token, and the forms, each another door to a command
 * of the JSON API with its roles, schema and idempotency.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Ledger } from '../../compose.js';
import { contributionForm } from './contribution.js';
import { registerForm } from './form-route.js';
import { progressForm } from './progress.js';
import { renderWorkspace } from './render.js';
import { registerSecurity } from './security.js';
import { SessionStore } from './sessions.js';
import { registerSignIn } from './sign-in.js';

/** Registers into the web pages' own context (after @fastify/view), so the API's routes keep their own headers. */
export async function registerWorkspace(web: FastifyInstance, ledger: Ledger): Promise<void> {
  const sessions = new SessionStore(ledger.config.store === 'memory:' ? ':memory:' : ledger.config.tokensDb, ledger.tokens);
  web.addHook('onClose', async () => sessions.close());
  await registerSecurity(web, sessions, ledger.config.name);
  await web.register(async (workspace) => {
    workspace.setErrorHandler(async (error: FastifyError, request, reply) => {
      if (!error.code?.startsWith('FST_CSRF_')) throw error;
      return renderWorkspace(request, reply, 403, 'workspace/refused.njk', {
        title: 'This form cannot be accepted',
        reason: 'The form did not come from this site or has expired, so nothing was recorded. Go back, reload the form and submit it again.',
      });
    });
    registerSignIn(workspace, ledger, sessions);
    registerForm(workspace, ledger, sessions, contributionForm);
    registerForm(workspace, ledger, sessions, progressForm);
  });
}
