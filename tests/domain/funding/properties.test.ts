import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundDecider } from '../../../src/domain/funding/index.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import { cashHeldPence, committablePence, evolveFund, type FundState } from '../../../src/domain/funding/state.js';
import { isRejection } from '../../../src/domain/shared/decider.js';
import { fundingCommand } from './arbitraries.js';
import { devolutionOpened, fold, seedRelated } from './fixtures.js';
import { decideOn } from '../shared/given.js';

/** Totals recomputed from the accepted events alone, in BigInt, to compare with the fold. */
function independentTotals(events: readonly FundingEvent[]) {
  let received = 0n;
  let paid = 0n;
  for (const event of events) {
    if (event.type === 'ContributionRecorded') received += BigInt(event.data.amountPence);
    if (event.type === 'PaymentRecorded') paid += BigInt(event.data.amountPence);
  }
  return { received, paid };
}

function checkInvariants(state: FundState, accepted: readonly FundingEvent[]): void {
  const { received, paid } = independentTotals(accepted);
  expect(BigInt(state.receivedPence)).toBe(received);
  expect(BigInt(state.paidPence)).toBe(paid);
  expect(cashHeldPence(state)).toBeGreaterThanOrEqual(0);
  for (const allocation of Object.values(state.allocations)) {
    expect(allocation.paidPence).toBeLessThanOrEqual(allocation.amountPence);
  }
  const live = Object.values(state.pledges).filter((pledge) => pledge.status === 'live');
  expect(
    live.every((pledge) => Number.isSafeInteger(pledge.amountPence) && Number.isSafeInteger(pledge.receivedPence)),
  ).toBe(true);
}

describe('the fund rules hold whatever is asked of them', () => {
  it(
    'never pays out more than an allocation or the cash held, never allocates more than is ' +
      'committable, and keeps exact totals',
    () => {
      fc.assert(
        fc.property(fc.array(fundingCommand, { minLength: 10, maxLength: 60 }), (commands) => {
          const accepted: FundingEvent[] = [devolutionOpened];
          let state = fold(accepted);
          for (const command of commands) {
            const committableBefore = committablePence(state);
            const decision = decideOn(fundDecider, state, command, seedRelated);
            if (isRejection(decision)) continue;
            for (const event of decision) {
              if (event.type === 'FundingAllocated')
                expect(event.data.amountPence).toBeLessThanOrEqual(committableBefore);
              state = evolveFund(state, event);
              accepted.push(event);
            }
            checkInvariants(state, accepted);
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});
