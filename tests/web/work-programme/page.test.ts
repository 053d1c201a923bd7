/**
 * A body's work programme page, on the demo ledger with a work programme recorded through the JSON
 * API (illustrative: the seeds' 2011/12 annual report says only that "a new work programme will be
 * considered at the June 2012 meeting"): planned items with their meeting or month, kind and lead
 * officer; the item that slipped and why, by the page's date or a chosen one; a dropped item; a
 * task-and-finish group; a 404 for an unknown body and a 400 for a bad date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkProgrammeList } from '../../../src/projections/work-programme/index.js';
import type { TestApi } from '../../api/test-ledger.js';
import { demoApi } from '../shared/demo-api.js';
import { text } from '../workspace/form-checks.js';

const LG = 'leadership-gloucestershire';
const PAGE = `/bodies/${LG}/work-programme`;
let api: TestApi;

const post = async (url: string, payload: Record<string, unknown>) => {
  const response = await api.app.inject({ method: 'POST', url, headers: api.bearer('clerk'), payload });
  expect(response.statusCode, response.body).toBe(201);
};
const item = (planItemId: string, title: string, when: Record<string, string>) => ({
  planItemId,
  bodyId: LG,
  title,
  kind: 'information',
  leadOfficer: 'Illustrative: the partnership manager',
  ...when,
});

beforeAll(async () => {
  api = await demoApi();
  await post('/meetings', { meetingId: 'lg-2031-01-23', bodyId: LG, date: '2031-01-23' });
  await post(
    '/work-programme',
    item('lg-2031-vision', 'Illustrative: Vision 2050 progress', { meetingId: 'lg-2031-01-23' }),
  );
  await post('/work-programme', item('lg-2019-03-estate', 'Illustrative: One Public Estate', { month: '2019-03' }));
  await post('/work-programme', item('lg-2019-03-dropped', 'Illustrative: a dropped report', { month: '2019-03' }));
  await post('/work-programme/lg-2019-03-dropped/dropped', {
    droppedOn: '2019-02-01',
    reason: 'Illustrative: overtaken by the new strategy',
  });
  await post('/task-groups', {
    taskGroupId: 'lg-community-safety-task-group',
    bodyId: LG,
    setUpBy: { proposalId: 'lg-2016-10-27-item-3', resolution: 'a' },
    name: 'Illustrative: community safety task and finish group',
    remit: 'Illustrative: oversee the move to one county partnership',
    chair: 'Illustrative: a district council leader',
    members: ['Illustrative: the PCC office', 'Illustrative: a county officer'],
    setUpOn: '2016-10-27',
    endsOn: '2017-03-31',
  });
}, 60_000);
afterAll(() => api.close());

const page = (url: string) => api.app.inject({ method: 'GET', url });
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return text(html.slice(start, html.indexOf('<h2', start + 1)));
};

describe("a body's work programme page", () => {
  it(
    'lists the planned items with their meeting or month, kind and lead officer, as the JSON ' + 'API has them',
    async () => {
      const response = await page(PAGE);
      expect(response.statusCode).toBe(200);
      const planned = section(response.body, 'planned');
      expect(planned).toContain('Illustrative: Vision 2050 progress');
      expect(planned).toContain('Leadership Gloucestershire, 23 January 2031');
      expect(planned).toContain('Information');
      expect(planned).toContain('Illustrative: the partnership manager');
      expect(planned).toContain('March 2019');
      const json = WorkProgrammeList.parse((await page(`/reports/work-programme?bodyId=${LG}`)).json());
      const open = json.items.filter((i) => i.status === 'planned');
      expect(open).toHaveLength(2);
      for (const i of open) expect(planned).toContain(i.title);
    },
  );

  it('shows what slipped by today, and why; by an earlier date, nothing had', async () => {
    const slipped = section((await page(PAGE)).body, 'slipped');
    expect(slipped).toContain('Illustrative: One Public Estate');
    expect(slipped).toContain('March 2019 ended without it');
    expect(slipped).not.toContain('Vision 2050');
    const earlier = await page(`${PAGE}?slippedOn=2019-03-15`);
    expect(section(earlier.body, 'slipped')).toContain('No item had slipped by 15 March 2019');
  });

  it('shows the dropped item with its reason, and the task-and-finish group', async () => {
    const body = (await page(PAGE)).body;
    const closed = section(body, 'closed');
    expect(closed).toContain('Illustrative: a dropped report');
    expect(closed).toContain('Dropped');
    expect(closed).toContain('Illustrative: overtaken by the new strategy');
    expect(closed).toContain('1 February 2019');
    const groups = text(body.slice(body.indexOf('id="task-groups"')));
    for (const words of [
      'Illustrative: community safety task and finish group',
      'Illustrative: oversee the move to one county partnership',
      'Illustrative: a district council leader',
      'Illustrative: the PCC office; Illustrative: a county officer',
      '31 March 2017',
    ])
      expect(groups).toContain(words);
    expect(body).toContain('href="/decisions/lg-2016-10-27-item-3/a"');
  });

  it("is linked from the body's page, and answers an unknown body with a 404 page", async () => {
    expect((await page(`/bodies/${LG}`)).body).toContain(`href="${PAGE}"`);
    const missing = await page('/bodies/no-such-body/work-programme');
    expect(missing.statusCode).toBe(404);
    expect(text(missing.body)).toContain('No body no-such-body is recorded');
  });

  it('answers an impossible date with the error summary, not a 500', async () => {
    const response = await page(`${PAGE}?slippedOn-day=30&slippedOn-month=2&slippedOn-year=2019`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(text(response.body)).toContain('The "slipped by" date must be a real date');
  });
});
