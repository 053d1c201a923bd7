/**
 * One page type = one route: its query checked (400 page with the GOV.UK error summary), its data
 * loaded from the read models (404 page when there is nothing), then its template rendered inside
 * the layout with the as-at date that every link keeps.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';
import { formatDate } from './format.js';
import { recordingBegan } from './recording-began.js';
import { linkerFor, parseQuery, readQuery, type FieldError, type Linker } from './query.js';

export interface PageRequest<Q> {
  readonly ledger: Ledger;
  readonly query: Q;
  readonly params: Record<string, string>;
  readonly asAt: string | undefined;
  readonly link: Linker;
}

/** What a page hands its template; `title` is the page's h1 and <title>. */
export interface PageData {
  readonly title: string;
  /** 400 when the read model refused the query (e.g. a search with no words), with `errors` saying why. */
  readonly status?: number;
  readonly errors?: FieldError[];
  readonly alternates?: ReadonlyArray<{ readonly text: string; readonly href: string }>;
  readonly [key: string]: unknown;
}

export interface NotFound {
  readonly notFound: string;
  readonly lookIn: { readonly text: string; readonly href: string };
}

export interface PageDefinition<S extends z.ZodObject> {
  readonly url: string;
  readonly template: string;
  readonly query: S;
  /** Date fields entered as GOV.UK date inputs, besides asAt. */
  readonly dateFields?: readonly string[];
  /** Pages with a filter form render it again, with the errors, on a 400; others show the error page. */
  readonly form?: (request: PageRequest<Record<string, string>>, errors: FieldError[]) => Promise<PageData>;
  readonly load: (request: PageRequest<z.infer<S>>) => Promise<PageData | NotFound>;
}

export interface LayoutContext {
  readonly ledgerName: string;
}

function commonContext(
  request: FastifyRequest,
  ledger: Ledger,
  layout: LayoutContext,
  asAt: string | undefined,
  raw: Record<string, string>,
) {
  const path = request.url.split('?')[0] ?? '/';
  const began = recordingBegan(ledger.readDb);
  const keep = Object.entries(raw).filter(([key]) => key !== 'asAt' && key !== 'page');
  return {
    ledgerName: layout.ledgerName,
    path,
    asAt,
    asAtText: asAt ? formatDate(asAt) : null,
    recordingBeganText: began ? formatDate(began) : null,
    beforeRecording: asAt !== undefined && (began === null || asAt < began.slice(0, 10)),
    asAtParts: asAt
      ? { day: String(Number(asAt.slice(8, 10))), month: String(Number(asAt.slice(5, 7))), year: asAt.slice(0, 4) }
      : null,
    keep,
    link: linkerFor(asAt),
    section: '/' + (path.split('/')[1] ?? ''),
  };
}

/** Each field's error message by field name (a date's error is reported against its day input). */
const errorTextOf = (errors: readonly FieldError[] = []) =>
  Object.fromEntries(errors.map((e) => [e.field.replace(/-day$/, ''), e.text]));

async function renderPage(
  reply: FastifyReply,
  status: number,
  template: string,
  context: { readonly errors?: FieldError[]; readonly [key: string]: unknown },
): Promise<FastifyReply> {
  const html = await reply.viewAsync(template, { ...context, errorText: errorTextOf(context.errors) });
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

/** The 404 page's context for an address no route answers (see errors/not-found.ts). */
export function notFoundContext(request: FastifyRequest, ledger: Ledger, layout: LayoutContext) {
  const path = request.url.split('?')[0] ?? '/';
  return {
    ...commonContext(request, ledger, layout, undefined, {}),
    title: 'Page not found',
    notFound: `There is no page at ${path}.`,
    lookIn: { text: 'the home page, which links every part of the ledger', href: '/' },
    errors: [],
    errorText: {},
  };
}

export function registerPage<S extends z.ZodObject>(
  app: FastifyInstance,
  ledger: Ledger,
  layout: LayoutContext,
  page: PageDefinition<S>,
): void {
  app.get(page.url, { schema: { hide: true } }, async (request, reply) => {
    const read = readQuery(request.query as Record<string, unknown>, ['asAt', ...(page.dateFields ?? [])]);
    const params = request.params as Record<string, string>;
    if (read.tidied && read.errors.length === 0) {
      return reply.redirect(linkerFor(undefined)(request.url.split('?')[0] ?? '/', read.values), 303);
    }
    const parsed =
      read.errors.length === 0 ? parseQuery(page.query, read.values) : { errors: read.errors, data: undefined };
    const validAsAt =
      read.values.asAt !== undefined && parsed.errors.every((e) => !e.field.startsWith('asAt'))
        ? read.values.asAt
        : undefined;
    const context = {
      ...commonContext(request, ledger, layout, validAsAt, read.values),
      dateParts: read.dateParts,
      values: read.values,
    };
    const base = { ledger, params, asAt: validAsAt, link: context.link };
    if (parsed.data === undefined) {
      const errors = parsed.errors;
      if (page.form)
        return renderPage(reply, 400, page.template, {
          ...context,
          ...(await page.form({ ...base, query: read.values }, errors)),
          errors,
        });
      return renderPage(reply, 400, 'errors/bad-request.njk', {
        ...context,
        title: 'There is a problem with this address',
        errors,
      });
    }
    const data = await page.load({ ...base, query: parsed.data });
    if ('notFound' in data)
      return renderPage(reply, 404, 'errors/not-found.njk', { ...context, title: 'Page not found', ...data });
    return renderPage(reply, data.status ?? 200, page.template, { ...context, errors: [], ...data });
  });
}
