import { describe, expect, it } from 'vitest';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import type { Related } from '../../../src/domain/related.js';
import {
  command,
  communitySafetyDecision,
  cspAllocated,
  csp,
  devolutionOpened,
  laaGrantOpened,
  paid,
  pccCondition,
  pledged,
  pounds,
  received,
  rescindedRelated,
  seedRelated,
  when,
} from './fixtures.js';

const stroud = 'stroud-district-council';
const pcc = 'office-of-the-pcc';
const constabulary = 'gloucestershire-constabulary';
const stroudPledged = pledged(stroud, pounds(10_000));
const pccPledged = pledged(pcc, pounds(10_000), pccCondition);
const withdrawn: FundingEvent = {
  type: 'PledgeWithdrawn',
  data: {
    fundId: 'devolution-capacity',
    pledgeId: stroud,
    organisation: stroud,
    amountPence: pounds(10_000),
    conditionPending: false,
    reason: 'x',
  },
};

const contribute = (organisation: string, amount: string, receivedOn: string, flags: Record<string, boolean> = {}) =>
  command('RecordContribution', {
    fundId: 'devolution-capacity',
    organisation,
    amount,
    receivedOn,
    remittanceReference: `REM-${organisation}-${receivedOn}`,
    ...flags,
  });
const allocate = (amount: string, extra: Record<string, unknown> = {}) =>
  command('AllocateFunding', {
    fundId: 'laa-reward-grant',
    allocationId: 'community-safety-implementation',
    recipient: { kind: 'body', id: csp },
    purpose: 'Implementation phase',
    amount,
    decision: communitySafetyDecision,
    ...extra,
  });
const allocateDevolution = (amount: string) =>
  command('AllocateFunding', {
    fundId: 'devolution-capacity',
    allocationId: 'devolution-resource',
    recipient: { kind: 'organisation', id: 'gloucestershire-county-council' },
    purpose: 'Dedicated devolution resource',
    amount,
    decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' },
  });
const pay = (amount: string, paidOn: string, reference: string, allocationId = 'community-safety-implementation') =>
  command('RecordPayment', { fundId: 'laa-reward-grant', allocationId, amount, paidOn, reference });

type Row = [string, readonly FundingEvent[], FundingCommand, readonly FundingEvent[] | string | number, Related?];

