/**
 * Made-up figures are marked wherever people see them. "The grant's balance at the time is not
 * stated: £250,000 is ILLUSTRATIVE" (fixtures/01-directory.yaml, on minute 3 b) of 27 October 2016)
 * and "The seeds record the pledges, not the payments" (fixtures/receipts-2016-17.csv): the demo
 * ledger's opening balance and receipts carry source kind illustrative, and every page says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { testApi, type TestApi } from '../../api/test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await importFixtures(api.ledger, { illustrative: true });
});
afterAll(() => api.close());

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const NOTE = 'Figures marked “(illustrative)” are not from the minutes or a finance system';

async function page(url: string): Promise<string> {
  const response = await api.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(200);
  return text(response.body);
}

describe('illustrative figures', () => {
  it('are carried by the events: the opening balance and the receipts have source kind illustrative', async () => {
    const kinds: Record<string, string | undefined> = {};
    for await (const event of api.ledger.store.readAll()) {
      if (event.type === 'FundOpened' || event.type === 'ContributionRecorded') {
        kinds[`${event.type} ${(event.data as { fundId: string }).fundId} ${event.metadata.source?.document}`] =
          event.metadata.source?.kind;
      }
    }
    expect(kinds['FundOpened laa-reward-grant 01-directory.yaml']).toBe('illustrative');
    expect(kinds['FundOpened one-public-estate 01-directory.yaml']).toBe('minutes');
    expect(kinds['ContributionRecorded devolution-capacity receipts-2016-17.csv']).toBe('illustrative');
    expect(kinds['ContributionRecorded devolution-capacity 04-lg-2018-09-20.yaml']).toBe('illustrative');
  });

  it('are marked on the home page, which showed "£80,000 received" as if from the minutes', async () => {
    const words = await page('/');
    expect(words).toMatch(/Devolution capacity £100,000 £90,000 \(illustrative\)/);
    expect(words).toMatch(/Historic Local Area Agreement Reward Grant £0 £0 £215,000 \(illustrative\)/);
    expect(words).toContain(NOTE);
  });

  it('are marked in the list of funds and on the fund page, with the note saying what the mark means', async () => {
    expect(await page('/funds')).toContain(NOTE);
    const grant = await page('/funds/laa-reward-grant');
    expect(grant).toContain('Opening balance £250,000 (illustrative)');
    expect(grant).toContain(NOTE);
    const pot = await page('/funds/devolution-capacity');
    expect(pot).toContain('Received £90,000 (illustrative)');
    // Asked, pledged, awaiting a condition, authorised by the partner, received.
    expect(pot).toMatch(/Stroud District Council £10,000 £10,000 £0 £0 £10,000 \(illustrative\)/);
    // Forest of Dean paid nothing: its row has no illustrative figure.
    expect(pot).toMatch(/Forest of Dean District Council £10,000 £10,000 £0 £0 £0 £10,000 £0/);
  });

  it('are not marked where every figure is from the minutes', async () => {
    const award = await page('/funds/one-public-estate');
    expect(award).not.toContain('(illustrative)');
    expect(award).not.toContain(NOTE);
  });

  it('are named in the commitments JSON and in each traced entry', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/reports/commitments?fundId=laa-reward-grant' });
    const [fund] = response.json<{ funds: Array<{ illustrative: { figures: string[] } }> }>().funds;
    expect(fund?.illustrative.figures).toEqual(['opening', 'paid', 'committable', 'cash']);
  });
});
