/** The rules for pledges: one live pledge per organisation, conditions, lapses, withdrawals, amendments. */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { formatPence, MAX_FUND_MONEY_PENCE, poundsToPence, ZERO_PENCE, type Pence } from '../shared/money.js';
import { fundRejection } from './decide.js';
import { authorisationEvents, citationOf } from './decide-authorisations.js';
import type { FundingEvent, FundingEventData } from './events.js';
import type { FundingRejectionCode } from './rejections.js';
import { livePledgedPence, livePledgeOf, type FundState, type PledgeState } from './state.js';
import type { PartnerAuthorisation } from './partner-authorisation.js';

/** The pledge rules' rejection codes. */
export const pledgeMessages = {
  PLEDGE_ALREADY_RECORDED: (organisation: string) =>
    `${organisation} already has a live pledge to this fund; amend it rather than pledging again.`,
  NO_LIVE_PLEDGE: (organisation: string) => `${organisation} has no live pledge to this fund.`,
  PLEDGE_NOT_CONDITIONAL: (organisation: string) => `The pledge by ${organisation} carries no condition to satisfy.`,
  CONDITION_ALREADY_SATISFIED: (organisation: string) =>
    `The condition on the pledge by ${organisation} has already been satisfied.`,
  CONDITION_ALREADY_WAIVED: (organisation: string) =>
    `The condition on the pledge by ${organisation} has already been waived; the pledge already counts as committed.`,
  PLEDGE_HAS_CONTRIBUTIONS: (organisation: string, received: Pence) =>
    `${formatPence(received)} has been received against the pledge by ${organisation}; amend ` +
    `the pledge down to that sum instead.`,
  AMENDMENT_BELOW_RECEIVED: (received: Pence) =>
    `A pledge cannot be amended below the ${formatPence(received)} already received against it.`,
  PLEDGE_UNCHANGED: (amount: Pence) => `The pledge already stands at ${formatPence(amount)}.`,
} as const;

export const pledgeRejection = rejectionsFrom(pledgeMessages);
const no = pledgeRejection;

/** Each command as its rules read it (its schema is in the command table): its event's fields, sums as pounds text. */
export type PledgeFundingData = Pick<
  FundingEventData<'PledgeRecorded'>,
  'fundId' | 'organisation' | 'condition' | 'decision'
> & {
  amount: string;
  partnerAuthorisation?: PartnerAuthorisation | undefined;
};
type SatisfyPledgeConditionData = Pick<
  FundingEventData<'PledgeConditionSatisfied'>,
  'fundId' | 'organisation' | 'note' | 'partnerAuthorisation'
>;
type WaivePledgeConditionData = Pick<FundingEventData<'PledgeConditionWaived'>, 'fundId' | 'organisation' | 'reason'>;
type LapsePledgeData = Pick<FundingEventData<'PledgeLapsed'>, 'fundId' | 'organisation' | 'reason'>;
type WithdrawPledgeData = Pick<FundingEventData<'PledgeWithdrawn'>, 'fundId' | 'organisation' | 'reason'>;
type AmendPledgeData = Pick<FundingEventData<'PledgeAmended'>, 'fundId' | 'organisation' | 'reason' | 'decision'> & {
  amount: string;
};

type Decision = readonly FundingEvent[] | Rejection<FundingRejectionCode>;

/** An organisation's second and later pledges to a fund get a numbered id, so contributions stay traceable. */
function nextPledgeId(state: FundState, organisation: string): string {
  const sequence = (state.pledges[organisation]?.sequence ?? 0) + 1;
  return sequence === 1 ? organisation : `${organisation}-${sequence}`;
}

export function decidePledge(data: PledgeFundingData, state: FundState): Decision {
  const { fundId, organisation, condition, decision, partnerAuthorisation } = data;
  if (livePledgeOf(state, organisation)) return no('PLEDGE_ALREADY_RECORDED', organisation);
  const amountPence = poundsToPence(data.amount);
  if (livePledgedPence(state) + amountPence > MAX_FUND_MONEY_PENCE)
    return fundRejection('FUND_MONEY_LIMIT', 'live pledges');
  const pledgeId = nextPledgeId(state, organisation);
  const recorded: FundingEvent = {
    type: 'PledgeRecorded',
    data: { fundId, pledgeId, organisation, amountPence, condition, decision },
  };
  if (!partnerAuthorisation) return [recorded];
  const newPledge = { pledgeId, amountPence, authorisedPence: ZERO_PENCE };
  return [recorded, ...authorisationEvents(fundId, organisation, newPledge, partnerAuthorisation)];
}

