/** GET /reports/decisions and /reports/decisions/:proposalId/:resolution: request, then response. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionList, DecisionView } from '../../../src/projections/decision-register/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const keys = (body: { decisions: Array<{ proposalId: string; resolution: string }> }) =>
  body.decisions.map((d) => `${d.proposalId} ${d.resolution}`);

describe('GET /reports/decisions', () => {
  it('lists the register with how current it is', async () => {
    const response = await get(api, '/reports/decisions');
    expect(response.statusCode).toBe(200);
    const body = DecisionList.parse(response.json());
    expect(body.decisions).toHaveLength(7);
    expect(response.json()).toMatchObject({
      projectedPosition: String(await api.ledger.store.headPosition()),
      asAt: null,
    });
  });

  it(
    "searches: who agreed option 3, and what mentioned homelessness (Stroud's concerns, shown " + 'once with 3 a))',
    async () => {
      expect(keys((await get(api, '/reports/decisions?q=option%203')).json())).toEqual(['lg-2016-10-27-item-3 a']);
      expect(keys((await get(api, '/reports/decisions?q=homelessness&status=in-force')).json())).toEqual([
        'lg-2016-10-27-item-3 a',
      ]);
    },
  );

  it('filters by organisation, body and dates', async () => {
    const url =
      '/reports/decisions?organisationId=stroud-district-council&bodyId=leadership-gloucestershire' +
      '&from=2018-01-01&to=2018-12-31';
    expect(keys((await get(api, url)).json())).toEqual(['lg-2018-06-14-item-4 1', 'lg-2018-06-14-item-7 referral']);
  });

  it('answers as at a date from the events recorded by then: before the December amendment', async () => {
    const response = await get(api, '/reports/decisions?asAt=2016-11-30&status=amended');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ decisions: [], asAt: '2016-11-30T23:59:59.999Z' });
    expect(BigInt(response.json().projectedPosition)).toBeLessThan(await api.ledger.store.headPosition());
    expect(keys((await get(api, '/reports/decisions?asAt=2016-11-30')).json())).toHaveLength(5);
  });

  it('answers 400 with the reason for a search with no words, rather than an FTS5 syntax error', async () => {
    const response = await get(api, `/reports/decisions?q=${encodeURIComponent('"*" ()')}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', errors: [{ path: 'q' }] });
    expect(response.json().detail).toMatch(/no words to search for/);
  });

  it('treats FTS5 syntax typed by a user as words', async () => {
    const response = await get(api, `/reports/decisions?q=${encodeURIComponent('option 3) OR "')}`);
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['a status that does not exist', 'status=lapsed', 'status'],
    ['a date that is not a date', 'from=2016-13-40', 'from'],
    ['an as-at that is not a time', 'asAt=last-tuesday', 'asAt'],
  ])('answers 400 for %s', async (_case, query, field) => {
    const response = await get(api, `/reports/decisions?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: field })],
    });
  });
});

describe('GET /reports/decisions/:proposalId/:resolution', () => {
  it("answers one decision with the proposal's revision as its ETag", async () => {
    const response = await get(api, '/reports/decisions/lg-2016-10-27-item-3/a');
    expect(response.statusCode).toBe(200);
    expect(DecisionView.parse(response.json())).toMatchObject({
      optionAgreed: { key: '3' },
      meetingDate: '2016-10-27',
    });
    expect(response.headers.etag).toBe(
      `"${await api.ledger.commands.currentRevision('proposal-lg-2016-10-27-item-3')}"`,
    );
    // Options tabled, ten positions, option 3 agreed, resolutions b) and c): revisions 0 to 13.
    expect(response.headers.etag).toBe('"13"');
  });

  it('answers as at a date, with the revision the proposal had then', async () => {
    const now = await get(api, '/reports/decisions/lg-2016-10-27-item-5/b');
    const then = await get(api, '/reports/decisions/lg-2016-10-27-item-5/b?asAt=2016-11-30');
    // The item's stream: 5 a), 5 b), the ten partners' positions (revisions 0 to 11), then the amendment.
    expect([now.json().status, now.headers.etag]).toEqual(['amended', '"12"']);
    expect([then.json().status, then.headers.etag]).toEqual(['in-force', '"11"']);
  });

  it('answers 404 with what was looked for, for a resolution never recorded', async () => {
    const response = await get(api, '/reports/decisions/lg-2016-10-27-item-3/z');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'NOT_FOUND',
      detail: expect.stringContaining('No resolution z) of lg-2016-10-27-item-3'),
    });
  });

  it('answers 404 for a decision recorded only after the as-at date', async () => {
    const response = await get(api, '/reports/decisions/lg-2018-06-14-item-7/a?asAt=2017-12-31');
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain('as at 2017-12-31');
  });

  it('answers 400 for a resolution that is not a letter or number', async () => {
    const response = await get(api, '/reports/decisions/lg-2016-10-27-item-3/A!');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
