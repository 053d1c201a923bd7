import { describe, expect, it } from 'vitest';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import type { Related } from '../../../src/domain/related.js';
import { pence } from '../../../src/domain/shared/money.js';
import {
  command,
  devolutionDecision,
  devolutionOpened,
  pccCondition,
  pledged,
  pounds,
  received,
  rescindedRelated,
  seedRelated,
  when,
} from './fixtures.js';

const fundId = 'devolution-capacity';
const stroud = 'stroud-district-council';
const pcc = 'office-of-the-pcc';
const stroudPledged = pledged(stroud, pounds(10_000));
const pccPledged = pledged(pcc, pounds(10_000), pccCondition);
const pccSatisfied: FundingEvent = {
  type: 'PledgeConditionSatisfied',
  data: { fundId, pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000), note: 'Remit confirmed by the chair' },
};
const ended = (
  type: 'PledgeLapsed' | 'PledgeWithdrawn',
  organisation: string,
  conditionPending: boolean,
  reason: string,
): FundingEvent => ({
  type,
  data: { fundId, pledgeId: organisation, organisation, amountPence: pounds(10_000), conditionPending, reason },
});

const pledge = (organisation: string, amount: string, extra: Record<string, unknown> = {}) =>
  command('PledgeFunding', { fundId, organisation, amount, decision: devolutionDecision, ...extra });
const satisfy = (organisation: string) =>
  command('SatisfyPledgeCondition', { fundId, organisation, note: 'Remit confirmed by the chair' });
const lapse = (organisation: string) => command('LapsePledge', { fundId, organisation, reason: 'Remit not included' });
const withdraw = (organisation: string) =>
  command('WithdrawPledge', { fundId, organisation, reason: 'Officer time instead' });
const amend = (organisation: string, amount: string) =>
  command('AmendPledge', { fundId, organisation, amount, reason: 'Half in officer time' });

type Row = [string, readonly FundingEvent[], FundingCommand, readonly FundingEvent[] | string, Related?];

