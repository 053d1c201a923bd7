/** The funding rules' rejection codes, each with the sentence a clerk or finance officer reads. */
import { rejectionsFrom } from '../shared/decider.js';
import { formatPence, type Pence } from '../shared/money.js';
import type { CitationRejectionCode } from '../shared/rejections.js';

export const fundingMessages = {
  PLEDGE_ALREADY_AUTHORISED: (organisation: string, amount: Pence) =>
    `The whole ${formatPence(amount)} pledged by ${organisation} is already backed by the partner's own decision; cite a new decision only after the pledge is amended upwards.`,
  FUND_ALREADY_OPENED: (fundId: string) => `The fund ${fundId} is already open; choose another id for a new fund.`,
  FUND_NOT_OPENED: (fundId: string) => `There is no fund ${fundId}; open it first.`,
  FUND_CLOSED: (fundId: string) => `The fund ${fundId} is closed; nothing more can be recorded against it.`,
  PLEDGE_ALREADY_RECORDED: (organisation: string) =>
    `${organisation} already has a live pledge to this fund; amend it rather than pledging again.`,
  NO_LIVE_PLEDGE: (organisation: string) => `${organisation} has no live pledge to this fund.`,
  PLEDGE_NOT_CONDITIONAL: (organisation: string) => `The pledge by ${organisation} carries no condition to satisfy.`,
  CONDITION_ALREADY_SATISFIED: (organisation: string) =>
    `The condition on the pledge by ${organisation} has already been satisfied.`,
  CONDITION_ALREADY_WAIVED: (organisation: string) =>
    `The condition on the pledge by ${organisation} has already been waived; the pledge already counts as committed.`,
  PLEDGE_HAS_CONTRIBUTIONS: (organisation: string, received: Pence) =>
    `${formatPence(received)} has been received against the pledge by ${organisation}; amend the pledge down to that sum instead.`,
  AMENDMENT_BELOW_RECEIVED: (received: Pence) =>
    `A pledge cannot be amended below the ${formatPence(received)} already received against it.`,
  PLEDGE_UNCHANGED: (amount: Pence) => `The pledge already stands at ${formatPence(amount)}.`,
  PLEDGE_NOT_LIVE: (organisation: string, status: string) =>
    `The pledge by ${organisation} was ${status} and takes no contributions; record the money as unpledged if it really arrived.`,
  CONTRIBUTION_EXCEEDS_PLEDGE: (outstanding: Pence) =>
    `Only ${formatPence(outstanding)} of the pledge is outstanding; record the contribution as an overpayment if that is what it is.`,
  NOT_AN_OVERPAYMENT: (outstanding: Pence) =>
    `${formatPence(outstanding)} of the pledge is outstanding, so this is not an overpayment; clear the flag.`,
  CONTRIBUTION_WITHOUT_PLEDGE: (organisation: string) =>
    `${organisation} has no pledge to this fund; record the money as unpledged if that is what it is.`,
  CONTRIBUTION_IS_PLEDGED: (organisation: string) =>
    `${organisation} has a live pledge to this fund; record the money against it, not as unpledged.`,
  ALLOCATION_ALREADY_RECORDED: (allocationId: string) =>
    `The fund already has an allocation ${allocationId}; choose another id.`,
  ALLOCATION_EXCEEDS_COMMITTABLE: (committable: Pence) =>
    `Only ${formatPence(committable)} can be allocated (opening balance and confirmed pledges, less earlier allocations).`,
  ALLOCATION_NOT_FOUND: (allocationId: string) => `The fund has no allocation ${allocationId}.`,
  PAYMENT_EXCEEDS_ALLOCATION: (remaining: Pence) => `Only ${formatPence(remaining)} of the allocation is left to pay.`,
  FUND_MONEY_LIMIT: (what: string) =>
    `This would take the fund's ${what} over £100,000,000,000, the most one fund may record; open another fund for the rest.`,
  PAYMENT_EXCEEDS_CASH: (cash: Pence) => `The fund holds only ${formatPence(cash)} in cash.`,
} as const;

export type FundingRejectionCode = keyof typeof fundingMessages | CitationRejectionCode;

export const fundingRejection = rejectionsFrom(fundingMessages);
