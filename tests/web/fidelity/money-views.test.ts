/**
 * The money views over the demo ledger. Item 5 a) of 27 October 2016 asked each partner for
 * £10,000 and recorded the PCC's pledge "on condition" its remit is included; the receipts
 * (illustrative) bring £80,000 in 2016/17, and Forest of Dean pays nothing. 2017/18 therefore
 * starts with £80,000 held and ends with Forest of Dean owing £10,000 and the PCC's £10,000
 * awaiting its condition, which is not owed until it is met.
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

async function page(url: string): Promise<string> {
  const response = await api.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(200);
  return text(response.body);
}

describe('a fund in a financial year', () => {
  it('carries the cash forward and says what was owed, and awaiting a condition, at year end', async () => {
    const words = await page('/funds/devolution-capacity?financialYear=2017/18');
    expect(words).toContain('Cash at the start of the year £80,000 (illustrative)');
    expect(words).toContain('Cash at the end of the year £80,000 (illustrative)');
    expect(words).toContain('Owed at the end of the year £10,000');
    expect(words).toContain('Awaiting a condition at the end of the year £10,000');
  });

  it('gives the same figures in the JSON', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/reports/commitments?fundId=devolution-capacity&financialYear=2017/18',
    });
    expect(response.json().funds[0].year).toEqual({
      openingCashPence: 8_000_000,
      receivedPence: 0,
      paidPence: 0,
      closingCashPence: 8_000_000,
      owedAtYearEndPence: 1_000_000,
      awaitingConditionAtYearEndPence: 1_000_000,
    });
  });
});

describe('what is owed', () => {
  it("lists the PCC's conditional pledge on its own line, not among those who owe", async () => {
    const words = await page('/funds/devolution-capacity');
    expect(words).toMatch(/Who still owes Forest of Dean District Council: £10,000 Pledged, awaiting a condition/);
    expect(words).toContain(
      'Pledged, awaiting a condition (not owed until it is met) Office of the Police and Crime Commissioner',
    );
  });
});

describe('an external award', () => {
  it(
    '"£220,000 funding secured from the OPE Programme" (14 June 2018, item 6) reads as an ' +
      'award, not a pledge owed',
    async () => {
      const words = await page('/funds/one-public-estate');
      expect(words).toContain('Awarded £220,000');
      expect(words).toContain('Still to come from the funder £220,000');
      expect(words).toContain('No partner had been asked or had pledged');
    },
  );
});
