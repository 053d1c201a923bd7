/** Page numbers for long lists, in the shape govukPagination takes, each link keeping the filters and as-at date. */
import { z } from 'zod';
import type { Linker } from './query.js';

export const PageNumber = z.coerce
  .number()
  .int()
  .min(1)
  .max(100_000)
  .optional()
  .describe('The page of results, from 1');

interface PaginationParams {
  previous?: { href: string };
  next?: { href: string; attributes: Record<string, string> };
  items: Array<{ number?: number; href?: string; current?: boolean; ellipsis?: boolean }>;
}

/** Undefined when everything fits on one page. Shows the first, last, current and its neighbours. */
export function pagination(
  link: Linker,
  path: string,
  filters: Record<string, string | undefined>,
  page: number,
  pages: number,
): PaginationParams | undefined {
  if (pages <= 1) return undefined;
  const href = (n: number) => link(path, { ...filters, page: n === 1 ? undefined : n });
  const items: PaginationParams['items'] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 1)
      items.push({ number: n, href: href(n), current: n === page });
    else if (items.at(-1)?.ellipsis !== true) items.push({ ellipsis: true });
  }
  return {
    ...(page > 1 ? { previous: { href: href(page - 1) } } : {}),
    ...(page < pages ? { next: { href: href(page + 1), attributes: { id: 'next-page' } } } : {}),
    items,
  };
}
