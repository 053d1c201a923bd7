/**
 * A matter the board only referred on is one of its decisions. 14 June 2018, item 7: "it was agreed
 * that the matter should in the first instance be referred to the District Chief Executive/Heads of
 * Paid Service Group to explore the issues in more detail." The register, its search, the API and
 * the /decisions page all find it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { testApi, type TestApi } from '../../api/test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await importFixtures(api.ledger);
});
afterAll(() => api.close());

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
type Decision = { proposalId: string; resolution: string; item: string; itemTitle: string | null; text: string };
type Decisions = { decisions: Decision[] };

describe('the social mobility referral (14 June 2018, item 7)', () => {
  it('is found by q=social mobility in the register API', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/reports/decisions?q=social%20mobility' });
    expect(response.statusCode).toBe(200);
    const { decisions } = response.json<Decisions>();
    expect(decisions).toEqual([
      expect.objectContaining({
        proposalId: 'lg-2018-06-14-item-7',
        resolution: 'referral',
        item: '7',
        itemTitle: 'Social Mobility',
        text:
          'Referred to district-chief-executives-group: To explore the issues of social mobility in ' +
          'more detail, in the first instance; the Employment and Skills Board was suggested as the best ' +
          'place to develop a better understanding of the issues, and Safer Gloucestershire might be well ' +
          'placed to provide support',
      }),
    ]);
  });

  it('appears on the /decisions page and has a page of its own', async () => {
    const register = await api.app.inject({ method: 'GET', url: '/decisions?q=social+mobility' });
    expect(register.statusCode).toBe(200);
    expect(text(register.body)).toContain('1 decision');
    expect(register.body).toContain('href="/decisions/lg-2018-06-14-item-7/referral');
    // Named as a referral of item 7, not as a lettered resolution "7 referral)".
    expect(text(register.body)).toContain('7 (referral) Social Mobility');
    expect(text(register.body)).not.toContain('7 referral)');
    const own = await api.app.inject({ method: 'GET', url: '/decisions/lg-2018-06-14-item-7/referral' });
    expect(own.statusCode).toBe(200);
    expect(text(own.body)).toContain('Social Mobility');
    expect(text(own.body)).toContain('7 (referral) Social Mobility');
  });

  it('leaves a matter with resolutions as it was: one entry per lettered resolution, no referral entry', async () => {
    const { decisions } = (
      await api.app.inject({ method: 'GET', url: '/reports/decisions?q=option%203' })
    ).json<Decisions>();
    expect(decisions.some((decision) => decision.resolution === 'referral')).toBe(false);
  });
});
