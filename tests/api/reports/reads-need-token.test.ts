/** Every report route when the ledger is configured to need a token for reads: 401 without one, 200 with a reader's. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi({ readsNeedToken: 'true' });
});
afterAll(() => api.close());

const urls = [
  '/reports/decisions',
  '/reports/decisions/lg-2016-10-27-item-3/a',
  '/reports/commitments',
  '/reports/actions',
  '/reports/actions/lg-2016-10-27-3-1',
  '/reports/attendance',
  '/reports/attendance/missed',
  '/partners/stroud-district-council',
  '/history/fund-devolution-capacity',
];

describe('reads that need a token', () => {
  it.each(urls)('GET %s answers 401 without a token', async (url) => {
    const response = await get(api, url);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringContaining('bearer token for reads'),
    });
  });

  it.each(urls)('GET %s answers 200 with a reader token', async (url) => {
    expect((await get(api, url, 'reader')).statusCode).toBe(200);
  });

  it('answers 401 for a token that is not known, even where reads are public', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/reports/decisions',
      headers: { authorization: 'Bearer pl_not-a-real-token' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('describes every report route under its tag, with every query field described', async () => {
    const document = (await get(api, '/openapi.json')).json();
    expect(document.paths['/reports/decisions'].get.tags).toEqual(['reports']);
    expect(document.paths['/history/{entity}'].get.tags).toEqual(['audit']);
    for (const url of ['/reports/decisions', '/reports/actions', '/reports/attendance', '/reports/attendance/missed']) {
      const parameters = document.paths[url].get.parameters as Array<{ name: string; description?: string }>;
      expect(parameters.filter((p) => !p.description).map((p) => `${url} ${p.name}`)).toEqual([]);
    }
  });
});
