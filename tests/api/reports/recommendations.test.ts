/**
 * The acceptance test of scrutiny recommendations, over HTTP on the seeded ledger: a county
 * scrutiny committee (illustrative: the seeds record none) recommends to Leadership
 * Gloucestershire; left without a response past its due period it is in the overdue list; the
 * response and the action that follows take it out, and the report shows the action's progress.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecommendationList } from '../../../src/projections/scrutiny/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

const OSMC = 'gcc-overview-and-scrutiny-management-committee';
const ID = 'gcc-osmc-2017-03-13-rec-1';
const ACTION = 'lg-2016-10-27-3-1';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const post = (url: string, payload: Record<string, unknown>) =>
  api.app.inject({ method: 'POST', url, headers: api.bearer('clerk'), payload });
const listed = async (query: string) => {
  const response = await get(api, `/reports/recommendations?${query}`);
  expect(response.statusCode).toBe(200);
  return RecommendationList.parse(response.json()).recommendations;
};

describe('a scrutiny recommendation', () => {
  it('is made by a scrutiny committee, with its council, to the board', async () => {
    const committee = await post('/bodies', {
      bodyId: OSMC,
      name: 'Overview and Scrutiny Management Committee (illustrative)',
      type: 'scrutiny-committee',
      councilId: 'gloucestershire-county-council',
    });
    expect(committee.statusCode).toBe(201);
    const made = await post('/recommendations', {
      recommendationId: ID,
      scrutinyBodyId: OSMC,
      madeOn: '2017-03-13',
      to: { kind: 'body', id: 'leadership-gloucestershire' },
      text: "Illustrative: publish the devolution capacity fund's reconciliation with the meeting papers",
      responseDueDays: 60,
    });
    expect(made.statusCode).toBe(201);
    const [recommendation] = await listed('');
    expect(recommendation).toMatchObject({
      councilId: 'gloucestershire-county-council',
      responseDueOn: '2017-05-12',
      response: null,
    });
  });

  it('is refused from a body that is not a scrutiny committee, saying why', async () => {
    const response = await post('/recommendations', {
      recommendationId: 'lg-rec-1',
      scrutinyBodyId: 'leadership-gloucestershire',
      madeOn: '2017-03-13',
      to: { kind: 'organisation', id: 'stroud-district-council' },
      text: 'Anything',
      responseDueDays: 60,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'NOT_A_SCRUTINY_COMMITTEE' });
  });

  it('left without a response past its due period is in the overdue list', async () => {
    expect(await listed('overdueOn=2017-05-12')).toEqual([]);
    const overdue = await listed('overdueOn=2017-05-13');
    expect(overdue.map((r) => [r.recommendationId, r.daysAwaiting])).toEqual([[ID, 61]]);
    expect((await listed('awaitingOn=2017-05-13&moreThanDays=60')).map((r) => r.recommendationId)).toEqual([ID]);
    expect(await listed('awaitingOn=2017-05-13&moreThanDays=61')).toEqual([]);
  });

  it('once answered, and its action tracked, leaves the overdue list from the date of the response', async () => {
    expect(
      (
        await post(`/recommendations/${ID}/response`, {
          response: 'partly-accepted',
          reasons: 'Illustrative: twice a year, not at every meeting',
          respondedOn: '2017-06-01',
          respondedBy: 'Leadership Gloucestershire',
        })
      ).statusCode,
    ).toBe(201);
    expect((await post(`/recommendations/${ID}/actions`, { actionId: ACTION })).statusCode).toBe(201);
    expect((await listed('overdueOn=2017-05-20')).map((r) => r.recommendationId)).toEqual([ID]);
    expect(await listed('overdueOn=2017-06-02')).toEqual([]);
    const [answered] = await listed('');
    expect(answered).toMatchObject({
      response: 'partly-accepted',
      respondedOn: '2017-06-01',
      actions: [{ actionId: ACTION, status: 'open' }],
    });
  });

  it('as the ledger stood before the response was recorded, still awaits one', async () => {
    const before = RecommendationList.parse(
      (await get(api, '/reports/recommendations?asAt=2020-01-01')).json(),
    ).recommendations;
    expect(before).toEqual([]);
  });

  it('answers 400 for a date written wrongly', async () => {
    const response = await get(api, '/reports/recommendations?overdueOn=13/05/2017');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
