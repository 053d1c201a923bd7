/**
 * A visitor to the web pages through app.inject: keeps cookies like a browser, reads forms' hidden fields, signs in
 * with a role's token.
 */
import type { FastifyInstance } from 'fastify';
import type { TokenRole } from '../../../src/api/auth/token-store.js';
import type { TestApi } from '../../api/test-ledger.js';

export class Visitor {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(setCookie: string | string[] | undefined) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!);
      else this.cookies.set(name!, value!);
    }
  }

  async get(url: string) {
    const response = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } });
    this.keep(response.headers['set-cookie']);
    return response;
  }

  async post(url: string, form: Record<string, string>) {
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });
    this.keep(response.headers['set-cookie']);
    return response;
  }

  /** POSTs a multipart form: its fields, then each file under the field name `files`. */
  async upload(url: string, fields: Record<string, string>, files: ReadonlyArray<{ name: string; text: string }>) {
    const boundary = '----ledger-test-boundary';
    const parts = [
      ...Object.entries(fields).map(
        ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
      ...files.map(
        (file) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; ` +
          `filename="${file.name}"\r\nContent-Type: application/yaml\r\n\r\n${file.text}\r\n`,
      ),
    ];
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `${parts.join('')}--${boundary}--\r\n`,
    });
    this.keep(response.headers['set-cookie']);
    return response;
  }

  /** GETs a form and POSTs it back with its hidden fields and defaults, overridden by `fields`. */
  async submit(url: string, fields: Record<string, string>) {
    const form = formFields((await this.get(url)).body);
    return this.post(url, { ...form, ...fields });
  }
}

/** The values of a page's inputs (hidden, text and checked), selected options and text areas, by name. */
export function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [input] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? '';
    const type = /type="([^"]+)"/.exec(input)?.[1] ?? 'text';
    if (!name || ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(input))) continue;
    fields[name] = value
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"');
  }
  for (const [, name, options] of html.matchAll(/<select\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)"[^>]*\bselected\b/.exec(options!);
    if (selected) fields[name!] = selected[1]!;
  }
  for (const [, attributes, value] of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = /name="([^"]+)"/.exec(attributes!)?.[1];
    if (name) fields[name] = value!.trim();
  }
  return fields;
}

export async function signedIn(api: TestApi, role: TokenRole | undefined): Promise<Visitor> {
  const visitor = new Visitor(api.app);
  if (role === undefined) return visitor;
  const response = await visitor.submit('/sign-in', { token: api.tokens[role] });
  if (response.statusCode !== 303)
    throw new Error(`Signing in as ${role} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  return visitor;
}
