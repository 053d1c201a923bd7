/**
 * Cursor pagination for every list the API answers: `limit` (default 100, at most 1,000) and the
 * opaque `cursor` from the previous page's `next` link. The response keeps its own fields, with the
 * one list cut to the page, and adds `limit`, `total`, `nextCursor` and `next`.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1_000;

const CURSOR = /^o([0-9]{1,9})$/;

export const PageQuery = {
  limit: z.coerce
    .number({ error: 'use a whole number from 1 to 1000' })
    .int('use a whole number from 1 to 1000')
    .min(1, 'use a whole number from 1 to 1000')
    .max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} items a page`)
    .optional()
    .describe(`How many items a page holds: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE}`),
  cursor: z
    .string()
    .refine(
      (text) => CURSOR.test(Buffer.from(text, 'base64url').toString('latin1')),
      'use the nextCursor (or the next link) of the page before, unchanged',
    )
    .optional()
    .describe('Where the page starts: the nextCursor of the page before; absent for the first page'),
};

export const PageFields = {
  limit: z.number().int().describe('The page size asked for'),
  total: z.number().int().describe('How many items the whole list holds'),
  nextCursor: z.string().nullable().describe('The cursor of the next page, or null on the last page'),
  next: z.string().nullable().describe('The URL of the next page, or null on the last page'),
};

const offsetOf = (cursor: string | undefined) =>
  cursor === undefined ? 0 : Number(CURSOR.exec(Buffer.from(cursor, 'base64url').toString('latin1'))![1]);
const cursorAt = (offset: number) => Buffer.from(`o${offset}`, 'latin1').toString('base64url');

/** Where a page starts in the whole list, and how many items it holds. */
export interface Page {
  readonly offset: number;
  readonly limit: number;
}

export function pageOf(query: { limit?: number; cursor?: string }): Page {
  return { offset: offsetOf(query.cursor), limit: query.limit ?? DEFAULT_PAGE_SIZE };
}

/** A view whose list already holds only the page (cut by the query itself), with the page fields added. */
export function pageFields<V extends object>(request: FastifyRequest, view: V, total: number, page: Page) {
  const end = page.offset + page.limit;
  const nextCursor = end < total ? cursorAt(end) : null;
  let next: string | null = null;
  if (nextCursor) {
    const url = new URL(request.url, 'http://ledger.invalid');
    url.searchParams.set('cursor', nextCursor);
    next = `${url.pathname}${url.search}`;
  }
  return { ...view, limit: page.limit, total, nextCursor, next };
}

/** The view with its list `key` cut to the page the query asks for, and the page fields added. */
export function paginate<V extends object>(
  request: FastifyRequest,
  view: V,
  key: keyof V & string,
  query: { limit?: number; cursor?: string },
) {
  const items = view[key] as unknown as readonly unknown[];
  const page = pageOf(query);
  const cut = { ...view, [key]: items.slice(page.offset, page.offset + page.limit) };
  return pageFields(request, cut, items.length, page);
}
