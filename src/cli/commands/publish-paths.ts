/**
 * Where each address of the site is written in the published folder, and its links rewritten as
 * relative paths between those files, so the folder works from a file share or any static host.
 * "/" is index.html, a page "/decisions" is decisions.html, a query becomes part of the name
 * ("decisions__page-2-1a2b3c4d.html"), and assets and data files keep their own names.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const ORIGIN = 'http://ledger.invalid';
const KEPT_EXTENSIONS = /\.(css|js|map|svg|png|ico|woff2?|json|csv|ics|atom|txt)$/;
/** Addresses that only a running server can answer, and what the static site links instead. */
const STATIC_STAND_INS: Record<string, string> = { '/docs': '/openapi.json' };

/** The address with the site's as-at date applied (not to assets), in a canonical form. */
export function siteUrl(href: string, asAt: string | undefined): string {
  const url = new URL(href, ORIGIN);
  url.pathname = STATIC_STAND_INS[url.pathname] ?? url.pathname;
  url.hash = '';
  if (asAt !== undefined && !isAsset(url.pathname)) url.searchParams.set('asAt', asAt);
  url.searchParams.sort();
  return url.pathname + url.search;
}

export const isAsset = (pathname: string) => /^\/(govuk|assets|web)\//.test(pathname);

function extensionFor(contentType: string): string {
  if (contentType.startsWith('text/html')) return '.html';
  if (contentType.includes('json')) return '.json';
  if (contentType.startsWith('text/csv')) return '.csv';
  if (contentType.startsWith('text/calendar')) return '.ics';
  if (contentType.includes('atom')) return '.atom';
  return '.txt';
}

/** The file (relative to the site folder, with / separators) that holds the answer to `url`. */
export function fileFor(url: string, contentType: string): string {
  const parsed = new URL(url, ORIGIN);
  // The whole site is at one date, and grants are published in one scheme: neither names a file.
  parsed.searchParams.delete('asAt');
  parsed.searchParams.delete('localOrgIds');
  const path = decodeURIComponent(parsed.pathname);
  const base = path === '/' ? 'index' : path.slice(1);
  const kept = KEPT_EXTENSIONS.exec(base);
  const stem = kept ? base.slice(0, -kept[0].length) : base;
  const extension = kept ? kept[0] : extensionFor(contentType);
  const query = parsed.searchParams.toString();
  if (query === '') return stem + extension;
  const words = [...parsed.searchParams]
    .map(([key, value]) => `${key}-${value}`)
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .slice(0, 60);
  return `${stem}__${words}-${createHash('sha256').update(query).digest('hex').slice(0, 8)}${extension}`;
}

/** A link from the file `from` to the file `to`, both relative to the site folder. */
export function relativeLink(from: string, to: string, fragment = ''): string {
  const link = posix.relative(posix.dirname(from), to);
  return (link === '' ? posix.basename(to) : link) + fragment;
}
