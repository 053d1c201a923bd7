/**
 * An address that is neither a page nor an API route: a browser (it asks for HTML and not JSON)
 * gets the 404 page with the layout and a way on; an API client keeps the problem+json that
 * src/api/error-handler.ts sends. The page replaces the problem only on the not-found route.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ledger } from '../../compose.js';
import { notFoundContext, type LayoutContext } from '../shared/page.js';

type View = (template: string, data: object) => Promise<string>;

/** Each media range of an Accept header with its quality ("text/html;q=0.9" → text/html, 0.9). */
function qualities(accept: string): Map<string, number> {
  const ranges = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type, ...parameters] = part.trim().toLowerCase().split(';');
    if (!type) continue;
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    ranges.set(type.trim(), q === undefined ? 1 : Number(q));
  }
  return ranges;
}

/** True when the client names text/html and ranks no JSON type as high (a browser, not an API client). */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = qualities(accept);
  const html = ranges.get('text/html') ?? 0;
  const json = Math.max(ranges.get('application/json') ?? 0, ranges.get('application/problem+json') ?? 0);
  return html > 0 && html > json;
}

export function registerHtmlNotFound(
  app: FastifyInstance,
  ledger: Ledger,
  layout: LayoutContext,
  view: () => View,
): void {
  app.addHook('onSend', async (request: FastifyRequest, reply, payload) => {
    if (!request.is404 || reply.statusCode !== 404 || !prefersHtml(request.headers.accept)) return payload;
    const html = await view()('errors/not-found.njk', notFoundContext(request, ledger, layout));
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    return html;
  });
}
