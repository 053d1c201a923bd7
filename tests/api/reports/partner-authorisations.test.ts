/**
 * The acceptance test of partners' own authorisations: on the seeded devolution pot, a finance
 * officer records one partner's own decision (Stroud's committee; illustrative, as the seed
 * minutes name no such decision) and sees the reconciliation's column, the "not yet authorised by
 * the partner" list and the fund page change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentsView } from '../../../src/projections/commitments/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

const STROUD = 'stroud-district-council';
const FUND = 'devolution-capacity';
const stroudDecision = {
  decidedBy: 'Stroud District Council Strategy and Resources Committee',
  decidedOn: '2016-12-08',
  reference: 'Minute SRC.45 (illustrative)',
  url: 'https://www.stroud.gov.uk/council-and-democracy/meetings',
};

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

async function stroudRow() {
  const fund = CommitmentsView.parse((await get(api, `/reports/commitments?fundId=${FUND}`)).json()).funds[0]!;
  return { partner: fund.partners.find((p) => p.organisation === STROUD)!, fund };
}

async function awaitingOrganisations(): Promise<string[]> {
  const response = await get(api, `/reports/commitments/awaiting-partner-authorisation?fundId=${FUND}`);
  expect(response.statusCode).toBe(200);
  const list: { pledges: Array<{ organisation: string }> } = response.json();
  return list.pledges.map((row) => row.organisation);
}

const cite = (body: Record<string, unknown>, role: 'finance' | 'clerk' = 'finance') =>
  api.app.inject({
    method: 'POST',
    url: `/funds/${FUND}/pledges/${STROUD}/partner-authorisation`,
    headers: api.bearer(role),
    payload: body,
  });

describe("a partner's own decision behind its pledge", () => {
  it('is refused with the reason when the address is not a web address, and changes nothing', async () => {
    const before = await api.eventCount();
    const response = await cite({ ...stroudDecision, url: 'ftp://example.org/x' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('https://');
    expect(await api.eventCount()).toBe(before);
  });

  it('is for finance officers, not clerks', async () => {
    expect((await cite(stroudDecision, 'clerk')).statusCode).toBe(403);
  });

  it("moves Stroud's pledge from the awaiting list to the authorised column", async () => {
    const before = await stroudRow();
    expect(before.partner).toMatchObject({
      pledgedPence: 1_000_000,
      authorisedByPartnerPence: 0,
      awaitingPartnerAuthorisationPence: 1_000_000,
    });
    expect(await awaitingOrganisations()).toContain(STROUD);

    const response = await cite(stroudDecision);
    expect(response.statusCode).toBe(201);

    const after = await stroudRow();
    expect(after.partner).toMatchObject({ authorisedByPartnerPence: 1_000_000, awaitingPartnerAuthorisationPence: 0 });
    expect(after.fund.totals.authorisedByPartnerPence).toBe(before.fund.totals.authorisedByPartnerPence + 1_000_000);
    expect(after.fund.partnerAuthorisations).toEqual([
      { organisation: STROUD, pledgeId: STROUD, amountPence: 1_000_000, ...stroudDecision },
    ]);
    expect(await awaitingOrganisations()).not.toContain(STROUD);
  });

  it('is refused a second time: the pledge is already backed in full', async () => {
    const response = await cite(stroudDecision);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'PLEDGE_ALREADY_AUTHORISED' });
  });

  it('shows on the fund page, in the CSV, and as the ledger stood before it was recorded', async () => {
    const page = await get(api, `/funds/${FUND}`);
    expect(page.body).toContain("Partners' own decisions");
    expect(page.body).toContain('Minute SRC.45 (illustrative)');
    expect(page.body).toContain('Not yet authorised by the partner');
    const csv = (await get(api, `/funds.csv?fundId=${FUND}`)).body;
    expect(csv.split('\r\n')[0]).toContain('authorised_by_partner');
    expect(csv).toMatch(/stroud-district-council,[^\n]*10000\.00/);
    const then = CommitmentsView.parse((await get(api, `/reports/commitments?fundId=${FUND}&asAt=2020-01-01`)).json())
      .funds[0]!;
    expect(then.partners.find((p) => p.organisation === STROUD)?.authorisedByPartnerPence).toBe(0);
    expect(then.partnerAuthorisations).toEqual([]);
  });
});
