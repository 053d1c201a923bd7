/** The rules for money moving: contributions in, allocations made, payments out. */
import { isRejection, type Rejection } from '../shared/decider.js';
import { MAX_FUND_MONEY_PENCE, poundsToPence, subtractPence, ZERO_PENCE, type Pence } from '../shared/money.js';
import type { FundingCommandOf } from './commands.js';
import type { FundingEvent } from './events.js';
import { fundingRejections as no } from './rejections.js';
import { cashHeldPence, committablePence, type FundState } from './state.js';

type Decision = readonly FundingEvent[] | Rejection;

function outstandingPence(amountPence: Pence, receivedPence: Pence): Pence {
  return receivedPence >= amountPence ? ZERO_PENCE : subtractPence(amountPence, receivedPence);
}

/** Why a contribution is refused, or the pledge id it is recorded against (null when unpledged). */
function contributionTarget(command: FundingCommandOf<'RecordContribution'>, state: FundState, amountPence: Pence): string | null | Rejection {
  const { organisation, overpayment, unpledged } = command.data;
  const pledge = state.pledges[organisation];
  if (unpledged) return pledge?.status === 'live' ? no.contributionIsPledged(organisation) : null;
  if (!pledge) return no.contributionWithoutPledge(organisation);
  if (pledge.status !== 'live') return no.pledgeNotLive(organisation, pledge.status);
  const outstanding = outstandingPence(pledge.amountPence, pledge.receivedPence);
  if (amountPence > outstanding && !overpayment) return no.contributionExceedsPledge(outstanding);
  if (amountPence <= outstanding && overpayment) return no.notAnOverpayment(outstanding);
  return pledge.pledgeId;
}

export function decideContribution(command: FundingCommandOf<'RecordContribution'>, state: FundState): Decision {
  const { fundId, organisation, receivedOn, remittanceReference, overpayment, unpledged } = command.data;
  const amountPence = poundsToPence(command.data.amount);
  if (state.receivedPence + amountPence > MAX_FUND_MONEY_PENCE) return no.fundMoneyLimit('money received');
  const pledgeId = contributionTarget(command, state, amountPence);
  if (isRejection(pledgeId)) return pledgeId;
  const data = { fundId, organisation, pledgeId, amountPence, receivedOn, remittanceReference, overpayment, unpledged };
  return [{ type: 'ContributionRecorded', data }];
}

export function decideAllocation(command: FundingCommandOf<'AllocateFunding'>, state: FundState): Decision {
  const { fundId, allocationId, recipient, purpose, decision } = command.data;
  if (state.allocations[allocationId]) return no.allocationAlreadyRecorded(allocationId);
  const amountPence = poundsToPence(command.data.amount);
  const committable = committablePence(state);
  if (amountPence > committable) return no.allocationExceedsCommittable(committable < 0 ? ZERO_PENCE : committable);
  return [{ type: 'FundingAllocated', data: { fundId, allocationId, recipient, purpose, amountPence, decision } }];
}

export function decidePayment(command: FundingCommandOf<'RecordPayment'>, state: FundState): Decision {
  const { fundId, allocationId, paidOn, reference } = command.data;
  const allocation = state.allocations[allocationId];
  if (!allocation) return no.allocationNotFound(allocationId);
  const amountPence = poundsToPence(command.data.amount);
  const remaining = subtractPence(allocation.amountPence, allocation.paidPence);
  if (amountPence > remaining) return no.paymentExceedsAllocation(remaining);
  const cash = cashHeldPence(state);
  if (amountPence > cash) return no.paymentExceedsCash(cash);
  return [{ type: 'PaymentRecorded', data: { fundId, allocationId, amountPence, paidOn, reference } }];
}