describe.each<Row>([
  ["records Stroud's £10,000 pledge", [devolutionOpened], pledge(stroud, '£10,000'), [stroudPledged]],
  [
    "records the PCC's conditional pledge",
    [devolutionOpened],
    pledge(pcc, '£10,000', { condition: pccCondition }),
    [pccPledged],
  ],
  [
    'refuses a second live pledge from one partner: amend instead',
    [devolutionOpened, stroudPledged],
    pledge(stroud, '£5,000'),
    'PLEDGE_ALREADY_RECORDED',
  ],
  [
    'takes a new pledge after a withdrawal, numbered as the second',
    [devolutionOpened, stroudPledged, ended('PledgeWithdrawn', stroud, false, 'Officer time instead')],
    pledge(stroud, '£10,000'),
    [pledged(stroud, pounds(10_000), undefined, `${stroud}-2`)],
  ],
  [
    'refuses a pledge from an organisation missing from the directory',
    [devolutionOpened],
    pledge('gloucestershire-constabulary', '£10,000'),
    'ORGANISATION_NOT_REGISTERED',
  ],
  [
    'refuses a pledge citing a resolution the minutes do not hold',
    [devolutionOpened],
    pledge(stroud, '£10,000', { decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'd' } }),
    'DECISION_NOT_FOUND',
  ],
  [
    'refuses a pledge citing a rescinded decision',
    [devolutionOpened],
    pledge(stroud, '£10,000'),
    'DECISION_NOT_IN_FORCE',
    rescindedRelated,
  ],
  ["satisfies the PCC's condition", [devolutionOpened, pccPledged], satisfy(pcc), [pccSatisfied]],
  [
    'refuses to satisfy a pledge with no condition',
    [devolutionOpened, stroudPledged],
    satisfy(stroud),
    'PLEDGE_NOT_CONDITIONAL',
  ],
  [
    'refuses to satisfy a condition twice',
    [devolutionOpened, pccPledged, pccSatisfied],
    satisfy(pcc),
    'CONDITION_ALREADY_SATISFIED',
  ],
  ['refuses to satisfy a condition with no pledge', [devolutionOpened], satisfy(pcc), 'NO_LIVE_PLEDGE'],
  [
    'refuses to satisfy the condition of a lapsed pledge',
    [devolutionOpened, pccPledged, ended('PledgeLapsed', pcc, true, 'Remit not included')],
    satisfy(pcc),
    'NO_LIVE_PLEDGE',
  ],
  [
    "lapses the PCC's pledge while its condition is unmet",
    [devolutionOpened, pccPledged],
    lapse(pcc),
    [ended('PledgeLapsed', pcc, true, 'Remit not included')],
  ],
  [
    'lapses a pledge whose condition was met',
    [devolutionOpened, pccPledged, pccSatisfied],
    lapse(pcc),
    [ended('PledgeLapsed', pcc, false, 'Remit not included')],
  ],
  [
    'withdraws an unpaid pledge',
    [devolutionOpened, stroudPledged],
    withdraw(stroud),
    [ended('PledgeWithdrawn', stroud, false, 'Officer time instead')],
  ],
  [
    'refuses to withdraw a pledge twice',
    [devolutionOpened, stroudPledged, ended('PledgeWithdrawn', stroud, false, 'x')],
    withdraw(stroud),
    'NO_LIVE_PLEDGE',
  ],
  [
    'refuses to withdraw a pledge with money received',
    [devolutionOpened, stroudPledged, received(stroud, pounds(4_000), '2016-11-30')],
    withdraw(stroud),
    'PLEDGE_HAS_CONTRIBUTIONS',
  ],
  [
    'refuses to lapse a pledge with money received',
    [devolutionOpened, stroudPledged, received(stroud, pounds(4_000), '2016-11-30')],
    lapse(stroud),
    'PLEDGE_HAS_CONTRIBUTIONS',
  ],
  ['refuses to lapse a pledge never made', [devolutionOpened], lapse(stroud), 'NO_LIVE_PLEDGE'],
  [
    "amends Stroud's pledge to £5,000",
    [devolutionOpened, stroudPledged],
    amend(stroud, '£5,000'),
    [
      {
        type: 'PledgeAmended',
        data: {
          fundId,
          pledgeId: stroud,
          organisation: stroud,
          previousAmountPence: pounds(10_000),
          amountPence: pounds(5_000),
          conditionPending: false,
          reason: 'Half in officer time',
        },
      },
    ],
  ],
  [
    'amends a conditional pledge, which stays conditional',
    [devolutionOpened, pccPledged],
    amend(pcc, '£12,500.50'),
    [
      {
        type: 'PledgeAmended',
        data: {
          fundId,
          pledgeId: pcc,
          organisation: pcc,
          previousAmountPence: pounds(10_000),
          amountPence: pence(1_250_050),
          conditionPending: true,
          reason: 'Half in officer time',
        },
      },
    ],
  ],
  [
    'refuses an amendment that changes nothing',
    [devolutionOpened, stroudPledged],
    amend(stroud, '£10,000.00'),
    'PLEDGE_UNCHANGED',
  ],
  [
    'refuses an amendment below what was received',
    [devolutionOpened, stroudPledged, received(stroud, pounds(6_000), '2016-11-30')],
    amend(stroud, '£5,000'),
    'AMENDMENT_BELOW_RECEIVED',
  ],
  [
    'amends down to exactly what was received',
    [devolutionOpened, stroudPledged, received(stroud, pounds(6_000), '2016-11-30')],
    amend(stroud, '£6,000'),
    [
      {
        type: 'PledgeAmended',
        data: {
          fundId,
          pledgeId: stroud,
          organisation: stroud,
          previousAmountPence: pounds(10_000),
          amountPence: pounds(6_000),
          conditionPending: false,
          reason: 'Half in officer time',
        },
      },
    ],
  ],
  ['refuses to amend a pledge never made', [devolutionOpened], amend(stroud, '£5,000'), 'NO_LIVE_PLEDGE'],
])('%s', (_name, given, cmd, expected, related = seedRelated) => {
  it(Array.isArray(expected) ? 'records the events' : `rejects with ${expected as string}`, () => {
    expect(when(given, cmd, related)).toEqual(expected);
  });
});
