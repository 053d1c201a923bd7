/**
 * The work programme over HTTP on the seeded ledger (illustrative: the 2011/12 annual report says
 * "A new work programme will be considered at the June 2012 meeting" and gives no items): an item
 * planned for a scheduled Leadership Gloucestershire meeting slips when that meeting is held
 * without it, and shows its replan; bad input is refused with the reason and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkProgrammeList } from '../../../src/projections/work-programme/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

const LG = 'leadership-gloucestershire';
const MEETING = 'lg-2019-01-24';
const ITEM = 'lg-2019-01-vision-2050';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const post = (url: string, payload: Record<string, unknown>) =>
  api.app.inject({ method: 'POST', url, headers: api.bearer('clerk'), payload });
const listed = async (query: string) => {
  const response = await get(api, `/reports/work-programme?${query}`);
  expect(response.statusCode).toBe(200);
  return WorkProgrammeList.parse(response.json()).items;
};

describe('the work programme', () => {
  it('holds an item planned for a scheduled meeting, with its kind and lead officer', async () => {
    expect((await post('/meetings', { meetingId: MEETING, bodyId: LG, date: '2019-01-24' })).statusCode).toBe(201);
    const planned = await post('/work-programme', {
      planItemId: ITEM,
      bodyId: LG,
      title: 'Illustrative: Vision 2050 progress',
      kind: 'information',
      leadOfficer: 'Illustrative officer',
      meetingId: MEETING,
    });
    expect(planned.statusCode).toBe(201);
    const [item] = await listed(`bodyId=${LG}`);
    expect(item).toMatchObject({ planItemId: ITEM, month: '2019-01', status: 'planned', slipped: [] });
    expect(await listed('slippedOn=2019-02-01')).toEqual([]);
  });

  it('refuses an item planned for neither a meeting nor a month, saying what to give', async () => {
    const response = await post('/work-programme', {
      planItemId: 'lg-no-date',
      bodyId: LG,
      title: 'Anything',
      kind: 'decision',
      leadOfficer: 'Anyone',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'PLANNED_FOR_MISSING' });
    expect((await listed('')).map((item) => item.planItemId)).not.toContain('lg-no-date');
  });

  it('slipped once the meeting is held without it, and shows the replan that follows', async () => {
    const held = await post(`/meetings/${MEETING}/attendance`, {
      present: [
        {
          person: 'Cllr Mark Hawthorne',
          organisationId: 'gloucestershire-county-council',
          capacity: 'member',
          chair: true,
        },
      ],
      apologies: [],
    });
    expect(held.json()).not.toHaveProperty('code');
    expect(held.statusCode).toBe(201);
    expect(await listed('slippedOn=2019-01-23')).toEqual([]);
    const [slipped] = await listed('slippedOn=2019-01-24');
    expect(slipped?.slipped).toEqual([`meeting ${MEETING} was held without it`]);
    const moved = await post(`/work-programme/${ITEM}/replan`, { month: '2019-03', reason: 'Illustrative: not ready' });
    expect(moved.statusCode).toBe(201);
    const [item] = await listed(`bodyId=${LG}&slippedOn=2019-02-01`);
    expect(item).toMatchObject({ month: '2019-03', meetingId: null, slipped: ['replanned 1 time'] });
    expect(item?.replans).toEqual([
      {
        fromMeetingId: MEETING,
        fromMonth: '2019-01',
        meetingId: null,
        month: '2019-03',
        reason: 'Illustrative: not ready',
      },
    ]);
  });

  it('refuses a replan to an earlier month', async () => {
    const response = await post(`/work-programme/${ITEM}/replan`, { month: '2019-02', reason: 'Earlier' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'REPLAN_NOT_LATER' });
  });
});
