/**
 * Minute 3 b) of 27 October 2016: £35,000 from the historic Local Area Agreement Reward Grant to
 * deliver the implementation phase of the Gloucestershire Community Safety Partnership. Two
 * payments are made against it; a third that would exceed it is refused, and the view shows what is left.
 */
import { describe, expect, it } from 'vitest';
import { commitmentsTrace, commitmentsView } from '../../../src/projections/commitments/index.js';
import { readAsAt } from '../../../src/projections/read.js';
import { command, communitySafetyDecision, csp } from '../../domain/funding/fixtures.js';
import { project, TestLedger } from './ledger.js';

const fundId = 'laa-reward-grant';
const allocationId = 'community-safety-implementation';

function buildLedger(): { ledger: TestLedger; refused: string | undefined } {
  const ledger = new TestLedger();
  const ok = (code: string | undefined) => expect(code).toBeUndefined();
  ok(
    ledger.record(
      command('OpenFund', {
        fundId,
        name: 'Historic Local Area Agreement Reward Grant',
        kind: 'grant-source',
        holder: 'gloucestershire-county-council',
        openingBalance: '£250,000',
      }),
      '2016-04-01T09:00:00.000Z',
      '2016-04-01',
    ),
  );
  ok(
    ledger.record(
      command('AllocateFunding', {
        fundId,
        allocationId,
        recipient: { kind: 'body', id: csp },
        purpose: 'Implementation phase',
        amount: '£35,000',
        decision: communitySafetyDecision,
      }),
      '2016-10-28T10:00:00.000Z',
      '2016-10-27',
    ),
  );
  ok(
    ledger.record(
      command('RecordPayment', {
        fundId,
        allocationId,
        amount: '£17,500',
        paidOn: '2016-12-15',
        reference: 'GCC-PAY-CSP-001',
      }),
      '2016-12-15T15:00:00.000Z',
    ),
  );
  ok(
    ledger.record(
      command('RecordPayment', {
        fundId,
        allocationId,
        amount: '£10,000',
        paidOn: '2017-04-03',
        reference: 'GCC-PAY-CSP-002',
      }),
      '2017-04-03T15:00:00.000Z',
    ),
  );
  const refused = ledger.record(
    command('RecordPayment', {
      fundId,
      allocationId,
      amount: '£7,500.01',
      paidOn: '2017-06-01',
      reference: 'GCC-PAY-CSP-003',
    }),
    '2017-06-01T15:00:00.000Z',
  );
  ok(
    ledger.record(
      command('CloseFund', { fundId, reason: 'Implementation phase funded' }),
      '2018-06-15T09:00:00.000Z',
      '2018-06-14',
    ),
  );
  return { ledger, refused };
}

describe('the £35,000 community safety allocation from the LAA Reward Grant', () => {
  const { ledger, refused } = buildLedger();
  const db = project(ledger.events);

  it('refuses a third payment that would take the allocation past £35,000', () => {
    expect(refused).toBe('PAYMENT_EXCEEDS_ALLOCATION');
  });

  it('shows £7,500.00 left to pay, and the balances that follow', () => {
    const [fund] = commitmentsView(db, { fundId }).funds;
    expect(fund?.allocations).toEqual([
      {
        allocationId,
        recipient: { kind: 'body', id: csp },
        purpose: 'Implementation phase',
        allocatedPence: 3_500_000,
        paidPence: 2_750_000,
        remainingPence: 750_000,
        decision: communitySafetyDecision,
        illustrative: [],
      },
    ]);
    expect(fund).toMatchObject({
      openingBalancePence: 25_000_000,
      allocatedPence: 3_500_000,
      paidPence: 2_750_000,
      committableBalancePence: 21_500_000,
      cashBalancePence: 22_250_000,
    });
  });

  it('reports each payment in the financial year it was made', () => {
    const [in2016] = commitmentsView(db, { fundId, financialYear: '2016/17' }).funds;
    const [in2017] = commitmentsView(db, { fundId, financialYear: '2017/18' }).funds;
    expect(in2016?.allocations[0]).toMatchObject({ allocatedPence: 3_500_000, paidPence: 1_750_000 });
    expect(in2017?.allocations[0]).toMatchObject({ allocatedPence: 0, paidPence: 1_000_000 });
  });

  it('shows only the first payment as at the end of 2016/17', () => {
    const [fund] = readAsAt(db, '2017-03-31', (s) => commitmentsView(s.db, { fundId })).funds;
    expect(fund?.allocations[0]?.remainingPence).toBe(1_750_000);
  });

  it('traces what was paid to the two payments', () => {
    const trace = commitmentsTrace(db, { fundId, figure: 'paid', allocationId });
    expect(trace.entries.map((entry) => [entry.eventType, entry.amountPence, entry.occurredOn])).toEqual([
      ['PaymentRecorded', 1_750_000, '2016-12-15'],
      ['PaymentRecorded', 1_000_000, '2017-04-03'],
    ]);
  });

  it('shows the fund open before its closure was recorded, and closed after', () => {
    expect(readAsAt(db, '2018-06-14', (s) => commitmentsView(s.db, { fundId })).funds[0]?.status).toBe('open');
    expect(commitmentsView(db, { fundId }).funds[0]?.status).toBe('closed');
  });

  it('knows nothing of the fund before it was recorded', () => {
    expect(readAsAt(db, '2016-03-31T23:59:59Z', (s) => commitmentsView(s.db)).funds).toEqual([]);
  });
});
