/**
 * Talking to the command routes as a client would: a JSON POST with a bearer token, then what the
 * request appended to the event store, read back from the store itself rather than from the response.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TokenRole } from '../../../src/api/auth/token-store.js';
import { commandRoutes } from '../../../src/api/routes/command-routes.js';
import type { CommandRoute } from '../../../src/api/commands/command-route.js';
import type { RecordedEvent } from '../../../src/store/envelope.js';
import type { TestApi } from '../test-ledger.js';

/** Who sends the request: a role's token, no Authorization header, or a token the ledger never issued. */
export type Sender = TokenRole | 'nobody' | 'stranger';

export interface Sent {
  readonly response: LightMyRequestResponse;
  /** The events the request appended, in global order. */
  readonly appended: readonly RecordedEvent[];
}

export function authorisation(api: TestApi, sender: Sender): Record<string, string> {
  if (sender === 'nobody') return {};
  if (sender === 'stranger') return { authorization: 'Bearer pl_never-issued-by-this-ledger' };
  return api.bearer(sender);
}

/** POSTs `body` as JSON (or as the raw text given) and returns the response with the events it appended. */
export async function send(
  api: TestApi,
  sender: Sender,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Sent> {
  const before = await api.ledger.store.headPosition();
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await api.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': 'application/json', ...authorisation(api, sender), ...headers },
  });
  return { response, appended: await eventsAfter(api, before) };
}

export async function eventsAfter(api: TestApi, position: bigint): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of api.ledger.store.readAll({ fromPosition: position + 1n })) events.push(event);
  return events;
}

export async function streamEvents(api: TestApi, stream: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of api.ledger.store.readStream(stream)) events.push(event);
  return events;
}

/** The stream's current revision, -1n when it holds no events. */
export async function streamRevision(api: TestApi, stream: string): Promise<bigint> {
  return (await streamEvents(api, stream)).at(-1)?.revision ?? -1n;
}

/** Checks a problem+json answer and that the request recorded nothing; returns the problem body. */
export function expectProblem(sent: Sent, status: number, code: string): Record<string, unknown> {
  const { response, appended } = sent;
  expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status, body: { status, code } });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(appended).toEqual([]);
  return response.json();
}

const patterns = commandRoutes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.url.replace(/:[A-Za-z]+/g, '([^/]+)')}$`),
}));

/** The route a concrete URL such as `/funds/devolution-capacity/pledges` is served by. */
export function routeOf(url: string): CommandRoute {
  const found = patterns.find(({ pattern }) => pattern.test(url));
  if (!found) throw new Error(`No command route serves ${url}`);
  return found.route;
}

/** The path parameters of a concrete URL, e.g. `{ fundId: 'devolution-capacity' }`. */
export function pathParameters(url: string): Record<string, string> {
  const route = routeOf(url);
  const names = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);
  const values = new RegExp(`^${route.url.replace(/:[A-Za-z]+/g, '([^/]+)')}$`).exec(url)!.slice(1);
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(values[index]!)]));
}

/** Roles whose tokens may use a route: the route's own roles, and admin always. */
export function allowedRoles(route: CommandRoute): TokenRole[] {
  return ['admin', ...route.roles];
}
