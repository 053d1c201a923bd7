/**
 * Rendered report responses kept per (route and query, reader's role, read models' position). The
 * read models change only when their position moves, so while it stands the same request gets the
 * same bytes: they are sent again without querying, serialising or encoding, and a client that sends back the
 * ETag (tied to the position) gets 304 Not Modified. Any new event the read models take in moves the
 * position, which empties the cache and changes every ETag; so does a new day (what is overdue
 * depends on the date). As-at requests and responses that carry
 * an ETag of their own (an entity's revision) are left alone.
 *
 * A long answer is also kept gzipped, compressed once, for the clients that accept gzip (browsers,
 * `curl --compressed`, most HTTP libraries): the register's page of 100 decisions is about 320 KB
 * as JSON and a tenth of that gzipped, and copying it to the socket was most of the cost of sending it.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

interface Rendered {
  /** The answer's bytes, encoded once: writing a long answer's string to a socket re-encodes it every time. */
  readonly payload: Buffer;
  readonly contentType: string;
  /** The same bytes gzipped, made the first time a client that accepts gzip asks. */
  gzipped?: Buffer;
}

/** Answers shorter than this are sent as they are: gzip's framing and the CPU are not worth it. */
const GZIP_FROM_BYTES = 1024;

/** Whether the client accepts gzip: named in Accept-Encoding (or `*`) and not with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  // A client sends the same header with every request: the last one's answer is kept.
  if (header === lastAcceptEncoding.header) return lastAcceptEncoding.gzip;
  const gzip = header.split(',').some((part) => {
    const [coding = '', ...parameters] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
  lastAcceptEncoding = { header, gzip };
  return gzip;
}

let lastAcceptEncoding = { header: '', gzip: false };

/** The bytes to send: gzipped (once per answer) when the client accepts it and the answer is long enough. */
function bodyFor(request: FastifyRequest, reply: FastifyReply, hit: Rendered): Buffer {
  void reply.header('vary', 'authorization, accept-encoding');
  if (hit.payload.length < GZIP_FROM_BYTES || !acceptsGzip(request.headers['accept-encoding'])) return hit.payload;
  hit.gzipped ??= gzipSync(hit.payload);
  void reply.header('content-encoding', 'gzip');
  return hit.gzipped;
}

const MAX_ENTRIES = 500;

function cacheable(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.url.startsWith('/reports/') && !/[?&]asAt=/.test(request.url);
}

const DAY_MS = 86_400_000;

/** Today's date (UTC, as the answers date things), worked out again only when a day has ended. */
const today = (() => {
  let date = '';
  let from = 0;
  let until = 0;
  return (): string => {
    const now = Date.now();
    // Outside the day worked out last (the next day, or a clock set back): work it out again.
    if (now >= until || now < from) {
      date = new Date(now).toISOString().slice(0, 10);
      from = Math.floor(now / DAY_MS) * DAY_MS;
      until = from + DAY_MS;
    }
    return date;
  };
})();

/** What the answers depend on besides the request: the read models' position and the day. */
const generationOf = (position: bigint) => `${position}.${today()}`;

/** Digests of what was asked and by which role, kept while they are few: the same reports are asked again and again. */
const askedDigests = new Map<string, string>();

/** The ETag of a request's answer in a generation: the generation, and a digest of what was asked and by which role. */
function etagOf(request: FastifyRequest, generation: string): string {
  const asked = `${request.holder?.role ?? 'public'} ${request.url}`;
  let digest = askedDigests.get(asked);
  if (digest === undefined) {
    digest = createHash('sha256').update(asked).digest('base64url').slice(0, 16);
    if (askedDigests.size >= MAX_ENTRIES) askedDigests.clear();
    askedDigests.set(asked, digest);
  }
  return `W/"${generation}.${digest}"`;
}

export function registerReadCache(app: FastifyInstance, position: () => bigint): void {
  const rendered = new Map<string, Rendered>();
  const pending = new WeakMap<FastifyRequest, { etag: string; generation: string }>();
  let current = '';

  const answerFromCache = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    const generation = generationOf(position());
    if (generation !== current) {
      rendered.clear();
      current = generation;
    }
    const etag = etagOf(request, generation);
    if (request.headers['if-none-match'] === etag)
      return reply.code(304).header('etag', etag).header('vary', 'authorization, accept-encoding').send();
    const hit = rendered.get(etag);
    if (!hit) {
      pending.set(request, { etag, generation });
      return;
    }
    return reply
      .header('etag', etag)
      .type(hit.contentType)
      .send(bodyFor(request, reply, hit));
  };
  // A route-level preHandler, added after the rate limiter's own (@fastify/rate-limit adds its hook per
  // route too), so cached answers still count against the reader's limit.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/reports/')) return;
    const existing =
      route.preHandler === undefined ? [] : Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler];
    route.preHandler = [...existing, answerFromCache];
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const asked = pending.get(request);
    if (!asked || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('etag')) return payload;
    const { etag, generation } = asked;
    void reply.header('etag', etag);
    const hit: Rendered = {
      payload: Buffer.from(payload),
      contentType: String(reply.getHeader('content-type') ?? 'application/json'),
    };
    if (generation === current) {
      if (rendered.size >= MAX_ENTRIES) rendered.delete(rendered.keys().next().value!);
      rendered.set(etag, hit);
    }
    return bodyFor(request, reply, hit);
  });
}
