/**
 * The clerk's and the finance officer's workspace: security for every web page (headers, CSP,
 * CSRF, sessions), signing in with a ledger token, and the forms, each another door to a command
 * of the JSON API with its roles, schema and idempotency.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Ledger } from '../../compose.js';
import { conditionForm } from './condition.js';
import { contributionForm } from './contribution.js';
import { amendmentForm, rescissionForm } from './decision-change.js';
import { dueDateForm } from './due-date.js';
import { registerForm } from './form-route.js';
import { MAX_UPLOAD_BYTES, registerMinutesUpload } from './minutes.js';
import { meetingForm } from './meeting.js';
import { reschedulingForm, venueForm } from './meeting-change.js';
import { paymentForm } from './payment.js';
import { progressForm } from './progress.js';
import { reassignmentForm } from './reassignment.js';
import { renderWorkspace } from './render.js';
import { registerSecurity } from './security.js';
import { SessionStore } from './sessions.js';
import { withdrawalForm } from './withdrawal.js';
import { decisionLinkForm } from './decision-link.js';
import { partnerAuthorisationForm } from './partner-authorisation.js';
import { planItemForm } from './plan-item.js';
import { recommendationForm, responseForm } from './recommendation.js';
import { registerSignIn } from './sign-in.js';

const UPLOAD_LIMITS = ['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'];

/** Registers into the web pages' own context (after @fastify/view), so the API's routes keep their own headers. */
export async function registerWorkspace(web: FastifyInstance, ledger: Ledger): Promise<void> {
  const sessions = new SessionStore(
    ledger.config.store === 'memory:' ? ':memory:' : ledger.config.tokensDb,
    ledger.tokens,
  );
  web.addHook('onClose', async () => sessions.close());
  await registerSecurity(web, sessions, ledger.config);
  await web.register(async (workspace) => {
    workspace.setErrorHandler(async (error: FastifyError, request, reply) => {
      if (error.statusCode === 429) {
        return renderWorkspace(request, reply, 429, 'workspace/refused.njk', {
          title: 'Too many requests',
          reason: `${error.message} Nothing was recorded.`,
        });
      }
      if (UPLOAD_LIMITS.includes(error.code)) {
        const text =
          `Upload at most ${MAX_UPLOAD_BYTES / 1024} KB of files, ten at most, at a time; nothing was ` + `written.`;
        return renderWorkspace(request, reply, 413, 'workspace/minutes.njk', {
          title: 'Upload minutes and receipts',
          csrfToken: reply.generateCsrf(),
          maxKb: MAX_UPLOAD_BYTES / 1024,
          errors: [{ field: 'files', text }],
        });
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- an error from a hook may carry no code
      if (!error.code?.startsWith('FST_CSRF_')) throw error;
      return renderWorkspace(request, reply, 403, 'workspace/refused.njk', {
        title: 'This form cannot be accepted',
        reason:
          'The form did not come from this site or has expired, so nothing was recorded. Go back, ' +
          'reload the form and submit it again.',
      });
    });
    registerSignIn(workspace, ledger, sessions);
    registerForm(workspace, ledger, sessions, contributionForm);
    registerForm(workspace, ledger, sessions, progressForm);
    registerForm(workspace, ledger, sessions, dueDateForm);
    registerForm(workspace, ledger, sessions, withdrawalForm);
    registerForm(workspace, ledger, sessions, paymentForm);
    registerForm(workspace, ledger, sessions, conditionForm);
    registerForm(workspace, ledger, sessions, reassignmentForm);
    registerForm(workspace, ledger, sessions, meetingForm);
    registerForm(workspace, ledger, sessions, amendmentForm);
    registerForm(workspace, ledger, sessions, rescissionForm);
    registerForm(workspace, ledger, sessions, reschedulingForm);
    registerForm(workspace, ledger, sessions, venueForm);
    registerForm(workspace, ledger, sessions, partnerAuthorisationForm);
    registerForm(workspace, ledger, sessions, recommendationForm);
    registerForm(workspace, ledger, sessions, responseForm);
    registerForm(workspace, ledger, sessions, decisionLinkForm);
    registerForm(workspace, ledger, sessions, planItemForm);
    await registerMinutesUpload(workspace, ledger, sessions);
  });
}