/** A condition is settled once, met or waived: the live pledge whose condition is still pending. */
function pendingPledge(state: FundState, organisation: string): PledgeState | Rejection<FundingRejectionCode> {
  const pledge = livePledgeOf(state, organisation);
  if (!pledge) return no('NO_LIVE_PLEDGE', organisation);
  if (pledge.condition === 'none') return no('PLEDGE_NOT_CONDITIONAL', organisation);
  if (pledge.condition === 'satisfied') return no('CONDITION_ALREADY_SATISFIED', organisation);
  if (pledge.condition === 'waived') return no('CONDITION_ALREADY_WAIVED', organisation);
  return pledge;
}

export function decideSatisfyCondition(data: SatisfyPledgeConditionData, state: FundState): Decision {
  const { fundId, organisation, note, partnerAuthorisation } = data;
  const pledge = pendingPledge(state, organisation);
  if (isRejection(pledge)) return pledge;
  const satisfied = { fundId, pledgeId: pledge.pledgeId, organisation, amountPence: pledge.amountPence, note };
  if (!partnerAuthorisation) return [{ type: 'PledgeConditionSatisfied', data: satisfied }];
  const citation = citationOf(partnerAuthorisation);
  const withCitation = { ...satisfied, partnerAuthorisation: citation };
  return [
    { type: 'PledgeConditionSatisfied', data: withCitation },
    ...authorisationEvents(fundId, organisation, pledge, citation),
  ];
}

/** A waived condition commits the pledge's whole sum, as a met one does; the reason says who waived it. */
export function decideWaiveCondition(data: WaivePledgeConditionData, state: FundState): Decision {
  const { fundId, organisation, reason } = data;
  const pledge = pendingPledge(state, organisation);
  if (isRejection(pledge)) return pledge;
  const waived = { fundId, pledgeId: pledge.pledgeId, organisation, amountPence: pledge.amountPence, reason };
  return [{ type: 'PledgeConditionWaived', data: waived }];
}

/** A pledge can only end unpaid: once money has come in against it, it is amended down instead. */
function endablePledge(state: FundState, organisation: string): PledgeState | Rejection<FundingRejectionCode> {
  const pledge = livePledgeOf(state, organisation);
  if (!pledge) return no('NO_LIVE_PLEDGE', organisation);
  if (pledge.receivedPence > 0) return no('PLEDGE_HAS_CONTRIBUTIONS', organisation, pledge.receivedPence);
  return pledge;
}

/** The pledge as it ends: what was promised, whether its condition was still pending, and why. */
function endedPledge(data: LapsePledgeData | WithdrawPledgeData, state: FundState) {
  const { fundId, organisation, reason } = data;
  const pledge = endablePledge(state, organisation);
  if (isRejection(pledge)) return pledge;
  return {
    fundId,
    pledgeId: pledge.pledgeId,
    organisation,
    amountPence: pledge.amountPence,
    conditionPending: pledge.condition === 'pending',
    reason,
    ...(pledge.authorisedPence > 0 ? { authorisedPence: pledge.authorisedPence } : {}),
  };
}

export function decideLapse(data: LapsePledgeData, state: FundState): Decision {
  const ended = endedPledge(data, state);
  return isRejection(ended) ? ended : [{ type: 'PledgeLapsed', data: ended }];
}

export function decideWithdrawal(data: WithdrawPledgeData, state: FundState): Decision {
  const ended = endedPledge(data, state);
  return isRejection(ended) ? ended : [{ type: 'PledgeWithdrawn', data: ended }];
}

export function decideAmendPledge(data: AmendPledgeData, state: FundState): Decision {
  const { fundId, organisation, reason, decision } = data;
  const pledge = livePledgeOf(state, organisation);
  if (!pledge) return no('NO_LIVE_PLEDGE', organisation);
  const amountPence = poundsToPence(data.amount);
  if (amountPence === pledge.amountPence) return no('PLEDGE_UNCHANGED', amountPence);
  if (amountPence < pledge.receivedPence) return no('AMENDMENT_BELOW_RECEIVED', pledge.receivedPence);
  if (livePledgedPence(state) - pledge.amountPence + amountPence > MAX_FUND_MONEY_PENCE)
    return fundRejection('FUND_MONEY_LIMIT', 'live pledges');
  const amended = {
    fundId,
    pledgeId: pledge.pledgeId,
    organisation,
    previousAmountPence: pledge.amountPence,
    amountPence,
    conditionPending: pledge.condition === 'pending',
    reason,
    decision,
  };
  return [{ type: 'PledgeAmended', data: amended }];
}
