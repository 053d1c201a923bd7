/**
 * Limits (issue 13, point 10), with the low figures a test can reach: reads per client and writes
 * per token answered 429 problem+json with Retry-After; as-at replays capped, the rest 503 with
 * Retry-After; request and connection timeouts taken from the configuration.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { send } from './commands/http.js';
import { seededApi } from './reports/seeded.js';
import type { TestApi } from './test-ledger.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const expectProblem = (
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) => {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.json()).toMatchObject({ status, code });
};

describe('rate limits', () => {
  it('answers an anonymous reader over the limit with 429 and Retry-After', async () => {
    api = await seededApi({ readsPerMinute: '3' });
    for (let index = 0; index < 3; index++)
      expect((await api.app.inject({ method: 'GET', url: '/reports/decisions' })).statusCode).toBe(200);
    const refused = await api.app.inject({ method: 'GET', url: '/reports/decisions' });
    expectProblem(refused, 429, 'RATE_LIMITED');
    expect(refused.json()).toMatchObject({ detail: expect.stringMatching(/at most 3 a minute/) });
  });

  it('counts writes per token: one token over its limit does not stop another', async () => {
    api = await seededApi({ writesPerMinute: '2' });
    const progress = (role: 'clerk' | 'admin', note: string) =>
      send(api!, role, '/actions/lg-2016-10-27-5-1/progress', { note, rag: 'amber', asOf: '2017-01-10' });
    expect((await progress('clerk', 'First')).response.statusCode).not.toBe(429);
    expect((await progress('clerk', 'Second')).response.statusCode).not.toBe(429);
    const third = await progress('clerk', 'Third');
    expectProblem(third.response, 429, 'RATE_LIMITED');
    expect(third.appended).toEqual([]);
    expect((await progress('admin', 'From another token')).response.statusCode).not.toBe(429);
  });
});

describe('as-at reports', () => {
  it('are queries, not replays: many at once all answer, each the same', async () => {
    api = await seededApi();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => api!.app.inject({ method: 'GET', url: '/reports/decisions?asAt=2018-01-01' })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(6).fill(200));
    expect(new Set(responses.map((response) => response.body)).size).toBe(1);
    expect(responses[0]!.json<{ decisions: unknown[] }>().decisions.length).toBeGreaterThan(0);
  });
});

describe('timeouts', () => {
  it('takes the request and connection timeouts from the configuration', async () => {
    api = await seededApi({ requestTimeoutMs: '1234', connectionTimeoutMs: '5678' });
    expect(api.app.initialConfig).toMatchObject({
      requestTimeout: 1234,
      connectionTimeout: 5678,
      bodyLimit: 1024 * 1024,
    });
  });
});
