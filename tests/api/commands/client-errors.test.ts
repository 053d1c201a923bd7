/**
 * Every command route refuses what it cannot read, with problem+json and without appending:
 * a field of the wrong type or an unknown field (400 naming the field), a path parameter that is
 * not an id (400 naming it), a body that is not JSON (400), a body that is not sent as JSON (415),
 * and a URL no route serves (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../test-ledger.js';
import { expectProblem, pathParameters, routeOf, send } from './http.js';
import { refusedRequests } from './rejection-cases.js';
import { recordSeed } from './seed/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
});
afterAll(() => api.close());

const requests = refusedRequests.map((request) => ({ ...request, command: routeOf(request.url).command }));

function errorPaths(problem: Record<string, unknown>): string[] {
  return (problem.errors as Array<{ path: string }>).map((error) => error.path);
}

describe.each(requests)('$command at $url', (request) => {
  const [firstField] = Object.keys(request.body);

  it(`answers a wrong type in ${firstField} with 400 naming the field`, async () => {
    const sent = await send(api, request.as, request.url, { ...request.body, [firstField!]: 12345 });
    expect(errorPaths(expectProblem(sent, 400, 'INVALID_INPUT'))).toContain(firstField);
  });

  it('answers an unknown field with 400 naming it', async () => {
    const sent = await send(api, request.as, request.url, { ...request.body, minuteTaker: 'Simon Harper' });
    expect(errorPaths(expectProblem(sent, 400, 'INVALID_INPUT'))).toEqual(['minuteTaker']);
  });

  it('answers a body that is not JSON with 400', async () => {
    const body = JSON.stringify(request.body).slice(0, -1);
    const problem = expectProblem(await send(api, request.as, request.url, body), 400, 'MALFORMED_REQUEST');
    expect(problem.detail).toMatch(/JSON/);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'answers a %s body with 415',
    async (type) => {
      expectProblem(
        await send(api, request.as, request.url, JSON.stringify(request.body), { 'content-type': type }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    },
  );

  it('answers a URL no route serves with 404', async () => {
    expectProblem(await send(api, request.as, `${request.url}/minutes-taker`, request.body), 404, 'NOT_FOUND');
  });

  const [parameter, value] = Object.entries(pathParameters(request.url))[0] ?? [];
  if (parameter === undefined) return;
  it(`answers a ${parameter} that is not an id with 400 naming it`, async () => {
    const url = request.url.replace(`/${value}`, '/Stroud%20DC');
    const problem = expectProblem(await send(api, request.as, url, request.body), 400, 'INVALID_INPUT');
    expect(errorPaths(problem)).toEqual([parameter]);
  });
});
