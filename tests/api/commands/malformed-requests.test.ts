/**
 * Whatever a client sends to a command route, the answer is a 4xx problem+json and the ledger is
 * unchanged: at least 1,000 generated requests with an admin token (mostly), junk bodies, junk
 * headers and junk URLs under the real route prefixes, against a ledger holding the seed meetings.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../test-ledger.js';
import { malformedRequest, type MalformedRequest } from './malformed-arbitraries.js';
import { recordSeed } from './seed/index.js';

let api: TestApi;
let head: bigint;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
  head = await api.ledger.store.headPosition();
});
afterAll(() => api.close());

function inject(request: MalformedRequest): Promise<LightMyRequestResponse> {
  return api.app.inject({
    method: request.method,
    url: request.url,
    payload: request.payload,
    headers: request.headers,
  });
}

function expectClientProblem(response: LightMyRequestResponse, method: string): void {
  expect(response.statusCode).toBeLessThan(500);
  // A GET of a path that is also a web page's (/funds, /organisations/...) is answered as that page
  // would be: the page itself, or the HTML "page not found". Either way it records nothing.
  if (method === 'GET' && String(response.headers['content-type']).startsWith('text/html')) return;
  expect(response.statusCode).toBeGreaterThanOrEqual(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status: response.statusCode, code: expect.stringMatching(/^[A-Z_]+$/) });
}

describe('malformed requests to the command routes', () => {
  it('are all answered with a 4xx problem and record nothing', { timeout: 120_000 }, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(malformedRequest(api.tokens.admin), async (request) => {
        sent += 1;
        expectClientProblem(await inject(request), request.method);
        expect(await api.ledger.store.headPosition()).toBe(head);
      }),
      { numRuns: 1_000 },
    );
    expect(sent).toBeGreaterThanOrEqual(1_000);
  });
});

/** Fastify answers these in its router, before the app's error handler; app.ts passes `frameworkErrors`. */
describe('URLs the router cannot read', () => {
  it.each([
    ['invalid percent-encoding', '/organisations/%c0%af/renaming'],
    ['an id longer than the router allows', `/organisations/${'a'.repeat(101)}/renaming`],
  ])('answers %s with a problem', async (_name, url) => {
    expectClientProblem(
      await inject({
        method: 'POST',
        url,
        payload: '{}',
        headers: { authorization: `Bearer ${api.tokens.admin}`, 'content-type': 'application/json' },
      }),
      'POST',
    );
  });
});