describe.each<Row>([
  [
    "records Stroud's £10,000 against its pledge",
    [devolutionOpened, stroudPledged],
    contribute(stroud, '£10,000', '2016-11-30'),
    [received(stroud, pounds(10_000), '2016-11-30')],
  ],
  [
    'records part of a pledge',
    [devolutionOpened, stroudPledged],
    contribute(stroud, '£4,000', '2016-11-30'),
    [received(stroud, pounds(4_000), '2016-11-30')],
  ],
  [
    'records money against a conditional pledge',
    [devolutionOpened, pccPledged],
    contribute(pcc, '£10,000', '2017-01-10'),
    [received(pcc, pounds(10_000), '2017-01-10')],
  ],
  [
    'refuses more than the pledge has outstanding',
    [devolutionOpened, stroudPledged, received(stroud, pounds(4_000), '2016-11-30')],
    contribute(stroud, '£6,000.01', '2016-12-30'),
    'CONTRIBUTION_EXCEEDS_PLEDGE',
  ],
  [
    'records an overpayment when flagged',
    [devolutionOpened, stroudPledged],
    contribute(stroud, '£10,500', '2016-11-30', { overpayment: true }),
    [received(stroud, pounds(10_500), '2016-11-30', { overpayment: true })],
  ],
  [
    'refuses an overpayment flag on money within the pledge',
    [devolutionOpened, stroudPledged],
    contribute(stroud, '£10,000', '2016-11-30', { overpayment: true }),
    'NOT_AN_OVERPAYMENT',
  ],
  [
    'refuses money from an organisation with no pledge',
    [devolutionOpened],
    contribute(stroud, '£10,000', '2016-11-30'),
    'CONTRIBUTION_WITHOUT_PLEDGE',
  ],
  [
    'records unpledged money when flagged',
    [devolutionOpened],
    contribute(stroud, '£2,500', '2016-11-30', { unpledged: true }),
    [received(stroud, pounds(2_500), '2016-11-30', { unpledged: true })],
  ],
  [
    'refuses the unpledged flag from a partner with a live pledge',
    [devolutionOpened, stroudPledged],
    contribute(stroud, '£2,500', '2016-11-30', { unpledged: true }),
    'CONTRIBUTION_IS_PLEDGED',
  ],
  [
    'refuses unpledged money from an organisation missing from the directory',
    [devolutionOpened],
    contribute(constabulary, '£2,500', '2016-11-30', { unpledged: true }),
    'ORGANISATION_NOT_REGISTERED',
  ],
  [
    'refuses money against a withdrawn pledge',
    [devolutionOpened, stroudPledged, withdrawn],
    contribute(stroud, '£10,000', '2016-11-30'),
    'PLEDGE_NOT_LIVE',
  ],
  [
    'records money after a withdrawal only as unpledged',
    [devolutionOpened, stroudPledged, withdrawn],
    contribute(stroud, '£10,000', '2016-11-30', { unpledged: true }),
    [received(stroud, pounds(10_000), '2016-11-30', { unpledged: true })],
  ],
  [
    'allocates £35,000 from the LAA Reward Grant to the community safety partnership',
    [laaGrantOpened],
    allocate('£35,000'),
    [cspAllocated],
  ],
  [
    'allocates the whole opening balance',
    [laaGrantOpened],
    allocate('£250,000'),
    [{ ...cspAllocated, data: { ...cspAllocated.data, amountPence: pounds(250_000) } } as FundingEvent],
  ],
  [
    'refuses more than the opening balance',
    [laaGrantOpened],
    allocate('£250,000.01'),
    'ALLOCATION_EXCEEDS_COMMITTABLE',
  ],
  [
    'refuses more than what earlier allocations left',
    [laaGrantOpened, cspAllocated],
    allocate('£215,000.01', { allocationId: 'second' }),
    'ALLOCATION_EXCEEDS_COMMITTABLE',
  ],
  [
    'refuses an allocation id used before',
    [laaGrantOpened, cspAllocated],
    allocate('£1,000'),
    'ALLOCATION_ALREADY_RECORDED',
  ],
  [
    'refuses a recipient body not established',
    [laaGrantOpened],
    allocate('£35,000', { recipient: { kind: 'body', id: 'safer-gloucestershire' } }),
    'BODY_NOT_ESTABLISHED',
  ],
  [
    'refuses a recipient organisation missing from the directory',
    [laaGrantOpened],
    allocate('£35,000', { recipient: { kind: 'organisation', id: constabulary } }),
    'ORGANISATION_NOT_REGISTERED',
  ],
  [
    'refuses an allocation citing an unknown decision',
    [laaGrantOpened],
    allocate('£35,000', { decision: { proposalId: 'lg-2016-12-15-item-4', resolution: 'a' } }),
    'DECISION_NOT_FOUND',
  ],
  [
    'refuses an allocation citing a rescinded decision',
    [devolutionOpened, stroudPledged],
    allocateDevolution('£1,000'),
    'DECISION_NOT_IN_FORCE',
    rescindedRelated,
  ],
  ['counts a confirmed pledge as committable', [devolutionOpened, stroudPledged], allocateDevolution('£10,000'), 1],
  [
    'does not count a conditional pledge as committable',
    [devolutionOpened, stroudPledged, pccPledged],
    allocateDevolution('£10,000.01'),
    'ALLOCATION_EXCEEDS_COMMITTABLE',
  ],
  [
    'counts a conditional pledge once its condition is satisfied',
    [
      devolutionOpened,
      stroudPledged,
      pccPledged,
      {
        type: 'PledgeConditionSatisfied',
        data: { fundId: 'devolution-capacity', pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000) },
      },
    ],
    allocateDevolution('£20,000'),
    1,
  ],
  [
    'does not count a withdrawn pledge as committable',
    [devolutionOpened, stroudPledged, withdrawn],
    allocateDevolution('£1'),
    'ALLOCATION_EXCEEDS_COMMITTABLE',
  ],
  [
    'pays part of the allocation',
    [laaGrantOpened, cspAllocated],
    pay('£17,500', '2016-12-15', 'GCC-PAY-CSP-001'),
    [paid(pounds(17_500), '2016-12-15', 'GCC-PAY-CSP-001')],
  ],
  [
    'pays the rest of the allocation exactly',
    [laaGrantOpened, cspAllocated, paid(pounds(17_500), '2016-12-15', 'GCC-PAY-CSP-001')],
    pay('£17,500', '2017-03-01', 'GCC-PAY-CSP-002'),
    [paid(pounds(17_500), '2017-03-01', 'GCC-PAY-CSP-002')],
  ],
  [
    'refuses to pay more than the allocation has left',
    [laaGrantOpened, cspAllocated, paid(pounds(17_500), '2016-12-15', 'GCC-PAY-CSP-001')],
    pay('£17,500.01', '2017-03-01', 'GCC-PAY-CSP-002'),
    'PAYMENT_EXCEEDS_ALLOCATION',
  ],
  [
    'refuses a payment against no allocation',
    [laaGrantOpened],
    pay('£1,000', '2016-12-15', 'GCC-PAY-X', 'nothing-allocated'),
    'ALLOCATION_NOT_FOUND',
  ],
  [
    'refuses to pay more cash than the fund holds',
    [
      devolutionOpened,
      stroudPledged,
      received(stroud, pounds(4_000), '2016-11-30'),
      {
        type: 'FundingAllocated',
        data: {
          fundId: 'devolution-capacity',
          allocationId: 'community-safety-implementation',
          recipient: { kind: 'organisation', id: 'gloucestershire-county-council' },
          purpose: 'Resource',
          amountPence: pounds(10_000),
          decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' },
        },
      },
    ],
    command('RecordPayment', {
      fundId: 'devolution-capacity',
      allocationId: 'community-safety-implementation',
      amount: '£4,000.01',
      paidOn: '2016-12-01',
      reference: 'PAY-1',
    }),
    'PAYMENT_EXCEEDS_CASH',
  ],
])('%s', (_name, given, cmd, expected, related = seedRelated) => {
  const outcome =
    typeof expected === 'number'
      ? `records ${expected} event`
      : Array.isArray(expected)
        ? 'records the events'
        : `rejects with ${expected as string}`;
  it(outcome, () => {
    const decided = when(given, cmd, related);
    if (typeof expected === 'number') expect(decided).toHaveLength(expected);
    else expect(decided).toEqual(expected);
  });
});
