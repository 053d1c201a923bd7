/**
 * The 2016 devolution-capacity pot (minute 5 of 27 October 2016): ten £10,000 pledges, the PCC's
 * conditional on its remit being included through public service reform; eight contributions on
 * different dates, the PCC's condition satisfied at the 15 December 2016 meeting, and Cheltenham's
 * pledge withdrawn. The view is checked to the penny as at three dates and per financial year.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { commitmentsTrace, commitmentsView } from '../../../src/projections/commitments/index.js';
import type { FundCommitments } from '../../../src/projections/commitments/view.js';
import { readAsAt } from '../../../src/projections/read.js';
import { command, devolutionDecision, partners, pccCondition } from '../../domain/funding/fixtures.js';
import { project, TestLedger } from './ledger.js';

const fundId = 'devolution-capacity';
const pcc = 'office-of-the-pcc';
const cheltenham = 'cheltenham-borough-council';
const tewkesbury = 'tewkesbury-borough-council';

/** [organisation, amount, date received]: eight contributions; Cheltenham and the PCC pay nothing. */
const contributions: ReadonlyArray<[string, string, string]> = [
  ['gloucestershire-county-council', '£10,000', '2016-11-15'],
  ['stroud-district-council', '£10,000', '2016-11-30'],
  ['gloucester-city-council', '£10,000', '2016-12-12'],
  ['forest-of-dean-district-council', '£10,000', '2017-01-09'],
  ['cotswold-district-council', '£10,000', '2017-01-20'],
  [tewkesbury, '£7,500.50', '2017-02-14'],
  ['nhs-gloucestershire-ccg', '£10,000', '2017-03-20'],
  ['gfirst-lep', '£10,000', '2017-04-12'],
];

/** Finance records each receipt at the end of the afternoon it arrives. */
const recordedOn = (date: string) => `${date}T16:30:00.000Z`;

function buildLedger(): TestLedger {
  const ledger = new TestLedger();
  const meeting = (cmd: Parameters<TestLedger['record']>[0]) =>
    expect(ledger.record(cmd, '2016-10-28T10:00:00.000Z', '2016-10-27')).toBeUndefined();
  meeting(
    command('OpenFund', {
      fundId,
      name: 'Devolution capacity',
      kind: 'pooled-pot',
      holder: 'gloucestershire-county-council',
      perPartnerAsk: '£10,000',
      askedOrganisations: [...partners],
      decision: devolutionDecision,
    }),
  );
  for (const organisation of partners) {
    meeting(
      command('PledgeFunding', {
        fundId,
        organisation,
        amount: '£10,000',
        decision: devolutionDecision,
        ...(organisation === pcc ? { condition: pccCondition } : {}),
      }),
    );
  }
  // The ledger records in the order its clock runs: each fact in its place among the receipts.
  const facts: Array<[string, () => string | undefined]> = [
    ...contributions.map(([organisation, amount, receivedOn]): [string, () => string | undefined] => [
      recordedOn(receivedOn),
      () =>
        ledger.record(
          command('RecordContribution', {
            fundId,
            organisation,
            amount,
            receivedOn,
            remittanceReference: `REM-${organisation.slice(0, 12)}-${receivedOn}`,
          }),
          recordedOn(receivedOn),
        ),
    ]),
    [
      '2016-12-16T10:00:00.000Z',
      () =>
        ledger.record(
          command('SatisfyPledgeCondition', {
            fundId,
            organisation: pcc,
            note: 'Remit included through public service reform',
          }),
          '2016-12-16T10:00:00.000Z',
          '2016-12-15',
        ),
    ],
    [
      '2017-02-24T10:00:00.000Z',
      () =>
        ledger.record(
          command('WithdrawPledge', {
            fundId,
            organisation: cheltenham,
            reason: 'Officers reassigned to devolution work instead',
          }),
          '2017-02-24T10:00:00.000Z',
          '2017-02-23',
        ),
    ],
  ];
  for (const [, record] of facts.sort(([a], [b]) => a.localeCompare(b))) expect(record()).toBeUndefined();
  return ledger;
}

const pounds = (whole: number) => whole * 100;

