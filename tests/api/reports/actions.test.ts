/** GET /reports/actions and /reports/actions/:actionId: request, then response. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionList, ActionView } from '../../../src/projections/action-tracker/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const ids = (body: unknown) => ActionList.parse(body).actions.map((action) => action.actionId);

describe('GET /reports/actions', () => {
  it('lists the actions, sub-actions under their parent, with how current it is', async () => {
    const response = await get(api, '/reports/actions');
    expect(response.statusCode).toBe(200);
    expect(ids(response.json())).toEqual([
      'lg-2016-10-27-3-1',
      'lg-2016-10-27-5-1',
      'lg-2018-06-14-3a-1',
      'lg-2018-06-14-4-a',
      'lg-2018-06-14-4-b',
      'lg-2018-06-14-4-c',
      'lg-2018-06-14-4-d',
      'lg-2018-06-14-7-1',
      'lg-2018-06-14-8-1',
    ]);
    expect(response.json()).toMatchObject({
      projectedPosition: String(await api.ledger.store.headPosition()),
      asAt: null,
    });
  });

  it('lists what was overdue on 1 January 2019, by owner and status', async () => {
    // The minutes date none of the actions; Vision 2050's is the fixture's extension to 6 December 2018.
    expect(ids((await get(api, '/reports/actions?overdueOn=2019-01-01')).json())).toEqual(['lg-2018-06-14-3a-1']);
    expect(ids((await get(api, '/reports/actions?owner=Richard%20Bradley&status=open')).json())).toEqual([
      'lg-2016-10-27-3-1',
    ]);
  });

  it('answers as at a date: before the officer group action was completed', async () => {
    const response = await get(api, '/reports/actions?status=completed&asAt=2016-12-01');
    expect(response.json()).toMatchObject({ actions: [], asAt: '2016-12-01T23:59:59.999Z' });
  });

  it.each([
    ['a status that does not exist', 'status=done', 'status'],
    ['an overdue date that is not a date', 'overdueOn=1%20September', 'overdueOn'],
  ])('answers 400 for %s', async (_case, query, field) => {
    const response = await get(api, `/reports/actions?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: field })],
    });
  });
});

describe('GET /reports/actions/:actionId', () => {
  it("answers one action with its history and the action's revision as its ETag", async () => {
    const response = await get(api, '/reports/actions/lg-2016-10-27-5-1');
    expect(response.statusCode).toBe(200);
    expect(ActionView.parse(response.json())).toMatchObject({
      status: 'completed',
      history: [{ event: 'reviewed' }, { event: 'completed' }],
    });
    expect(response.headers.etag).toBe('"2"');
  });

  it('answers 404 for an action never assigned', async () => {
    const response = await get(api, '/reports/actions/lg-2016-10-27-9-9');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'NOT_FOUND',
      detail: expect.stringContaining('No action lg-2016-10-27-9-9'),
    });
  });

  it('answers 400 for an action id that is not a slug', async () => {
    const response = await get(api, '/reports/actions/Not_A_Slug');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'actionId' })],
    });
  });
});
