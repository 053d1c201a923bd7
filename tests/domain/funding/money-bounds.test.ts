/**
 * Money that cannot overflow (issue 13, point 4). One amount is at most £1,000,000,000; a fund's
 * live pledges and its money received are each at most £100,000,000,000. Every figure a report
 * computes for a fund is a sum and difference of those, so it stays far inside the exact integers;
 * the property below drives the fund rules with amounts at the cap and checks the bounds hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundDecider } from '../../../src/domain/funding/index.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import { cashHeldPence, committablePence, evolveFund, livePledgedPence } from '../../../src/domain/funding/state.js';
import { MAX_ORGANISATIONS_ASKED } from '../../../src/domain/shared/bounds.js';
import { isRejection } from '../../../src/domain/shared/decider.js';
import {
  formatPence,
  MAX_AMOUNT_PENCE,
  MAX_FUND_MONEY_PENCE,
  parsePounds,
  pence,
} from '../../../src/domain/shared/money.js';
import { command, devolutionDecision, devolutionOpened, fold, partners, seedRelated } from './fixtures.js';
import { decideOn } from '../shared/given.js';

describe('the cap on one amount', () => {
  it.each([
    ['the per-partner ask of the report', '£50,000,000,000,000'],
    ['a pledge just over 2^53 pence', '£90,071,992,547,409.91'],
    ['a penny over the cap', '£1,000,000,000.01'],
    ['a thousand digits', `£${'9'.repeat(1000)}`],
  ])('refuses %s, saying what the most is', (_name, text) => {
    expect(parsePounds(text)).toEqual({
      ok: false,
      message: expect.stringMatching(/at most £1,000,000,000 in one amount/),
    });
  });

  it('accepts the cap itself', () => {
    expect(parsePounds('£1,000,000,000.00')).toEqual({ ok: true, pence: MAX_AMOUNT_PENCE });
  });

  it('leaves every figure of a fund exact: the bound is far inside 2^53', () => {
    const asked = MAX_AMOUNT_PENCE * MAX_ORGANISATIONS_ASKED;
    const largestFigure = MAX_AMOUNT_PENCE + 2 * MAX_FUND_MONEY_PENCE + asked;
    expect(largestFigure * 10).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });
});

const fundId = 'devolution-capacity';
const nearCap = fc
  .oneof(fc.constant(MAX_AMOUNT_PENCE), fc.integer({ min: MAX_AMOUNT_PENCE / 2, max: MAX_AMOUNT_PENCE }))
  .map((value) => formatPence(pence(value)));
const organisation = fc.constantFrom(...partners);
const bigCommand = fc.oneof(
  fc
    .record({ organisation, amount: nearCap })
    .map(({ organisation, amount }) =>
      command('PledgeFunding', { fundId, organisation, amount, decision: devolutionDecision }),
    ),
  fc
    .record({ organisation, amount: nearCap })
    .map(({ organisation, amount }) => command('AmendPledge', { fundId, organisation, amount, reason: 'Amended' })),
  {
    weight: 6,
    arbitrary: fc
      .record({ organisation, amount: nearCap, flag: fc.constantFrom('overpayment', 'unpledged', 'none') })
      .map(({ organisation, amount, flag }) =>
        command('RecordContribution', {
          fundId,
          organisation,
          amount,
          receivedOn: '2017-01-16',
          remittanceReference: 'REM',
          overpayment: flag === 'overpayment',
          unpledged: flag === 'unpledged',
        }),
      ),
  },
);

describe('a fund fed amounts at the cap', () => {
  it('never holds more than the fund bound, so its figures stay exact', () => {
    fc.assert(
      fc.property(fc.array(bigCommand, { minLength: 150, maxLength: 250 }), (commands) => {
        const accepted: FundingEvent[] = [devolutionOpened];
        let state = fold(accepted);
        for (const next of commands) {
          const decision = decideOn(fundDecider, state, next, seedRelated);
          if (isRejection(decision)) continue;
          for (const event of decision) state = evolveFund(state, event);
          expect(livePledgedPence(state)).toBeLessThanOrEqual(MAX_FUND_MONEY_PENCE);
          expect(state.receivedPence).toBeLessThanOrEqual(MAX_FUND_MONEY_PENCE);
          expect(Number.isSafeInteger(committablePence(state)) && Number.isSafeInteger(cashHeldPence(state))).toBe(
            true,
          );
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('the fund bound', () => {
  it('refuses the contribution that would take the money received over £100,000,000,000, with the reason', () => {
    let state = fold([devolutionOpened]);
    const pay = () =>
      command('RecordContribution', {
        fundId,
        organisation: partners[0],
        amount: '£1,000,000,000',
        receivedOn: '2017-01-16',
        remittanceReference: 'REM',
        overpayment: false,
        unpledged: true,
      });
    for (let index = 0; index < 100; index++) {
      const decision = decideOn(fundDecider, state, pay(), seedRelated);
      if (isRejection(decision)) throw new Error(`contribution ${index + 1} refused: ${decision.message}`);
      for (const event of decision) state = evolveFund(state, event);
    }
    expect(state.receivedPence).toBe(MAX_FUND_MONEY_PENCE);
    expect(decideOn(fundDecider, state, pay(), seedRelated)).toMatchObject({
      code: 'FUND_MONEY_LIMIT',
      message: expect.stringMatching(/money received over £100,000,000,000/),
    });
  });
});
