/**
 * One form = two routes on the same URL. GET renders it with a fresh idempotency key, the entity's
 * current revision and a CSRF token. POST checks the role (onRequest), the CSRF token (preHandler),
 * the fields, then runs the form's commands through the ledger's CommandRunner with the key as the
 * commandId and the revision as the expected revision, exactly as the JSON API does. A double
 * submission replays; a stale revision comes back with who changed the entity and when.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { monotonicFactory } from 'ulid';
import type { Ledger } from '../../compose.js';
import type { DomainCommand } from '../../domain/shared/decider.js';
import type { SourceReference } from '../../store/envelope.js';
import type { CommandOutcome } from '../../store/runner.js';
import type { FieldError } from '../shared/query.js';
import { formatDate } from '../shared/format.js';
import { guard, rolesFor } from './access.js';
import { formValuesOf, type FormValues } from './form-values.js';
import { renderWorkspace } from './render.js';
import type { SessionStore } from './sessions.js';

export interface FormSubmission {
  readonly commands: readonly DomainCommand[];
  readonly occurredAt: string;
  readonly source: SourceReference;
  /** Where to land and what the banner says, when they depend on what was submitted (a new meeting's id). */
  readonly landing?: string;
  readonly confirmation?: string;
}

export interface WorkspaceForm<E> {
  readonly url: string;
  readonly template: string;
  readonly title: string;
  /** The command whose API route decides who may use the form; every command the form runs must share its roles. */
  readonly command: string;
  /** The entity the form changes, or undefined for a 404. */
  load(ledger: Ledger, params: Record<string, string>): E | undefined | Promise<E | undefined>;
  /**
   * The stream whose revision the form carries; undefined for a form that creates its entity (the domain refuses a
   * second).
   */
  streamOf(params: Record<string, string>): string | undefined;
  defaults(entity: E): FormValues;
  /** Fields a link may fill in through the query string, e.g. ?bodyId= from a body's page. */
  readonly prefill?: readonly string[];
  read(values: FormValues, params: Record<string, string>, entity: E): { errors: FieldError[] } | FormSubmission;
  /** Which field an issue of the command's own schema belongs to (by its path), for the error summary. */
  fieldOf?(path: string): string;
  readonly rejectionField: string;
  landing(params: Record<string, string>): string;
  confirmation(params: Record<string, string>, entity: E): string;
}

const newKey = monotonicFactory();

