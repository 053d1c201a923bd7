/**
 * A partner's own decision behind its pledge. The 2008 prospectus: strategic partnerships "make
 * recommendations and may sign off joint strategies but it is the partner agencies that agree
 * action". Stroud's committee decision below is illustrative: the seed minutes name none.
 */
import { describe, expect, it } from 'vitest';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import {
  command,
  devolutionDecision,
  devolutionOpened,
  fold,
  pccCondition,
  pledged,
  pounds,
  when,
} from './fixtures.js';

const fundId = 'devolution-capacity';
const stroud = 'stroud-district-council';
const pcc = 'office-of-the-pcc';
const stroudDecision = {
  decidedBy: 'Stroud District Council Strategy and Resources Committee',
  decidedOn: '2016-12-08',
  reference: 'Minute SRC.45 (illustrative)',
  url: 'https://www.stroud.gov.uk/council-and-democracy/meetings',
};
const pccNotice = {
  decidedBy: 'Police and Crime Commissioner for Gloucestershire',
  decidedOn: '2016-12-02',
  reference: 'Decision notice 2016/31 (illustrative)',
};

const stroudPledged = pledged(stroud, pounds(10_000));
const pccPledged = pledged(pcc, pounds(10_000), pccCondition);
const authorised = (organisation: string, amount: number, citation: Record<string, string>): FundingEvent => ({
  type: 'PartnerAuthorisationRecorded',
  data: { fundId, pledgeId: organisation, organisation, amountPence: pounds(amount), ...citation } as never,
});
const amendedUp: FundingEvent = {
  type: 'PledgeAmended',
  data: {
    fundId,
    pledgeId: stroud,
    organisation: stroud,
    previousAmountPence: pounds(10_000),
    amountPence: pounds(15_000),
    conditionPending: false,
    reason: 'More capacity',
  },
};
const cite = (organisation: string, citation: Record<string, string>) =>
  command('RecordPartnerAuthorisation', { fundId, organisation, ...citation });

type Row = [string, readonly FundingEvent[], FundingCommand, readonly FundingEvent[] | string];

describe.each<Row>([
  [
    "cites Stroud's committee decision for its whole pledge",
    [devolutionOpened, stroudPledged],
    cite(stroud, stroudDecision),
    [authorised(stroud, 10_000, stroudDecision)],
  ],
  [
    'cites a decision with no published address',
    [devolutionOpened, pccPledged],
    cite(pcc, pccNotice),
    [authorised(pcc, 10_000, pccNotice)],
  ],
  [
    'refuses a decision for a partner with no live pledge',
    [devolutionOpened],
    cite(stroud, stroudDecision),
    'NO_LIVE_PLEDGE',
  ],
  [
    'refuses a second decision for a pledge already backed in full',
    [devolutionOpened, stroudPledged, authorised(stroud, 10_000, stroudDecision)],
    cite(stroud, stroudDecision),
    'PLEDGE_ALREADY_AUTHORISED',
  ],
  [
    'after an amendment upwards, a new decision covers the difference',
    [devolutionOpened, stroudPledged, authorised(stroud, 10_000, stroudDecision), amendedUp],
    cite(stroud, { ...stroudDecision, decidedOn: '2017-02-09', reference: 'Minute SRC.61 (illustrative)' }),
    [
      authorised(stroud, 5_000, {
        ...stroudDecision,
        decidedOn: '2017-02-09',
        reference: 'Minute SRC.61 (illustrative)',
      }),
    ],
  ],
  [
    "a pledge made with the partner's decision records both",
    [devolutionOpened],
    command('PledgeFunding', {
      fundId,
      organisation: stroud,
      amount: '£10,000',
      decision: devolutionDecision,
      partnerAuthorisation: stroudDecision,
    }),
    [stroudPledged, authorised(stroud, 10_000, stroudDecision)],
  ],
  [
    "the PCC's condition is met by citing its decision notice",
    [devolutionOpened, pccPledged],
    command('SatisfyPledgeCondition', {
      fundId,
      organisation: pcc,
      note: 'Remit included',
      partnerAuthorisation: pccNotice,
    }),
    [
      {
        type: 'PledgeConditionSatisfied',
        data: {
          fundId,
          pledgeId: pcc,
          organisation: pcc,
          amountPence: pounds(10_000),
          note: 'Remit included',
          partnerAuthorisation: pccNotice,
        },
      },
      authorised(pcc, 10_000, pccNotice),
    ],
  ],
  [
    'a condition met by a decision already cited records no second authorisation',
    [devolutionOpened, pccPledged, authorised(pcc, 10_000, pccNotice)],
    command('SatisfyPledgeCondition', { fundId, organisation: pcc, partnerAuthorisation: pccNotice }),
    [
      {
        type: 'PledgeConditionSatisfied',
        data: {
          fundId,
          pledgeId: pcc,
          organisation: pcc,
          amountPence: pounds(10_000),
          note: undefined,
          partnerAuthorisation: pccNotice,
        },
      },
    ],
  ],
  [
    'a withdrawal carries what the partner had authorised, so the read model can reverse it',
    [devolutionOpened, stroudPledged, authorised(stroud, 10_000, stroudDecision)],
    command('WithdrawPledge', { fundId, organisation: stroud, reason: 'Officer time instead' }),
    [
      {
        type: 'PledgeWithdrawn',
        data: {
          fundId,
          pledgeId: stroud,
          organisation: stroud,
          amountPence: pounds(10_000),
          conditionPending: false,
          reason: 'Officer time instead',
          authorisedPence: pounds(10_000),
        },
      },
    ],
  ],
])('%s', (_name, given, cmd, expected) => {
  it(Array.isArray(expected) ? 'records the events' : `rejects with ${expected as string}`, () => {
    expect(when(given, cmd)).toEqual(expected);
  });
});

describe('the fund state', () => {
  it('keeps how much of each pledge the partner has authorised', () => {
    const state = fold([devolutionOpened, stroudPledged, authorised(stroud, 10_000, stroudDecision), amendedUp]);
    expect(state.pledges[stroud]).toMatchObject({ amountPence: pounds(15_000), authorisedPence: pounds(10_000) });
  });
});

describe('the command schema', () => {
  it('refuses an address that is not a web address, saying how to write it', () => {
    expect(() => cite(stroud, { ...stroudDecision, url: 'javascript:alert(1)' })).toThrow(/http:\/\/ or https:\/\//);
  });
  it('refuses a decision with no date', () => {
    const { decidedOn: _dropped, ...undated } = stroudDecision;
    expect(() => cite(stroud, undated)).toThrow(/decidedOn/);
  });
});
