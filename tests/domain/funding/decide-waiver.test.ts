/**
 * Waiving the condition on a pledge: the PCC's pledge of 27 October 2016, item 5, was made on the
 * condition that "the remit of the Office of the Police and Crime Commissioner was included through
 * public service reform". The minutes record no waiver: every waiver here is illustrative.
 */
import { describe, expect, it } from 'vitest';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import { committablePence, evolveFund, initialFundState } from '../../../src/domain/funding/state.js';
import { command, devolutionOpened, pccCondition, pledged, pounds, when } from './fixtures.js';

const fundId = 'devolution-capacity';
const stroud = 'stroud-district-council';
const pcc = 'office-of-the-pcc';
const reason = 'The board waived the condition (illustrative)';
const pccPledged = pledged(pcc, pounds(10_000), pccCondition);
const pccSatisfied: FundingEvent = {
  type: 'PledgeConditionSatisfied',
  data: { fundId, pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000) },
};
const pccWaived: FundingEvent = {
  type: 'PledgeConditionWaived',
  data: { fundId, pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000), reason },
};
const lapsed: FundingEvent = {
  type: 'PledgeLapsed',
  data: { fundId, pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000), conditionPending: true, reason },
};
const waive = (organisation: string) => command('WaivePledgeCondition', { fundId, organisation, reason });
const satisfy = (organisation: string) => command('SatisfyPledgeCondition', { fundId, organisation });

type Row = [string, readonly FundingEvent[], FundingCommand, readonly FundingEvent[] | string];

describe.each<Row>([
  ["waives the PCC's condition", [devolutionOpened, pccPledged], waive(pcc), [pccWaived]],
  ['refuses to waive with no live pledge', [devolutionOpened], waive(pcc), 'NO_LIVE_PLEDGE'],
  [
    'refuses to waive the condition of a lapsed pledge',
    [devolutionOpened, pccPledged, lapsed],
    waive(pcc),
    'NO_LIVE_PLEDGE',
  ],
  [
    'refuses to waive a pledge with no condition',
    [devolutionOpened, pledged(stroud, pounds(10_000))],
    waive(stroud),
    'PLEDGE_NOT_CONDITIONAL',
  ],
  [
    'refuses to waive a condition already met',
    [devolutionOpened, pccPledged, pccSatisfied],
    waive(pcc),
    'CONDITION_ALREADY_SATISFIED',
  ],
  [
    'refuses to waive a condition twice',
    [devolutionOpened, pccPledged, pccWaived],
    waive(pcc),
    'CONDITION_ALREADY_WAIVED',
  ],
  [
    'refuses to meet a condition already waived',
    [devolutionOpened, pccPledged, pccWaived],
    satisfy(pcc),
    'CONDITION_ALREADY_WAIVED',
  ],
  ['refuses to waive on a fund never opened', [], waive(pcc), 'FUND_NOT_OPENED'],
])('%s', (_name, given, cmd, expected) => {
  it(Array.isArray(expected) ? 'records the events' : `rejects with ${expected as string}`, () => {
    expect(when(given, cmd)).toEqual(expected);
  });
});

describe('a waived condition', () => {
  it('commits the pledge, so it can be allocated like a confirmed one', () => {
    const before = [devolutionOpened, pccPledged].reduce(evolveFund, initialFundState);
    const after = evolveFund(before, pccWaived);
    expect(committablePence(before)).toBe(0);
    expect(committablePence(after)).toBe(pounds(10_000));
    expect(after.pledges[pcc]?.condition).toBe('waived');
  });
});
