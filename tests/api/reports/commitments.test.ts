/** GET /reports/commitments: the commitments read model over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentsView } from '../../../src/projections/commitments/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

/** What the fund received from Stroud; a partner with no movement in the period has no row, so nothing received. */
const stroudReceived = (body: unknown) =>
  CommitmentsView.parse(body).funds[0]!.partners.find((partner) => partner.organisation === 'stroud-district-council')
    ?.receivedPence ?? 0;

describe('GET /reports/commitments', () => {
  it('answers the devolution pot with how current it is', async () => {
    const response = await get(api, '/reports/commitments?fundId=devolution-capacity');
    expect(response.statusCode).toBe(200);
    expect(response.json().funds.map((fund: { fundId: string }) => fund.fundId)).toEqual(['devolution-capacity']);
    expect(stroudReceived(response.json())).toBe(1_000_000);
    expect(response.json().projectedPosition).toBe(String(await api.ledger.store.headPosition()));
  });

  it('answers as at a date and for a financial year', async () => {
    expect(
      stroudReceived((await get(api, '/reports/commitments?fundId=devolution-capacity&asAt=2016-12-31')).json()),
    ).toBe(0);
    expect(
      stroudReceived((await get(api, '/reports/commitments?fundId=devolution-capacity&financialYear=2017/18')).json()),
    ).toBe(0);
    expect(
      stroudReceived((await get(api, '/reports/commitments?fundId=devolution-capacity&financialYear=2016/17')).json()),
    ).toBe(1_000_000);
  });

  it('answers 400 for a financial year written wrongly', async () => {
    const response = await get(api, '/reports/commitments?financialYear=2016-17');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'financialYear' })],
    });
  });
});
