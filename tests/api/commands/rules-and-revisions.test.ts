/**
 * Every command route, on a ledger holding the seed meetings: a request the rules refuse is a 409
 * carrying the rule's own code and message, and a request with a stale If-Match is a 412 carrying
 * the current revision. Neither appends anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRoutes } from '../../../src/api/routes/command-routes.js';
import { testApi, type TestApi } from '../test-ledger.js';
import { expectProblem, routeOf, send, streamRevision } from './http.js';
import { refusedRequests } from './rejection-cases.js';
import { recordSeed } from './seed/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
});
afterAll(() => api.close());

const requests = refusedRequests.map((request) => ({ ...request, command: routeOf(request.url).command }));

it('has a refused request for every command route', () => {
  expect(
    commandRoutes.map((route) => route.command).filter((command) => !requests.some((r) => r.command === command)),
  ).toEqual([]);
});

describe.each(requests)('$command at $url', (request) => {
  it(`is refused with 409 ${request.rejection.code} and the rule's message`, async () => {
    const problem = expectProblem(await send(api, request.as, request.url, request.body), 409, request.rejection.code);
    expect(problem).toMatchObject({ type: '/problems/rule-rejected', detail: request.rejection.message });
  });

  it('is refused with 412 and the current revision when If-Match names an older one', async () => {
    const current = await streamRevision(api, request.stream);
    const stale = current > 0n ? current - 1n : current + 1n;
    const sent = await send(api, request.as, request.url, request.body, { 'if-match': `"${stale}"` });
    const problem = expectProblem(sent, 412, 'REVISION_CONFLICT');
    expect(problem.currentRevision).toBe(current.toString());
    expect(problem.detail).toContain(request.stream);
    expect(sent.response.headers.etag).toBe(`"${current}"`);
  });

  it('passes the revision check when If-Match names the current revision, weak or strong', async () => {
    const current = await streamRevision(api, request.stream);
    for (const ifMatch of [`"${current}"`, `W/"${current}"`]) {
      expectProblem(
        await send(api, request.as, request.url, request.body, { 'if-match': ifMatch }),
        409,
        request.rejection.code,
      );
    }
  });
});
