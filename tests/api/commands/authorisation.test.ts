/**
 * Who may use each command route: every route by every role, by a request with no token and by
 * one with a token the ledger never issued. Only a route's own roles and admin get past the guard;
 * the rest get 403 (401 without a valid token) as problem+json, and nothing is appended. The
 * guard comes before the body is read, so a caller without the right token learns nothing about it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_ROLES } from '../../../src/api/auth/token-store.js';
import { commandRoutes } from '../../../src/api/routes/command-routes.js';
import { testApi, type TestApi } from '../test-ledger.js';
import { allowedRoles, expectProblem, routeOf, send, type Sender } from './http.js';
import { refusedRequests } from './rejection-cases.js';
import { recordSeed } from './seed/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
});
afterAll(() => api.close());

const senders: readonly Sender[] = [...TOKEN_ROLES, 'nobody', 'stranger'];
const table = commandRoutes.flatMap((route) => {
  const request = refusedRequests.find((candidate) => routeOf(candidate.url) === route)!;
  return senders.map((sender) => ({
    command: route.command,
    sender,
    request,
    allowed: (allowedRoles(route) as Sender[]).includes(sender),
  }));
});

describe('every command route by every sender', () => {
  it('covers every route, with admin allowed everywhere and reader nowhere', () => {
    expect(new Set(table.map((row) => row.command)).size).toBe(commandRoutes.length);
    expect(table.filter((row) => row.sender === 'admin').every((row) => row.allowed)).toBe(true);
    expect(table.filter((row) => row.sender === 'reader').some((row) => row.allowed)).toBe(false);
  });

  it.each(table)('$command by $sender: allowed $allowed', async ({ sender, request, allowed }) => {
    const sent = await send(api, sender, request.url, request.body);
    if (allowed) expectProblem(sent, 409, request.rejection.code);
    else if (sender === 'nobody' || sender === 'stranger') expectProblem(sent, 401, 'UNAUTHENTICATED');
    else expect(expectProblem(sent, 403, 'FORBIDDEN').detail).toContain(`${sender}-token`);
  });
});

describe('the guard comes before the body is read', () => {
  const [request] = refusedRequests;

  it.each([
    ['no token and a body that is not JSON', 'nobody', '{"organisationId":', {}, 401],
    [
      'an unknown token and a text/plain body',
      'stranger',
      'Stroud District Council',
      { 'content-type': 'text/plain' },
      401,
    ],
    ['a finance token and a body of the wrong shape', 'finance', { organisationId: 42 }, {}, 403],
    ['a reader token and a stale If-Match', 'reader', request!.body, { 'if-match': '"0"' }, 403],
  ] as const)('answers %s with %i', async (_name, sender, body, headers, status) => {
    expectProblem(
      await send(api, sender, request!.url, body, headers),
      status,
      status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    );
  });

  it('refuses a revoked token with 401', async () => {
    const secret = api.ledger.tokens.create('Jo Walker', 'clerk', new Date('2026-01-02T00:00:00Z'));
    api.ledger.tokens.revoke('Jo Walker', new Date('2026-01-03T00:00:00Z'));
    const sent = await send(api, 'nobody', request!.url, request!.body, { authorization: `Bearer ${secret}` });
    expectProblem(sent, 401, 'UNAUTHENTICATED');
  });
});

describe('the actor recorded with an accepted command', () => {
  it.each([
    [
      'clerk',
      '/organisations',
      { organisationId: 'nhs-gloucestershire-icb', name: 'NHS Gloucestershire Integrated Care Board', type: 'health' },
    ],
    [
      'admin',
      '/bodies/leadership-gloucestershire/members',
      { organisationId: 'nhs-gloucestershire-icb', admittedOn: '2022-07-01' },
    ],
    [
      'finance',
      '/funds',
      {
        fundId: 'icb-prevention',
        name: 'Prevention',
        kind: 'grant-source',
        holder: 'nhs-gloucestershire-icb',
        openingBalance: '£5,000',
      },
    ],
  ] as const)("is the %s token's name and role", async (role, url, body) => {
    const { response, appended } = await send(api, role, url, body);
    expect(response.statusCode).toBe(201);
    expect(appended.map((event) => event.metadata.actor)).toEqual([{ id: `${role}-token`, role }]);
  });

  it('is the name the token was created with, not its role', async () => {
    const secret = api.ledger.tokens.create('Simon Harper', 'clerk', new Date('2026-01-02T00:00:00Z'));
    const body = {
      organisationId: 'gloucestershire-fire-and-rescue',
      name: 'Gloucestershire Fire and Rescue Service',
      type: 'other',
    };
    const { response, appended } = await send(api, 'nobody', '/organisations', body, {
      authorization: `Bearer ${secret}`,
    });
    expect(response.statusCode).toBe(201);
    expect(appended[0]?.metadata.actor).toEqual({ id: 'Simon Harper', role: 'clerk' });
  });
});
