/**
 * Cursor pagination on every list (issue 13, point 10): 100 items a page unless asked, at most
 * 1,000, a `next` link that leads, page by page, through the whole list exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, seededApi } from './seeded.js';
import type { TestApi } from '../test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const lists: ReadonlyArray<readonly [string, string]> = [
  ['/reports/decisions', 'decisions'],
  ['/reports/actions', 'actions'],
  ['/reports/attendance', 'meetings'],
  ['/reports/attendance/missed', 'runs'],
  ['/reports/commitments', 'funds'],
  ['/history/fund-devolution-capacity', 'events'],
];

describe('every list', () => {
  it.each(lists)('%s pages its %s with limit and next, through the whole list once', async (url, key) => {
    const whole = (await get(api, url)).json();
    expect(whole).toMatchObject({ limit: 100, total: whole[key].length, nextCursor: null, next: null });
    const seen: unknown[] = [];
    let next: string | null = `${url}?limit=1`;
    let pages = 0;
    while (next) {
      const page = await get(api, next);
      expect(page.statusCode).toBe(200);
      const body = page.json();
      expect(body[key].length).toBeLessThanOrEqual(1);
      seen.push(...body[key]);
      next = body.next;
      pages += 1;
      expect(pages).toBeLessThanOrEqual(Number(whole.total) + 1);
    }
    expect(seen).toEqual(whole[key]);
  });

  it.each([
    ['limit=0', /from 1 to 1000/],
    ['limit=1001', /at most 1000 items a page/],
    ['limit=ten', /whole number/],
    ['cursor=not-a-cursor', /use the nextCursor/],
  ])('refuses %s with a 400 naming the parameter', async (query, message) => {
    const response = await get(api, `/reports/decisions?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      path: query.split('=')[0],
      message: expect.stringMatching(message),
    });
  });

  it('keeps the filters in the next link', async () => {
    const body = (await get(api, '/reports/decisions?bodyId=leadership-gloucestershire&limit=1')).json();
    expect(body.next).toMatch(/^\/reports\/decisions\?bodyId=leadership-gloucestershire&limit=1&cursor=/);
  });
});
