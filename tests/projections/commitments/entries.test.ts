import { describe, expect, it } from 'vitest';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import { businessDateOf, entriesFor } from '../../../src/projections/commitments/entries.js';
import {
  cspAllocated,
  devolutionOpened,
  laaGrantOpened,
  paid,
  pccCondition,
  pledged,
  pounds,
  received,
} from '../../domain/funding/fixtures.js';

const fundId = 'devolution-capacity';
const pcc = 'office-of-the-pcc';
const stroud = 'stroud-district-council';
const ended = (type: 'PledgeLapsed' | 'PledgeWithdrawn', conditionPending: boolean): FundingEvent => ({
  type,
  data: { fundId, pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000), conditionPending, reason: 'x' },
});
const row = (
  figure: string,
  amount: number,
  organisation: string | null = pcc,
  allocationId: string | null = null,
) => ({
  fundId,
  organisation,
  allocationId,
  figure,
  amountPence: amount,
});

describe.each<[string, FundingEvent, ReturnType<typeof row>[]]>([
  [
    'an unconditional pledge is pledged and confirmed',
    pledged(stroud, pounds(10_000)),
    [row('pledged', 1_000_000, stroud), row('confirmed', 1_000_000, stroud)],
  ],
  [
    'a conditional pledge is pledged and conditional',
    pledged(pcc, pounds(10_000), pccCondition),
    [row('pledged', 1_000_000), row('conditional', 1_000_000)],
  ],
  [
    'satisfying a condition moves the sum from conditional to confirmed',
    {
      type: 'PledgeConditionSatisfied',
      data: { fundId, pledgeId: pcc, organisation: pcc, amountPence: pounds(10_000) },
    },
    [row('conditional', -1_000_000), row('confirmed', 1_000_000)],
  ],
  [
    'a lapse while conditional reverses pledged and conditional',
    ended('PledgeLapsed', true),
    [row('pledged', -1_000_000), row('conditional', -1_000_000)],
  ],
  [
    'a withdrawal once confirmed reverses pledged and confirmed',
    ended('PledgeWithdrawn', false),
    [row('pledged', -1_000_000), row('confirmed', -1_000_000)],
  ],
  [
    'an amendment writes the difference',
    {
      type: 'PledgeAmended',
      data: {
        fundId,
        pledgeId: stroud,
        organisation: stroud,
        previousAmountPence: pounds(10_000),
        amountPence: pounds(5_000),
        conditionPending: false,
        reason: 'x',
      },
    },
    [row('pledged', -500_000, stroud), row('confirmed', -500_000, stroud)],
  ],
  ['a contribution is received', received(stroud, pounds(4_000), '2016-11-30'), [row('received', 400_000, stroud)]],
  [
    'unpledged money is received and marked unpledged',
    received(stroud, pounds(4_000), '2016-11-30', { unpledged: true }),
    [row('received', 400_000, stroud), row('unpledged', 400_000, stroud)],
  ],
])('%s', (_name, event, expected) => {
  it('writes the entries', () => {
    expect(entriesFor(event)).toEqual(expected);
  });
});

describe('fund-level entries', () => {
  it('asks each partner of a pooled pot for the per-partner sum', () => {
    const entries = entriesFor(devolutionOpened);
    expect(entries).toHaveLength(10);
    expect(entries.every((entry) => entry.figure === 'asked' && entry.amountPence === 1_000_000)).toBe(true);
  });

  it.each<[string, FundingEvent, unknown[]]>([
    [
      'a grant source opens with its balance',
      laaGrantOpened,
      [
        {
          fundId: 'laa-reward-grant',
          organisation: null,
          allocationId: null,
          figure: 'opening',
          amountPence: 25_000_000,
        },
      ],
    ],
    [
      'an allocation is allocated',
      cspAllocated,
      [
        {
          fundId: 'laa-reward-grant',
          organisation: null,
          allocationId: 'community-safety-implementation',
          figure: 'allocated',
          amountPence: 3_500_000,
        },
      ],
    ],
    [
      'a payment is paid',
      paid(pounds(17_500), '2016-12-15', 'P1'),
      [
        {
          fundId: 'laa-reward-grant',
          organisation: null,
          allocationId: 'community-safety-implementation',
          figure: 'paid',
          amountPence: 1_750_000,
        },
      ],
    ],
    ['closing writes nothing', { type: 'FundClosed', data: { fundId, reason: 'done' } }, []],
  ])('%s', (_name, event, expected) => {
    expect(entriesFor(event)).toEqual(expected);
  });
});

describe('business dates', () => {
  it.each<[string, FundingEvent, string]>([
    ['a contribution is dated when the money arrived', received(stroud, pounds(1), '2017-04-03'), '2017-04-03'],
    ['a payment is dated when it was paid', paid(pounds(1), '2017-03-31', 'P1'), '2017-03-31'],
    ['a pledge is dated by the meeting', pledged(stroud, pounds(1)), '2016-10-27'],
  ])('%s', (_name, event, expected) => {
    expect(businessDateOf(event, '2016-10-27T10:00:00Z')).toBe(expected);
  });
});
