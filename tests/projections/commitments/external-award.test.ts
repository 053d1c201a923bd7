/**
 * "£220,000 funding secured from the OPE Programme to develop four major projects" (14 June 2018,
 * item 6). The award is recorded as the funder's pledge, but the view shows it as an award, with
 * what the funder has paid and has still to pay, and not as a partner's pledge owed.
 */
import { describe, expect, it } from 'vitest';
import { commitmentsView } from '../../../src/projections/commitments/index.js';
import { command, opeFunder, pounds } from '../../domain/funding/fixtures.js';
import { project, TestLedger } from './ledger.js';

const fundId = 'one-public-estate';

function buildLedger(): TestLedger {
  const ledger = new TestLedger();
  const open = {
    fundId,
    name: 'Gloucestershire One Public Estate Programme',
    kind: 'external-award',
    holder: 'gloucestershire-county-council',
    funder: opeFunder,
    award: '£220,000',
  };
  expect(ledger.record(command('OpenFund', open), '2018-06-15T10:00:00.000Z', '2018-06-14')).toBeUndefined();
  const first = {
    fundId,
    organisation: opeFunder,
    amount: '£100,000',
    receivedOn: '2018-09-03',
    remittanceReference: 'OPE-2018-1',
  };
  expect(ledger.record(command('RecordContribution', first), '2018-09-03T16:00:00.000Z')).toBeUndefined();
  return ledger;
}

describe('an external award', () => {
  const db = project(buildLedger().events);

  it('shows the sum awarded, received from the funder and remaining, and no partner owing it', () => {
    const [fund] = commitmentsView(db, { fundId }).funds;
    expect(fund?.award).toEqual({
      funder: opeFunder,
      awardedPence: pounds(220_000),
      receivedPence: pounds(100_000),
      remainingPence: pounds(120_000),
    });
    expect(fund?.partners).toEqual([]);
    expect(fund?.totals.outstandingPence).toBe(0);
    expect(fund?.exceptions).toEqual([]);
  });

  it('still counts the award towards what can be allocated and the money received towards the cash held', () => {
    const [fund] = commitmentsView(db, { fundId }).funds;
    expect(fund).toMatchObject({ committableBalancePence: pounds(220_000), cashBalancePence: pounds(100_000) });
  });
});
