/** The rules for money moving: contributions in, allocations made, payments out. */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import {
  formatPence,
  MAX_FUND_MONEY_PENCE,
  poundsToPence,
  subtractPence,
  ZERO_PENCE,
  type Pence,
} from '../shared/money.js';
import { fundRejection } from './decide.js';
import type { FundingEvent, FundingEventData } from './events.js';
import type { FundingRejectionCode } from './rejections.js';
import { cashHeldPence, committablePence, type FundState } from './state.js';

/** The money rules' rejection codes. */
export const moneyMessages = {
  PLEDGE_NOT_LIVE: (organisation: string, status: string) =>
    `The pledge by ${organisation} was ${status} and takes no contributions; record the money ` +
    `as unpledged if it really arrived.`,
  CONTRIBUTION_EXCEEDS_PLEDGE: (outstanding: Pence) =>
    `Only ${formatPence(outstanding)} of the pledge is outstanding; record the contribution as ` +
    `an overpayment if that is what it is.`,
  NOT_AN_OVERPAYMENT: (outstanding: Pence) =>
    `${formatPence(outstanding)} of the pledge is outstanding, so this is not an overpayment; clear the flag.`,
  CONTRIBUTION_WITHOUT_PLEDGE: (organisation: string) =>
    `${organisation} has no pledge to this fund; record the money as unpledged if that is what it is.`,
  CONTRIBUTION_IS_PLEDGED: (organisation: string) =>
    `${organisation} has a live pledge to this fund; record the money against it, not as unpledged.`,
  ALLOCATION_ALREADY_RECORDED: (allocationId: string) =>
    `The fund already has an allocation ${allocationId}; choose another id.`,
  ALLOCATION_EXCEEDS_COMMITTABLE: (committable: Pence) =>
    `Only ${formatPence(committable)} can be allocated (opening balance and confirmed pledges, ` +
    `less earlier allocations).`,
  ALLOCATION_NOT_FOUND: (allocationId: string) => `The fund has no allocation ${allocationId}.`,
  PAYMENT_EXCEEDS_ALLOCATION: (remaining: Pence) => `Only ${formatPence(remaining)} of the allocation is left to pay.`,
  PAYMENT_EXCEEDS_CASH: (cash: Pence) => `The fund holds only ${formatPence(cash)} in cash.`,
} as const;

const no = rejectionsFrom(moneyMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields, sums as pounds text. */
export type RecordContributionData = Pick<
  FundingEventData<'ContributionRecorded'>,
  'fundId' | 'organisation' | 'receivedOn' | 'remittanceReference' | 'overpayment' | 'unpledged'
> & { amount: string };
export type AllocateFundingData = Pick<
  FundingEventData<'FundingAllocated'>,
  'fundId' | 'allocationId' | 'recipient' | 'purpose' | 'decision'
> & { amount: string };
type RecordPaymentData = Pick<
  FundingEventData<'PaymentRecorded'>,
  'fundId' | 'allocationId' | 'paidOn' | 'reference'
> & {
  amount: string;
};

type Decision = readonly FundingEvent[] | Rejection<FundingRejectionCode>;

function outstandingPence(amountPence: Pence, receivedPence: Pence): Pence {
  return receivedPence >= amountPence ? ZERO_PENCE : subtractPence(amountPence, receivedPence);
}

/** Why a contribution is refused, or the pledge id it is recorded against (null when unpledged). */
function contributionTarget(
  data: RecordContributionData,
  state: FundState,
  amountPence: Pence,
): string | null | Rejection<FundingRejectionCode> {
  const { organisation, overpayment, unpledged } = data;
  const pledge = state.pledges[organisation];
  if (unpledged) return pledge?.status === 'live' ? no('CONTRIBUTION_IS_PLEDGED', organisation) : null;
  if (!pledge) return no('CONTRIBUTION_WITHOUT_PLEDGE', organisation);
  if (pledge.status !== 'live') return no('PLEDGE_NOT_LIVE', organisation, pledge.status);
  const outstanding = outstandingPence(pledge.amountPence, pledge.receivedPence);
  if (amountPence > outstanding && !overpayment) return no('CONTRIBUTION_EXCEEDS_PLEDGE', outstanding);
  if (amountPence <= outstanding && overpayment) return no('NOT_AN_OVERPAYMENT', outstanding);
  return pledge.pledgeId;
}

export function decideContribution(data: RecordContributionData, state: FundState): Decision {
  const { fundId, organisation, receivedOn, remittanceReference, overpayment, unpledged } = data;
  const amountPence = poundsToPence(data.amount);
  if (state.receivedPence + amountPence > MAX_FUND_MONEY_PENCE)
    return fundRejection('FUND_MONEY_LIMIT', 'money received');
  const pledgeId = contributionTarget(data, state, amountPence);
  if (isRejection(pledgeId)) return pledgeId;
  const received = {
    fundId,
    organisation,
    pledgeId,
    amountPence,
    receivedOn,
    remittanceReference,
    overpayment,
    unpledged,
  };
  return [{ type: 'ContributionRecorded', data: received }];
}

export function decideAllocation(data: AllocateFundingData, state: FundState): Decision {
  const { fundId, allocationId, recipient, purpose, decision } = data;
  if (state.allocations[allocationId]) return no('ALLOCATION_ALREADY_RECORDED', allocationId);
  const amountPence = poundsToPence(data.amount);
  const committable = committablePence(state);
  if (amountPence > committable)
    return no('ALLOCATION_EXCEEDS_COMMITTABLE', committable < 0 ? ZERO_PENCE : committable);
  return [{ type: 'FundingAllocated', data: { fundId, allocationId, recipient, purpose, amountPence, decision } }];
}

export function decidePayment(data: RecordPaymentData, state: FundState): Decision {
  const { fundId, allocationId, paidOn, reference } = data;
  const allocation = state.allocations[allocationId];
  if (!allocation) return no('ALLOCATION_NOT_FOUND', allocationId);
  const amountPence = poundsToPence(data.amount);
  const remaining = subtractPence(allocation.amountPence, allocation.paidPence);
  if (amountPence > remaining) return no('PAYMENT_EXCEEDS_ALLOCATION', remaining);
  const cash = cashHeldPence(state);
  if (amountPence > cash) return no('PAYMENT_EXCEEDS_CASH', cash);
  return [{ type: 'PaymentRecorded', data: { fundId, allocationId, amountPence, paidOn, reference } }];
}
