/**
 * Large amounts over HTTP (issue 13, point 4): the amounts that made every report a 500 for good
 * are refused at the door, and a pot filled to the cap by every partner still reports, exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as id from '../../domain/directory/fixtures.js';
import { send } from '../commands/http.js';
import { recordSeed } from '../commands/seed/index.js';
import { ITEM_5 } from '../commands/seed/october-2016.js';
import { testApi, type TestApi } from '../test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await recordSeed(api);
});
afterAll(() => api.close());

const partners = id.partners.map((partner) => partner.organisationId);
const decision = { proposalId: ITEM_5, resolution: 'a' };
const openPot = (fundId: string, perPartnerAsk: string) =>
  send(api, 'finance', '/funds', {
    fundId,
    name: 'A very large pot',
    kind: 'pooled-pot',
    holder: id.GCC,
    perPartnerAsk,
    askedOrganisations: partners,
    decision,
  });

describe('amounts beyond the cap', () => {
  it.each([
    ['a per-partner ask of £50,000,000,000,000', () => openPot('huge-pot', '£50,000,000,000,000')],
    [
      'a pledge of £90,071,992,547,409.91',
      () =>
        send(api, 'finance', '/funds/devolution-capacity/pledges', {
          organisation: id.STROUD,
          amount: '£90,071,992,547,409.91',
          decision,
        }),
    ],
  ])('refuses %s with a 400 that gives the cap, recording nothing', async (_name, request) => {
    const { response, appended } = await request();
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/at most £1,000,000,000 in one amount/);
    expect(appended).toEqual([]);
  });
});

describe('a pot every partner fills to the cap', () => {
  it('reports its figures exactly, with no 5xx from any report', async () => {
    expect((await openPot('capped-pot', '£1,000,000,000')).response.statusCode).toBe(201);
    for (const organisation of partners) {
      const { response } = await send(api, 'finance', '/funds/capped-pot/pledges', {
        organisation,
        amount: '£1,000,000,000.00',
        decision,
      });
      expect(response.statusCode).toBe(201);
      const paid = await send(api, 'finance', '/funds/capped-pot/contributions', {
        organisation,
        amount: '£1,000,000,000',
        receivedOn: '2017-01-16',
        remittanceReference: `BIG-${organisation}`,
      });
      expect(paid.response.statusCode).toBe(201);
    }
    const report = await api.app.inject({ method: 'GET', url: '/reports/commitments?fundId=capped-pot' });
    expect(report.statusCode).toBe(200);
    const fund = report.json().funds[0];
    expect(JSON.stringify(fund)).toContain(String(partners.length * 100_000_000_000));
    for (const url of [`/partners/${id.STROUD}`, '/reports/commitments', '/history/fund-capped-pot']) {
      expect((await api.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });
});
