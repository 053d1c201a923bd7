/**
 * Random sequences of funding commands, decided by the real rules and projected: every total is
 * the sum of its parts, every figure agrees with the fund's own state and with BigInt sums of the
 * events, as-at views equal views built from the events known then, and financial years partition time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashHeldPence, committablePence, type FundState } from '../../../src/domain/funding/state.js';
import { financialYearOf } from '../../../src/domain/shared/financial-year.js';
import { commitmentsView } from '../../../src/projections/commitments/index.js';
import { readAsAt } from '../../../src/projections/read.js';
import { sumOfPartners } from '../../../src/projections/commitments/figures.js';
import type { FundCommitments } from '../../../src/projections/commitments/view.js';
import { fundingCommand } from '../../domain/funding/arbitraries.js';
import { command, devolutionDecision, partners } from '../../domain/funding/fixtures.js';
import { project, TestLedger } from './ledger.js';

const fundId = 'devolution-capacity';
const scenario = fc.array(fc.tuple(fundingCommand, fc.integer({ min: 1, max: 20 })), { minLength: 10, maxLength: 50 });

function run(steps: ReadonlyArray<readonly [Parameters<TestLedger['record']>[0], number]>): TestLedger {
  const ledger = new TestLedger();
  ledger.record(
    command('OpenFund', {
      fundId,
      name: 'Devolution capacity',
      kind: 'pooled-pot',
      holder: 'gloucestershire-county-council',
      perPartnerAsk: '£10,000',
      askedOrganisations: [...partners],
      decision: devolutionDecision,
    }),
    '2016-10-28T10:00:00.000Z',
    '2016-10-27',
  );
  let day = Date.UTC(2016, 9, 28);
  for (const [cmd, gapDays] of steps) {
    day += gapDays * 86_400_000;
    ledger.record(cmd, new Date(day).toISOString());
  }
  return ledger;
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + BigInt(value), 0n);

function expectAgreesWithState(fund: FundCommitments, state: FundState): void {
  const live = Object.values(state.pledges).filter((pledge) => pledge.status === 'live');
  expect(BigInt(fund.totals.pledgedPence)).toBe(sum(live.map((pledge) => pledge.amountPence)));
  expect(BigInt(fund.totals.conditionalPence)).toBe(
    sum(live.filter((p) => p.condition === 'pending').map((p) => p.amountPence)),
  );
  expect(fund.totals.receivedPence).toBe(state.receivedPence);
  expect(fund.paidPence).toBe(state.paidPence);
  expect(fund.committableBalancePence).toBe(committablePence(state));
  expect(fund.cashBalancePence).toBe(cashHeldPence(state));
  for (const allocation of fund.allocations) {
    expect(allocation.paidPence).toBe(state.allocations[allocation.allocationId]?.paidPence);
    expect(allocation.remainingPence).toBeGreaterThanOrEqual(0);
  }
}

function expectWholePence(fund: FundCommitments): void {
  const amounts = [
    ...Object.values(fund.totals).filter((value) => typeof value === 'number'),
    fund.allocatedPence,
    fund.paidPence,
    fund.committableBalancePence,
    fund.cashBalancePence,
  ];
  const rows = fund.partners.flatMap((partner) => Object.values(partner).filter((value) => typeof value === 'number'));
  expect([...amounts, ...rows].every((amount) => Number.isSafeInteger(amount))).toBe(true);
}

describe('commitments figures over random histories', () => {
  it('totals equal the sum of their parts and agree with the fund state, in whole pence', () => {
    fc.assert(
      fc.property(scenario, (steps) => {
        const ledger = run(steps);
        const [fund] = commitmentsView(project(ledger.events), { fundId }).funds;
        if (!fund) throw new Error('fund missing');
        expect(fund.totals).toEqual(sumOfPartners(fund.partners));
        expect(fund.totals.pledgedPence).toBe(fund.totals.conditionalPence + fund.totals.confirmedPence);
        expect(BigInt(fund.allocatedPence)).toBe(sum(fund.allocations.map((allocation) => allocation.allocatedPence)));
        expectAgreesWithState(fund, ledger.stateOf(fundId));
        expectWholePence(fund);
      }),
      { numRuns: 150 },
    );
  });

  it('a view as at any time equals the view built from the events recorded by then', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (steps, pick) => {
        const ledger = run(steps);
        const cutoff = ledger.events[pick % ledger.events.length]!.metadata.recordedAt;
        const known = ledger.events.filter((event) => event.metadata.recordedAt <= cutoff);
        const asAt = readAsAt(project(ledger.events), cutoff, (s) => commitmentsView(s.db)).funds;
        expect(asAt).toEqual(commitmentsView(project(known)).funds);
      }),
      { numRuns: 100 },
    );
  });

  it('the financial years of a history add up to all time', () => {
    fc.assert(
      fc.property(scenario, (steps) => {
        const ledger = run(steps);
        const db = project(ledger.events);
        const years = new Set(ledger.events.map((event) => financialYearOf(event.metadata.occurredAt)));
        for (const event of ledger.events) {
          if (event.type === 'ContributionRecorded') years.add(financialYearOf(event.data.receivedOn));
          if (event.type === 'PaymentRecorded') years.add(financialYearOf(event.data.paidOn));
        }
        const [all] = commitmentsView(db, { fundId }).funds;
        const perYear = [...years].map((financialYear) => commitmentsView(db, { fundId, financialYear }).funds[0]!);
        expect(sum(perYear.map((fund) => fund.totals.receivedPence))).toBe(BigInt(all!.totals.receivedPence));
        expect(sum(perYear.map((fund) => fund.paidPence))).toBe(BigInt(all!.paidPence));
        expect(sum(perYear.map((fund) => fund.committableBalancePence))).toBe(BigInt(all!.committableBalancePence));
      }),
      { numRuns: 60 },
    );
  });
});
