/**
 * Renders a workspace page inside the public layout, with the context the layout expects (the ledger's name comes from
 * reply.locals).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../shared/query.js';
import { linkerFor } from '../shared/query.js';

export async function renderWorkspace(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  template: string,
  context: { readonly title: string; readonly errors?: readonly FieldError[]; readonly [key: string]: unknown },
): Promise<FastifyReply> {
  const path = request.url.split('?')[0] ?? '/';
  const errors = context.errors ?? [];
  const errorText = Object.fromEntries(errors.map((error) => [error.field.replace(/-day$/, ''), error.text]));
  const html = await reply.viewAsync(template, {
    path,
    keep: [],
    link: linkerFor(undefined),
    section: '/' + (path.split('/')[1] ?? ''),
    ...context,
    errors,
    errorText,
  });
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}