export function registerForm<E>(
  web: FastifyInstance,
  ledger: Ledger,
  sessions: SessionStore,
  form: WorkspaceForm<E>,
): void {
  const onRequest = guard(rolesFor(form.command));
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    entity: E,
    values: FormValues,
    errors: FieldError[],
  ) =>
    renderWorkspace(request, reply, status, form.template, {
      title: form.title,
      entity,
      values,
      errors,
      csrfToken: reply.generateCsrf(),
      params: request.params,
    });

  web.get(form.url, { onRequest, schema: { hide: true } }, async (request, reply) => {
    const params = request.params as Record<string, string>;
    const entity = await form.load(ledger, params);
    if (entity === undefined) return notFound(request, reply);
    const stream = form.streamOf(params);
    const revision = stream === undefined ? 'new' : String(await ledger.commands.currentRevision(stream));
    const query = formValuesOf(request.query);
    const prefilled = Object.fromEntries(
      (form.prefill ?? []).filter((field) => query[field]).map((field) => [field, query[field]!]),
    );
    return show(
      request,
      reply,
      200,
      entity,
      { ...form.defaults(entity), ...prefilled, idempotencyKey: `web:${newKey()}`, revision },
      [],
    );
  });

  web.post(form.url, { onRequest, preHandler: web.csrfProtection, schema: { hide: true } }, async (request, reply) => {
    const params = request.params as Record<string, string>;
    const values = formValuesOf(request.body);
    const entity = await form.load(ledger, params);
    if (entity === undefined) return notFound(request, reply);
    if (!/^web:[0-9A-Z]{26}$/.test(values.idempotencyKey ?? '') || !/^(-?\d+|new)$/.test(values.revision ?? '')) {
      return renderWorkspace(request, reply, 400, 'workspace/refused.njk', {
        title: 'This form is damaged',
        reason: 'The form arrived without its key or revision. Open the form again and resubmit. Nothing was recorded.',
      });
    }
    const read = form.read(values, params, entity);
    if ('errors' in read) return show(request, reply, 400, entity, values, read.errors);
    const session = request.webSession!;
    let expectedRevision: bigint | undefined = values.revision === 'new' ? undefined : BigInt(values.revision!);
    let outcome: CommandOutcome | undefined;
    for (const [index, command] of read.commands.entries()) {
      outcome = await ledger.commands.run(command, {
        commandId: index === 0 ? values.idempotencyKey! : `${values.idempotencyKey}:${index}`,
        actor: { id: session.name, role: session.role },
        correlationId: request.id,
        occurredAt: read.occurredAt,
        source: read.source,
        ...(expectedRevision !== undefined ? { expectedRevision } : {}),
      });
      if (outcome.status !== 'accepted') break;
      expectedRevision = outcome.replayed ? undefined : outcome.revision;
    }
    if (!outcome) throw new Error(`Bug: the form ${form.url} ran no command`);
    if (outcome.status === 'accepted') {
      await ledger.projections.catchUp();
      const landing = read.landing ?? form.landing(params);
      const event = outcome.events.at(-1);
      sessions.setFlash(session, {
        path: landing,
        heading: outcome.replayed ? 'Already recorded' : 'Recorded',
        text:
          (read.confirmation ?? form.confirmation(params, entity)) +
          (outcome.replayed ? ' This form had already been submitted, so nothing was recorded twice.' : ''),
        auditHref: `/audit/${outcome.streamId}${event ? `#event-${event.revision}` : ''}`,
      });
      return reply.redirect(landing, 303);
    }
    return show(
      request,
      reply,
      outcome.status === 'conflict' ? 409 : 400,
      entity,
      await refreshed(ledger, form, params, values, outcome),
      [await problemOf(ledger, form, outcome)],
    );
  });
}

/** After a conflict the form shows the entity's new revision, so a deliberate resubmission can go through. */
async function refreshed<E>(
  ledger: Ledger,
  form: WorkspaceForm<E>,
  params: Record<string, string>,
  values: FormValues,
  outcome: CommandOutcome,
): Promise<FormValues> {
  const stream = form.streamOf(params);
  if (outcome.status !== 'conflict' || stream === undefined) return values;
  return { ...values, revision: String(await ledger.commands.currentRevision(stream)) };
}

async function problemOf<E>(
  ledger: Ledger,
  form: WorkspaceForm<E>,
  outcome: Exclude<CommandOutcome, { status: 'accepted' }>,
): Promise<FieldError> {
  switch (outcome.status) {
    case 'invalid': {
      const issue = outcome.issues[0]!;
      return {
        field: form.fieldOf?.(issue.path) ?? form.rejectionField,
        text: `${issue.message} (${issue.path || 'form'})`,
      };
    }
    case 'rejected':
      return { field: form.rejectionField, text: outcome.rejection.message };
    case 'conflict': {
      let by = 'someone else';
      let at = 'a moment ago';
      for await (const event of ledger.store.readStream(outcome.streamId, {
        fromRevision: outcome.actual,
        maxCount: 1,
      })) {
        by = event.metadata.actor.id;
        at = `${event.metadata.recordedAt.slice(11, 16)} UTC on ${formatDate(event.metadata.recordedAt)}`;
      }
      return { field: form.rejectionField, text: `This was changed by ${by} at ${at}; check and submit again.` };
    }
  }
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return renderWorkspace(request, reply, 404, 'workspace/refused.njk', {
    title: 'Page not found',
    reason: `Nothing is recorded at ${request.url.split('?')[0]}, so there is nothing to change here.`,
  });
}
