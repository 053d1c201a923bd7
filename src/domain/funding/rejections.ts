/** The funding rules' rejection codes, each with the sentence a clerk or finance officer reads. */
import { reject, type Rejection } from '../shared/decider.js';
import { formatPence, type Pence } from '../shared/money.js';

function cited(decision: { proposalId: string; resolution: string }): string {
  return `resolution ${decision.resolution} of ${decision.proposalId}`;
}

export const fundingRejections = {
  organisationNotRegistered: (organisationId: string) =>
    reject('ORGANISATION_NOT_REGISTERED', `${organisationId} is not in the directory; register the organisation first.`),
  bodyNotEstablished: (bodyId: string) =>
    reject('BODY_NOT_ESTABLISHED', `${bodyId} is not an established body; establish it in the directory first.`),
  decisionNotFound: (decision: { proposalId: string; resolution: string }) =>
    reject('DECISION_NOT_FOUND', `The ledger has no ${cited(decision)}; record the decision before citing it.`),
  decisionNotInForce: (decision: { proposalId: string; resolution: string }) =>
    reject('DECISION_NOT_IN_FORCE', `${cited(decision)} has been rescinded and can no longer authorise anything.`),
  fundAlreadyOpened: (fundId: string) =>
    reject('FUND_ALREADY_OPENED', `The fund ${fundId} is already open; choose another id for a new fund.`),
  fundNotOpened: (fundId: string) => reject('FUND_NOT_OPENED', `There is no fund ${fundId}; open it first.`),
  fundClosed: (fundId: string) =>
    reject('FUND_CLOSED', `The fund ${fundId} is closed; nothing more can be recorded against it.`),
  pledgeAlreadyRecorded: (organisation: string) =>
    reject('PLEDGE_ALREADY_RECORDED', `${organisation} already has a live pledge to this fund; amend it rather than pledging again.`),
  noLivePledge: (organisation: string) =>
    reject('NO_LIVE_PLEDGE', `${organisation} has no live pledge to this fund.`),
  pledgeNotConditional: (organisation: string) =>
    reject('PLEDGE_NOT_CONDITIONAL', `The pledge by ${organisation} carries no condition to satisfy.`),
  conditionAlreadySatisfied: (organisation: string) =>
    reject('CONDITION_ALREADY_SATISFIED', `The condition on the pledge by ${organisation} has already been satisfied.`),
  pledgeAlreadyAuthorised: (organisation: string, amount: Pence) =>
    reject(
      'PLEDGE_ALREADY_AUTHORISED',
      `The whole ${formatPence(amount)} pledged by ${organisation} is already backed by the partner's own decision; cite a new decision only after the pledge is amended upwards.`,
    ),
  pledgeHasContributions: (organisation: string, received: Pence) =>
    reject(
      'PLEDGE_HAS_CONTRIBUTIONS',
      `${formatPence(received)} has been received against the pledge by ${organisation}; amend the pledge down to that sum instead.`,
    ),
  amendmentBelowReceived: (received: Pence) =>
    reject('AMENDMENT_BELOW_RECEIVED', `A pledge cannot be amended below the ${formatPence(received)} already received against it.`),
  pledgeUnchanged: (amount: Pence) =>
    reject('PLEDGE_UNCHANGED', `The pledge already stands at ${formatPence(amount)}.`),
  pledgeNotLive: (organisation: string, status: string) =>
    reject(
      'PLEDGE_NOT_LIVE',
      `The pledge by ${organisation} was ${status} and takes no contributions; record the money as unpledged if it really arrived.`,
    ),
  contributionExceedsPledge: (outstanding: Pence) =>
    reject(
      'CONTRIBUTION_EXCEEDS_PLEDGE',
      `Only ${formatPence(outstanding)} of the pledge is outstanding; record the contribution as an overpayment if that is what it is.`,
    ),
  notAnOverpayment: (outstanding: Pence) =>
    reject('NOT_AN_OVERPAYMENT', `${formatPence(outstanding)} of the pledge is outstanding, so this is not an overpayment; clear the flag.`),
  contributionWithoutPledge: (organisation: string) =>
    reject('CONTRIBUTION_WITHOUT_PLEDGE', `${organisation} has no pledge to this fund; record the money as unpledged if that is what it is.`),
  contributionIsPledged: (organisation: string) =>
    reject('CONTRIBUTION_IS_PLEDGED', `${organisation} has a live pledge to this fund; record the money against it, not as unpledged.`),
  allocationAlreadyRecorded: (allocationId: string) =>
    reject('ALLOCATION_ALREADY_RECORDED', `The fund already has an allocation ${allocationId}; choose another id.`),
  allocationExceedsCommittable: (committable: Pence) =>
    reject(
      'ALLOCATION_EXCEEDS_COMMITTABLE',
      `Only ${formatPence(committable)} can be allocated (opening balance and confirmed pledges, less earlier allocations).`,
    ),
  allocationNotFound: (allocationId: string) =>
    reject('ALLOCATION_NOT_FOUND', `The fund has no allocation ${allocationId}.`),
  paymentExceedsAllocation: (remaining: Pence) =>
    reject('PAYMENT_EXCEEDS_ALLOCATION', `Only ${formatPence(remaining)} of the allocation is left to pay.`),
  fundMoneyLimit: (what: string) =>
    reject(
      'FUND_MONEY_LIMIT',
      `This would take the fund's ${what} over £100,000,000,000, the most one fund may record; open another fund for the rest.`,
    ),
  paymentExceedsCash: (cash: Pence) =>
    reject('PAYMENT_EXCEEDS_CASH', `The fund holds only ${formatPence(cash)} in cash.`),
} satisfies Record<string, (...args: never[]) => Rejection>;
