/**
 * Where a view's figures come from, at the figure itself: each partner's row and each allocation say
 * which of their figures include a value made up for the demo, so a figure from the minutes or the
 * finance system beside a made-up one is not marked; a fund carries its purpose and the decision
 * that set it up, an allocation the decision that made it.
 *
 * Minute 5 a) of 27 October 2016: "Each partner to contribute £10,000 towards providing a dedicated
 * resource for Leadership Gloucestershire to take devolution forward." The receipts and the PCC's
 * amendment here are illustrative; the PCC's receipt is written as from the finance system.
 */
import { describe, expect, it } from 'vitest';
import { commitmentsView } from '../../../src/projections/commitments/index.js';
import { command, communitySafetyDecision, csp, devolutionDecision, partners } from '../../domain/funding/fixtures.js';
import { project, TestLedger } from './ledger.js';

const fundId = 'devolution-capacity';
const stroud = 'stroud-district-council';
const pcc = 'office-of-the-pcc';
const gloucester = 'gloucester-city-council';
const PURPOSE = 'Providing a dedicated resource for Leadership Gloucestershire to take devolution forward';
const illustrative = { document: 'illustrative.yaml', kind: 'illustrative' } as const;
const financeSystem = { document: 'GCC ledger export', kind: 'finance-system' } as const;

function buildLedger(): TestLedger {
  const ledger = new TestLedger();
  const ok = (code: string | undefined) => expect(code).toBeUndefined();
  const at = '2016-10-28T10:00:00.000Z';
  ok(
    ledger.record(
      command('OpenFund', {
        fundId,
        name: 'Devolution capacity',
        kind: 'pooled-pot',
        holder: 'gloucestershire-county-council',
        purpose: PURPOSE,
        perPartnerAsk: '£10,000',
        askedOrganisations: [...partners],
        decision: devolutionDecision,
      }),
      at,
    ),
  );
  for (const organisation of [stroud, pcc, gloucester])
    ok(
      ledger.record(
        command('PledgeFunding', { fundId, organisation, amount: '£10,000', decision: devolutionDecision }),
        at,
      ),
    );
  const receipt = (organisation: string, amount: string) =>
    command('RecordContribution', {
      fundId,
      organisation,
      amount,
      receivedOn: '2016-11-30',
      remittanceReference: `R-${organisation}`,
    });
  ok(ledger.record(receipt(stroud, '£10,000'), '2016-11-30T16:00:00.000Z', '2016-11-30', illustrative));
  ok(
    ledger.record(
      command('AmendPledge', { fundId, organisation: pcc, amount: '£12,000', reason: 'Illustrative: a larger share' }),
      '2016-12-01T10:00:00.000Z',
      '2016-12-01',
      illustrative,
    ),
  );
  ok(ledger.record(receipt(pcc, '£5,000'), '2016-12-02T16:00:00.000Z', '2016-12-02', financeSystem));
  ok(
    ledger.record(
      command('OpenFund', {
        fundId: 'laa-reward-grant',
        name: 'Historic Local Area Agreement Reward Grant',
        kind: 'grant-source',
        holder: 'gloucestershire-county-council',
        openingBalance: '£250,000',
      }),
      '2016-10-28T09:00:00.000Z',
      '2016-10-27',
      illustrative,
    ),
  );
  ok(
    ledger.record(
      command('AllocateFunding', {
        fundId: 'laa-reward-grant',
        allocationId: 'community-safety-implementation',
        recipient: { kind: 'body', id: csp },
        purpose: 'Implementation phase',
        amount: '£35,000',
        decision: communitySafetyDecision,
      }),
      at,
      '2016-10-27',
      { document: '02-lg-2016-10-27.yaml', section: 'item 3 b)', kind: 'minutes' },
    ),
  );
  return ledger;
}

const view = commitmentsView(project(buildLedger().events));
const pot = view.funds.find((fund) => fund.fundId === fundId)!;
const grant = view.funds.find((fund) => fund.fundId === 'laa-reward-grant')!;
const row = (organisation: string) => pot.partners.find((partner) => partner.organisation === organisation)!;

describe('illustrative marks, per figure', () => {
  it("marks Stroud's made-up receipt and what it feeds, and nothing else of Stroud's", () => {
    expect(row(stroud).illustrative).toEqual(['received', 'outstanding', 'overpaid']);
  });

  it("marks the PCC's made-up amendment, but not its receipt from the finance system", () => {
    expect(row(pcc).illustrative).not.toContain('received');
    expect(row(pcc).illustrative).toEqual(['pledged', 'confirmed', 'authorised', 'outstanding', 'overpaid']);
  });

  it("leaves Gloucester's row, all from the minutes, unmarked", () => {
    expect(row(gloucester).illustrative).toEqual([]);
  });

  it('marks a total that includes a made-up value', () => {
    expect(pot.totals.illustrative).toEqual(expect.arrayContaining(['received', 'pledged']));
  });

  it("marks the grant's made-up opening balance, not the allocation from minute 3 b)", () => {
    expect(grant.illustrative.figures).toEqual(expect.arrayContaining(['opening', 'committable', 'cash']));
    expect(grant.allocations[0]?.illustrative).toEqual([]);
  });
});

describe('what set the money up', () => {
  it("gives the pot's purpose and the decision that set it up, minute 5 a)", () => {
    expect([pot.purpose, pot.decision]).toEqual([PURPOSE, devolutionDecision]);
  });

  it('gives the allocation the decision that made it, minute 3 b), and a fund set up by none null', () => {
    expect(grant.allocations[0]?.decision).toEqual(communitySafetyDecision);
    expect([grant.purpose, grant.decision]).toEqual([null, null]);
  });
});
