/** GET /open-data/360giving.json and .csv on the demo ledger, checked against the 360Giving schema's rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../api/test-ledger.js';
import { demoApi, get } from './demo.js';
import { grantProblems, packageProblems } from './three-sixty-giving-rules.js';

let api: TestApi;
beforeAll(async () => {
  api = await demoApi();
});
afterAll(() => api.close());

describe('360Giving JSON', () => {
  it('refuses, naming it, a grant whose recipient has no org-id identifier', async () => {
    const response = await get(api, '/open-data/360giving.json');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ORGANISATION_WITHOUT_IDENTIFIER' });
    expect(response.json().detail).toContain(
      'Gloucestershire Community Safety Partnership (body gloucestershire-community-safety-partnership',
    );
    expect(response.json().detail).toContain('localOrgIds=true');
  });

  it(
    'publishes every allocation, the £35,000 for community safety among them, within the ' + "standard's rules",
    async () => {
      const response = await get(api, '/open-data/360giving.json?localOrgIds=true');
      expect(response.statusCode).toBe(200);
      const document = response.json();
      expect(packageProblems(document)).toEqual([]);
      const allocations = (await get(api, '/reports/commitments'))
        .json()
        .funds.flatMap(
          (fund: { allocations: Array<{ allocationId: string; allocatedPence: number }> }) => fund.allocations,
        );
      expect(allocations.length).toBeGreaterThan(0);
      expect(document.grants.map((g: { id: string }) => g.id).sort()).toEqual(
        allocations.map((a: { allocationId: string }) => `360G-leadershipglos-${a.allocationId}`).sort(),
      );
      expect(document.grants).toContainEqual(
        expect.objectContaining({
          id: '360G-leadershipglos-community-safety-implementation',
          currency: 'GBP',
          amountAwarded: 35000,
          awardDate: '2016-10-27',
          description: 'Implementation phase of the Gloucestershire Community Safety Partnership',
          recipientOrganization: [
            {
              id: '360G-leadershipglos-body-gloucestershire-community-safety-partnership',
              name: 'Gloucestershire Community Safety Partnership',
            },
          ],
          fundingOrganization: [{ id: 'GB-LAE-GLS', name: 'Gloucestershire County Council' }],
          grantProgramme: [{ code: 'laa-reward-grant', title: 'Historic Local Area Agreement Reward Grant' }],
          dataSource: 'http://localhost:3000/decisions/lg-2016-10-27-item-3/b',
        }),
      );
      expect(response.headers['x-projected-position']).toBe(document.projectedPosition);
    },
  );

  it('the rules catch what the standard forbids', () => {
    const bad = {
      id: 'grant-1',
      title: 'x',
      description: 'y',
      currency: 'pounds',
      amountAwarded: '£35,000',
      awardDate: '27/10/2016',
      recipientOrganization: [{ name: 'No id' }],
      fundingOrganization: [],
    };
    expect(grantProblems(bad, 0)).toEqual([
      "grants[0].id: starts with the publisher's 360G- prefix",
      'grants[0].currency: an ISO 4217 code',
      'grants[0].amountAwarded: a number (no commas or £)',
      'grants[0].awardDate: YYYY-MM-DD or a date-time',
      'grants[0].recipientOrganization[0].id: required string',
      'grants[0].fundingOrganization: an array of at least one organisation',
    ]);
  });

  it('answers as the ledger stood before the demo was imported: no grants yet', async () => {
    const response = await get(api, '/open-data/360giving.json?asAt=2000-01-01');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ grants: [], projectedPosition: '-1', asAt: '2000-01-01T23:59:59.999Z' });
    expect(response.headers['x-as-at']).toBe('2000-01-01T23:59:59.999Z');
  });

  it('answers 400 for an as-at that is not a date', async () => {
    const response = await get(api, '/open-data/360giving.json?asAt=yesterday');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'asAt' })],
    });
  });
});

describe('360Giving disbursements', () => {
  it('lists the payments made against an allocation, in pounds, with their dates', async () => {
    const paid = await api.app.inject({
      method: 'POST',
      url: '/funds/laa-reward-grant/allocations/community-safety-implementation/payments',
      headers: api.bearer('finance'),
      payload: { amount: '£12,500.50', paidOn: '2016-12-01', reference: 'GCC-CSP-001' },
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const grant = (await get(api, '/open-data/360giving.json?localOrgIds=true'))
      .json()
      .grants.find((g: { id: string }) => g.id === '360G-leadershipglos-community-safety-implementation');
    expect(grant).toMatchObject({
      amountAwarded: 35000,
      amountDisbursed: 12500.5,
      disbursementTransaction: [
        {
          id: '360G-leadershipglos-community-safety-implementation-payment-1',
          transactionDate: '2016-12-01',
          currency: 'GBP',
          value: 12500.5,
        },
      ],
    });
    expect(grantProblems(grant, 0)).toEqual([]);
    const csv = (await get(api, '/open-data/360giving.csv?localOrgIds=true')).body;
    expect(csv).toContain(',GBP,35000,12500.5,2016-10-27,');
  });
});

describe('360Giving CSV', () => {
  it("has the standard's column titles and one row per grant, in pounds", async () => {
    const response = await get(api, '/open-data/360giving.csv?localOrgIds=true');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = response.body.trimEnd().split('\r\n');
    expect(header!.split(',').slice(0, 8)).toEqual([
      'Identifier',
      'Title',
      'Description',
      'Currency',
      'Amount Awarded',
      'Amount Disbursed',
      'Award Date',
      'URL',
    ]);
    const json = (await get(api, '/open-data/360giving.json?localOrgIds=true')).json();
    expect(rows).toHaveLength(json.grants.length);
    expect(rows.find((row) => row.startsWith('360G-leadershipglos-community-safety-implementation,'))).toMatch(
      /,GBP,35000,[0-9.]*,2016-10-27,/,
    );
  });

  it('is refused like the JSON when a recipient has no identifier', async () => {
    const response = await get(api, '/open-data/360giving.csv');
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('Gloucestershire Community Safety Partnership');
  });
});