describe('the 2016 devolution pot', () => {
  let ledger: TestLedger;
  let db: ReturnType<typeof project>;
  const fundAt = (asAt?: string, financialYear?: string): FundCommitments => {
    const filters = { fundId, ...(financialYear ? { financialYear } : {}) };
    const [fund] = (asAt ? readAsAt(db, asAt, (s) => commitmentsView(s.db, filters)) : commitmentsView(db, filters))
      .funds;
    if (!fund) throw new Error('no fund in the view');
    return fund;
  };
  const partner = (fund: FundCommitments, organisation: string) =>
    fund.partners.find((row) => row.organisation === organisation);

  beforeAll(() => {
    ledger = buildLedger();
    db = project(ledger.events);
  });

  it(
    "as at 1 November 2016: £100,000 pledged, of which the PCC's £10,000 is conditional (so not " +
      'yet owed), nothing received',
    () => {
      const fund = fundAt('2016-11-01T00:00:00Z');
      expect(fund.totals).toEqual({
        askedPence: pounds(100_000),
        pledgedPence: pounds(100_000),
        conditionalPence: pounds(10_000),
        confirmedPence: pounds(90_000),
        receivedPence: 0,
        receivedWithoutPledgePence: 0,
        outstandingPence: pounds(90_000),
        overpaidPence: 0,
        authorisedByPartnerPence: 0,
        awaitingPartnerAuthorisationPence: pounds(100_000),
        illustrative: [],
      });
      expect([fund.committableBalancePence, fund.cashBalancePence]).toEqual([pounds(90_000), 0]);
      expect(fund.exceptions).toEqual([
        {
          kind: 'conditional-pledge-unresolved',
          organisation: pcc,
          amountPence: pounds(10_000),
          message: `£10,000.00 pledged by ${pcc} waits on its condition`,
        },
      ]);
    },
  );

  it('as at 31 January 2017: condition satisfied, five partners paid', () => {
    const fund = fundAt('2017-01-31');
    expect(fund.totals).toMatchObject({
      pledgedPence: pounds(100_000),
      conditionalPence: 0,
      confirmedPence: pounds(100_000),
      receivedPence: pounds(50_000),
      outstandingPence: pounds(50_000),
    });
    expect([fund.committableBalancePence, fund.cashBalancePence]).toEqual([pounds(100_000), pounds(50_000)]);
    expect(partner(fund, pcc)).toMatchObject({
      conditionalPence: 0,
      confirmedPence: pounds(10_000),
      outstandingPence: pounds(10_000),
    });
    expect(fund.exceptions).toEqual([]);
  });

  it('as at 30 April 2017: eight contributions, Cheltenham withdrawn, Tewkesbury £2,499.50 short', () => {
    const fund = fundAt('2017-04-30T23:59:59Z');
    expect(fund.totals).toEqual({
      askedPence: pounds(100_000),
      pledgedPence: pounds(90_000),
      conditionalPence: 0,
      confirmedPence: pounds(90_000),
      receivedPence: 7_750_050,
      receivedWithoutPledgePence: 0,
      outstandingPence: 1_249_950,
      overpaidPence: 0,
      authorisedByPartnerPence: 0,
      awaitingPartnerAuthorisationPence: pounds(90_000),
      illustrative: [],
    });
    expect([fund.committableBalancePence, fund.cashBalancePence]).toEqual([pounds(90_000), 7_750_050]);
    expect(partner(fund, tewkesbury)).toMatchObject({
      pledgedPence: pounds(10_000),
      receivedPence: 750_050,
      outstandingPence: 249_950,
    });
    expect(partner(fund, cheltenham)).toMatchObject({ askedPence: pounds(10_000), pledgedPence: 0, confirmedPence: 0 });
    expect(fund.exceptions).toEqual([
      {
        kind: 'asked-not-pledged',
        organisation: cheltenham,
        amountPence: pounds(10_000),
        message: `${cheltenham} was asked for £10,000.00 and has no live pledge`,
      },
    ]);
  });

  it('carries the cash forward from one financial year into the next, with what was owed at each year end', () => {
    // 2016/17: seven contributions; GFirst pays in April 2017, so at 31 March 2017 it still owes, as do the PCC and
    // Tewkesbury.
    expect(fundAt(undefined, '2016/17').year).toEqual({
      openingCashPence: 0,
      receivedPence: 6_750_050,
      paidPence: 0,
      closingCashPence: 6_750_050,
      owedAtYearEndPence: pounds(20_000) + 249_950,
      awaitingConditionAtYearEndPence: 0,
    });
    // 2017/18 starts with the £67,500.50 held, not with nothing.
    expect(fundAt(undefined, '2017/18').year).toEqual({
      openingCashPence: 6_750_050,
      receivedPence: pounds(10_000),
      paidPence: 0,
      closingCashPence: 7_750_050,
      owedAtYearEndPence: pounds(10_000) + 249_950,
      awaitingConditionAtYearEndPence: 0,
    });
    expect(fundAt().year).toBeNull();
  });

  it('splits the money received by financial year of receipt', () => {
    expect(fundAt(undefined, '2016/17').totals.receivedPence).toBe(6_750_050);
    expect(fundAt(undefined, '2017/18').totals.receivedPence).toBe(pounds(10_000));
    expect(fundAt('2017-03-31', '2017/18').totals.receivedPence).toBe(0);
  });

  it("traces Cheltenham's pledged figure to the pledge and its withdrawal", () => {
    const trace = commitmentsTrace(db, { fundId, figure: 'pledged', organisation: cheltenham });
    expect(trace.entries.map((entry) => [entry.eventType, entry.amountPence, entry.occurredOn])).toEqual([
      ['PledgeRecorded', pounds(10_000), '2016-10-27'],
      ['PledgeWithdrawn', -pounds(10_000), '2017-02-23'],
    ]);
    const eventIds = new Set(ledger.events.map((event) => event.eventId));
    expect(trace.entries.every((entry) => eventIds.has(entry.eventId))).toBe(true);
  });

  it('traces the cash balance to its entries, which sum to the figure', () => {
    const asAt = '2017-04-30T23:59:59Z';
    const trace = readAsAt(db, asAt, (s) => commitmentsTrace(s.db, { fundId, figure: 'cash' }));
    expect(trace.formula).toBe('opening + received - paid');
    expect(trace.entries).toHaveLength(8);
    expect(trace.entries.reduce((total, entry) => total + entry.amountPence, 0)).toBe(fundAt(asAt).cashBalancePence);
  });
});
