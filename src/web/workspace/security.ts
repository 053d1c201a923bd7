/**
 * Security for every web page: @fastify/helmet's headers with a strict Content Security Policy
 * (scripts and styles from the ledger itself; GOV.UK's one inline script and the templates' few
 * style attributes allowed by their hashes, never 'unsafe-inline'), cookies, CSRF tokens for every
 * form, form bodies, and the session read from its cookie on each request.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { govukDistDirectory, webDirectory } from '../shared/paths.js';
import { mayUse, rolesFor } from './access.js';
import type { SessionStore, WebSession } from './sessions.js';

export const SESSION_COOKIE = 'ledger_session';

declare module 'fastify' {
  interface FastifyRequest {
    webSession: WebSession | undefined;
  }
  interface FastifyReply {
    /** @fastify/view merges these into every template's context. */
    locals: Record<string, unknown> | null;
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inline script in GOV.UK Frontend's page template (it adds the js-enabled class). */
function govukInlineScriptHash(): string {
  const template = readFileSync(join(govukDistDirectory, 'govuk', 'template.njk'), 'utf8');
  const script = /<script[^>]*>([^<]+)<\/script>/.exec(template);
  if (!script) throw new Error('Bug: GOV.UK Frontend template.njk has no inline script to allow');
  return sha256(script[1]!);
}

/** Every literal style="..." attribute in the templates, so that the policy can allow each by its hash. */
function styleAttributeHashes(): string[] {
  const found = new Set<string>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.njk'))
        for (const match of readFileSync(path, 'utf8').matchAll(/style="([^"{}]*)"/g)) found.add(sha256(match[1]!));
    }
  };
  walk(webDirectory);
  return [...found].sort();
}

/**
 * Whether the browser reaches the ledger over HTTPS: the server's own TLS, or a public address
 * configured as https:// (a proxy in front terminates TLS). A client's X-Forwarded-Proto alone is
 * never believed, so the Secure flag cannot be talked off or on by a header.
 */
export function servedOverHttps(request: FastifyRequest, publicUrl: string): boolean {
  return request.protocol === 'https' || publicUrl.startsWith('https:');
}

export async function registerSecurity(
  web: FastifyInstance,
  sessions: SessionStore,
  config: { readonly name: string; readonly publicUrl: string },
): Promise<void> {
  const ledgerName = config.name;
  const styleAttributes = styleAttributeHashes();
  await web.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", govukInlineScriptHash()],
        styleSrc: ["'self'"],
        styleSrcAttr: styleAttributes.length > 0 ? ["'unsafe-hashes'", ...styleAttributes] : ["'none'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // The pages load nothing from elsewhere; HSTS only matters when served over HTTPS, where the proxy sets it.
    hsts: false,
  });
  await web.register(fastifyCookie);
  await web.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'ledger_csrf',
    cookieOpts: {
      path: '/',
      sameSite: 'strict',
      httpOnly: true,
      secure: config.publicUrl.startsWith('https:') ? true : 'auto',
      signed: false,
    },
    getToken: (request: FastifyRequest) => csrfFieldOf(request.body),
  });
  await web.register(fastifyFormbody);
  web.decorateRequest('webSession', undefined);
  web.addHook('onRequest', async (request, reply) => {
    const id = request.cookies[SESSION_COOKIE];
    const session = id ? sessions.find(id) : undefined;
    request.webSession = session;
    // The API's rate limits count a token's requests against the token: a session's too.
    if (session && !request.holder) request.holder = { name: session.name, role: session.role };
    reply.locals = { ...reply.locals, ledgerName };
    if (id && !session) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!session) return;
    const path = request.url.split('?')[0];
    const flash = request.method === 'GET' && session.flash?.path === path ? session.flash : null;
    if (flash) sessions.setFlash(session, null);
    // Which forms the public pages link to: those of the finance officer's and the clerk's commands.
    const may = {
      finance: mayUse(session.role, rolesFor('RecordContribution')),
      clerk: mayUse(session.role, rolesFor('RecordProgress')),
    };
    reply.locals = { ...reply.locals, signedIn: { name: session.name, role: session.role }, flash, may };
  });
}

/** The CSRF token of a urlencoded form, or of a multipart form read with its fields attached. */
function csrfFieldOf(body: unknown): string | undefined {
  const field = (body as Record<string, unknown> | undefined)?._csrf;
  if (typeof field === 'string') return field;
  const value = (field as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value : undefined;
}

export function sessionCookie(reply: FastifyReply, request: FastifyRequest, publicUrl: string, id: string): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: servedOverHttps(request, publicUrl),
  });
}
