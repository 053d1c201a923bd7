/**
 * One fund's state, folded from its stream. Pledges are kept per organisation: the latest pledge
 * of each, live or ended, since an organisation holds at most one live pledge per fund.
 */
import { unreachable } from '../shared/decider.js';
import { addPence, subtractPence, sumPence, ZERO_PENCE, type Pence } from '../shared/money.js';
import type { FundingEvent } from './events.js';

export type FundKind = 'pooled-pot' | 'grant-source' | 'external-award';

export interface PledgeState {
  readonly pledgeId: string;
  readonly amountPence: Pence;
  /** `none`: unconditional; `pending`: not yet committed; `satisfied` or `waived`: committed. */
  readonly condition: 'none' | 'pending' | 'satisfied' | 'waived';
  readonly status: 'live' | 'lapsed' | 'withdrawn';
  readonly receivedPence: Pence;
  /** How much of the pledge the partner's own decisions have authorised (never reduced by an amendment). */
  readonly authorisedPence: Pence;
  /** How many pledges this organisation has made to the fund, this one included. */
  readonly sequence: number;
}

export interface AllocationState {
  readonly amountPence: Pence;
  readonly paidPence: Pence;
}

export interface FundState {
  readonly status: 'unopened' | 'open' | 'closed';
  readonly kind: FundKind | undefined;
  readonly openingBalancePence: Pence;
  readonly pledges: Readonly<Record<string, PledgeState>>;
  readonly allocations: Readonly<Record<string, AllocationState>>;
  /** Every contribution, pledged or not. */
  readonly receivedPence: Pence;
  readonly paidPence: Pence;
}

export const initialFundState: FundState = {
  status: 'unopened',
  kind: undefined,
  openingBalancePence: ZERO_PENCE,
  pledges: {},
  allocations: {},
  receivedPence: ZERO_PENCE,
  paidPence: ZERO_PENCE,
};

export function livePledgeOf(state: FundState, organisation: string): PledgeState | undefined {
  const pledge = state.pledges[organisation];
  return pledge?.status === 'live' ? pledge : undefined;
}

function isConfirmed(pledge: PledgeState): boolean {
  return pledge.status === 'live' && pledge.condition !== 'pending';
}

/** Opening balance plus confirmed pledges, less everything allocated: what the board may still allocate. */
export function committablePence(state: FundState): Pence {
  const confirmed = sumPence(
    Object.values(state.pledges)
      .filter(isConfirmed)
      .map((pledge) => pledge.amountPence),
  );
  const allocated = sumPence(Object.values(state.allocations).map((allocation) => allocation.amountPence));
  return subtractPence(addPence(state.openingBalancePence, confirmed), allocated);
}

/** What a fund holds in live pledges (conditional or not), the figure MAX_FUND_MONEY_PENCE bounds. */
export function livePledgedPence(state: FundState): Pence {
  return sumPence(
    Object.values(state.pledges)
      .filter((pledge) => pledge.status === 'live')
      .map((pledge) => pledge.amountPence),
  );
}

/** Opening balance plus money received, less money paid out. */
export function cashHeldPence(state: FundState): Pence {
  return subtractPence(addPence(state.openingBalancePence, state.receivedPence), state.paidPence);
}

function withPledge(state: FundState, organisation: string, change: Partial<PledgeState>): FundState {
  const pledge = state.pledges[organisation];
  if (!pledge) throw new Error(`Bug: event changes a pledge by ${organisation} that the fund never recorded`);
  return { ...state, pledges: { ...state.pledges, [organisation]: { ...pledge, ...change } } };
}

function recordPledge(state: FundState, data: Extract<FundingEvent, { type: 'PledgeRecorded' }>['data']): FundState {
  const sequence = (state.pledges[data.organisation]?.sequence ?? 0) + 1;
  const pledge: PledgeState = {
    pledgeId: data.pledgeId,
    amountPence: data.amountPence,
    condition: data.condition === undefined ? 'none' : 'pending',
    status: 'live',
    receivedPence: ZERO_PENCE,
    authorisedPence: ZERO_PENCE,
    sequence,
  };
  return { ...state, pledges: { ...state.pledges, [data.organisation]: pledge } };
}

function recordContribution(
  state: FundState,
  data: Extract<FundingEvent, { type: 'ContributionRecorded' }>['data'],
): FundState {
  const received = { ...state, receivedPence: addPence(state.receivedPence, data.amountPence) };
  if (data.unpledged) return received;
  const pledge = state.pledges[data.organisation];
  return withPledge(received, data.organisation, {
    receivedPence: addPence(pledge?.receivedPence ?? ZERO_PENCE, data.amountPence),
  });
}

function recordPayment(state: FundState, data: Extract<FundingEvent, { type: 'PaymentRecorded' }>['data']): FundState {
  const allocation = state.allocations[data.allocationId];
  if (!allocation)
    throw new Error(`Bug: payment against allocation ${data.allocationId}, which the fund never recorded`);
  const paid = { ...allocation, paidPence: addPence(allocation.paidPence, data.amountPence) };
  return {
    ...state,
    paidPence: addPence(state.paidPence, data.amountPence),
    allocations: { ...state.allocations, [data.allocationId]: paid },
  };
}

export function evolveFund(state: FundState, event: FundingEvent): FundState {
  switch (event.type) {
    case 'FundOpened': {
      const opening = event.data.kind === 'grant-source' ? event.data.openingBalancePence : ZERO_PENCE;
      return { ...state, status: 'open', kind: event.data.kind, openingBalancePence: opening };
    }
    case 'PledgeRecorded':
      return recordPledge(state, event.data);
    case 'PledgeConditionSatisfied':
      return withPledge(state, event.data.organisation, { condition: 'satisfied' });
    case 'PledgeConditionWaived':
      return withPledge(state, event.data.organisation, { condition: 'waived' });
    case 'PartnerAuthorisationRecorded': {
      const before = state.pledges[event.data.organisation]?.authorisedPence ?? ZERO_PENCE;
      const authorisedPence = addPence(before, event.data.amountPence);
      return withPledge(state, event.data.organisation, { authorisedPence });
    }
    case 'PledgeLapsed':
      return withPledge(state, event.data.organisation, { status: 'lapsed' });
    case 'PledgeWithdrawn':
      return withPledge(state, event.data.organisation, { status: 'withdrawn' });
    case 'PledgeAmended':
      return withPledge(state, event.data.organisation, { amountPence: event.data.amountPence });
    case 'ContributionRecorded':
      return recordContribution(state, event.data);
    case 'FundingAllocated': {
      const allocation: AllocationState = { amountPence: event.data.amountPence, paidPence: ZERO_PENCE };
      return { ...state, allocations: { ...state.allocations, [event.data.allocationId]: allocation } };
    }
    case 'PaymentRecorded':
      return recordPayment(state, event.data);
    case 'FundClosed':
      return { ...state, status: 'closed' };
    default:
      return unreachable(event);
  }
}
