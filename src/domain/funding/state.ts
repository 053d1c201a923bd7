/**
 * One fund's state, folded from its stream. Pledges are kept per organisation: the latest pledge
 * of each, live or ended, since an organisation holds at most one live pledge per fund.
 */
import { addPence, subtractPence, sumPence, ZERO_PENCE, type Pence } from '../shared/money.js';

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

export { evolveFund } from './events.js';
