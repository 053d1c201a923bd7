/**
 * The static transparency site: every page and file reachable from the home page and the open-data
 * documents, fetched from the ledger's own app in this process (the same routes, templates and read
 * models as `ledger serve`), with each internal link and asset rewritten as a relative path.
 */
import type { FastifyInstance } from 'fastify';
import { fileFor, isAsset, relativeLink, siteUrl } from './publish-paths.js';

/**
 * Where the crawl starts besides the home page: what no page links but a publisher publishes. With
 * `localOrgIds`, organisations without an org-id identifier are published in the local scheme.
 */
export function startsOf(localOrgIds: boolean): string[] {
  const grants = localOrgIds ? '?localOrgIds=true' : '';
  return [
    '/',
    '/accessibility',
    '/audit',
    `/open-data/360giving.json${grants}`,
    `/open-data/360giving.csv${grants}`,
    '/open-data/popolo.json',
    '/decisions.atom',
    '/actions.ics',
  ];
}
const BODY_FEEDS = ['meetings.ics', 'decisions.atom'];

export interface SiteFile {
  readonly url: string;
  readonly file: string;
  readonly contentType: string;
  body: Buffer;
}

export class PublishFailed extends Error {}

const HTML_LINK = /(href|src|action)="(\/(?!\/)[^"]*)"/g;
const CSS_LINK = /url\((['"]?)(\/(?!\/)[^)'"]*)\1\)/g;
const decodeEntities = (value: string) => value.replace(/&amp;/g, '&');

function linksIn(file: SiteFile): string[] {
  const text = file.body.toString('utf8');
  if (file.contentType.startsWith('text/html')) return [...text.matchAll(HTML_LINK)].map((m) => decodeEntities(m[2]!));
  if (file.contentType.startsWith('text/css')) return [...text.matchAll(CSS_LINK)].map((m) => m[2]!);
  return [];
}

async function fetchFile(app: FastifyInstance, url: string): Promise<SiteFile> {
  const response = await app.inject({ method: 'GET', url, headers: { accept: '*/*' } });
  // A page the ledger answers with its 404 page (an entity with no events yet, as at an early date)
  // is published as that page: it says what was looked for and where to look instead.
  const notFoundPage = response.statusCode === 404 && String(response.headers['content-type']).startsWith('text/html');
  if (response.statusCode !== 200 && !notFoundPage) {
    const detail = /json/.test(String(response.headers['content-type']))
      ? (response.json<{ detail?: string }>().detail ?? '')
      : '';
    throw new PublishFailed(
      `${url} answered ${response.statusCode}${detail ? `: ${detail}` : ''}; nothing usable can ` +
        `be published until it answers`,
    );
  }
  const contentType = String(response.headers['content-type'] ?? 'application/octet-stream');
  return { url, file: fileFor(url, contentType), contentType, body: response.rawPayload };
}

/** Every file of the site, fetched; `fetched(n, waiting)` after each. Links are still absolute. */
export async function crawl(
  app: FastifyInstance,
  starts: readonly string[],
  asAt: string | undefined,
  fetched: (done: number, waiting: number) => void,
): Promise<Map<string, SiteFile>> {
  const files = new Map<string, SiteFile>();
  const queue = starts.map((start) => siteUrl(start, asAt));
  const seen = new Set(queue);
  const enqueue = (href: string) => {
    const url = siteUrl(href, asAt);
    if (seen.has(url)) return;
    seen.add(url);
    queue.push(url);
  };
  while (queue.length > 0) {
    const url = queue.shift()!;
    const file = await fetchFile(app, url);
    files.set(url, file);
    for (const link of linksIn(file)) enqueue(link);
    const body = /^\/bodies\/([^/?]+)(\?|$)/.exec(url);
    if (body) for (const feed of BODY_FEEDS) enqueue(`/bodies/${body[1]}/${feed}`);
    fetched(files.size, queue.length);
  }
  return files;
}

/** The file's links as relative paths to the files that answer them. */
export function rewriteLinks(file: SiteFile, files: ReadonlyMap<string, SiteFile>, asAt: string | undefined): void {
  if (!file.contentType.startsWith('text/html') && !file.contentType.startsWith('text/css')) return;
  const target = (href: string) => {
    const hash = href.indexOf('#');
    const fragment = hash >= 0 ? href.slice(hash) : '';
    const found = files.get(siteUrl(href, asAt));
    if (!found) throw new PublishFailed(`${file.url} links ${href}, which was not fetched`);
    return relativeLink(file.file, found.file, fragment);
  };
  const text = file.body.toString('utf8');
  const rewritten = file.contentType.startsWith('text/html')
    ? text.replace(
        HTML_LINK,
        (_all, attribute: string, href: string) =>
          `${attribute}="${target(decodeEntities(href)).replace(/&/g, '&amp;')}"`,
      )
    : text.replace(CSS_LINK, (_all, quote: string, href: string) => `url(${quote}${target(href)}${quote})`);
  file.body = Buffer.from(rewritten, 'utf8');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** contents.html: every file of the site, pages first, then the data files, each linked. */
export function contentsPage(files: readonly SiteFile[], title: string): string {
  const listed = files
    .filter((f) => !isAsset(new URL(f.url, 'http://x').pathname))
    .map((f) => f.file)
    .sort();
  const pages = listed.filter((f) => f.endsWith('.html'));
  const data = listed.filter((f) => !f.endsWith('.html'));
  const list = (names: string[]) =>
    names.map((name) => `<li><a class="govuk-link" href="${escapeHtml(name)}">${escapeHtml(name)}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Contents – ${escapeHtml(title)}</title>
<link rel="stylesheet" href="govuk/govuk-frontend.min.css"></head>
<body class="govuk-template__body"><main class="govuk-width-container govuk-main-wrapper">
<h1 class="govuk-heading-l">Everything in this copy of ${escapeHtml(title)}</h1>
<p class="govuk-body">Start at <a class="govuk-link" href="index.html">the home page</a>.</p>
<h2 class="govuk-heading-m">Pages (${pages.length})</h2>
<ul class="govuk-list">
${list(pages)}
</ul>
<h2 class="govuk-heading-m">Data files (${data.length})</h2>
<ul class="govuk-list">
${list(data)}
</ul>
</main></body>
</html>
`;
}
