/**
 * Where funding commands are checked. OpenFund needs a fund not yet opened; every other command
 * needs an open one, and every command needs the streams it cites to hold. The rules for pledges
 * and for money live beside this file, one function per command, joined to their commands in the
 * table (index.ts) through `opening` and `onOpenFund`.
 */
import type { Related } from '../related.js';
import { rejectionsFrom, unreachable, type Rejection } from '../shared/decider.js';
import { poundsToPence } from '../shared/money.js';
import { checkCitations, citedStreams, decisionCited, type Citations } from './decide-citations.js';
import type { FundingEvent, FundingEventData } from './events.js';
import type { FundingRejectionCode } from './rejections.js';
import type { FundState } from './state.js';

/** The rejection codes of a fund as a whole, beside the rules that return them. */
export const fundMessages = {
  FUND_ALREADY_OPENED: (fundId: string) => `The fund ${fundId} is already open; choose another id for a new fund.`,
  FUND_NOT_OPENED: (fundId: string) => `There is no fund ${fundId}; open it first.`,
  FUND_CLOSED: (fundId: string) => `The fund ${fundId} is closed; nothing more can be recorded against it.`,
  FUND_MONEY_LIMIT: (what: string) =>
    `This would take the fund's ${what} over £100,000,000,000, the most one fund may record; ` +
    `open another fund for the rest.`,
} as const;

export const fundRejection = rejectionsFrom(fundMessages);
const no = fundRejection;

/**
 * OpenFund as its rules read it (its schema is in the command table): the event's fields, with each
 * sum as pounds text.
 */
export type OpenFundData = Pick<FundingEventData<'FundOpened'>, 'fundId' | 'name' | 'holder' | 'purpose' | 'decision'> &
  (
    | { kind: 'pooled-pot'; perPartnerAsk: string; askedOrganisations: string[] }
    | { kind: 'grant-source'; openingBalance: string }
    | { kind: 'external-award'; funder: string; award: string }
  );
type CloseFundData = Pick<FundingEventData<'FundClosed'>, 'fundId' | 'reason'>;

type Decision = readonly FundingEvent[] | Rejection<FundingRejectionCode>;
type Rules<D> = (data: D, state: FundState) => Decision;

/** An external award is recorded as the funder's pledge, so its cash is counted only as it arrives. */
export function decideOpen(data: OpenFundData): Decision {
  const { fundId, name, holder, purpose, decision } = data;
  const basics = { fundId, name, holder, ...(purpose === undefined ? {} : { purpose }), decision };
  switch (data.kind) {
    case 'pooled-pot': {
      const { perPartnerAsk, askedOrganisations } = data;
      const opened = {
        ...basics,
        kind: 'pooled-pot' as const,
        perPartnerAskPence: poundsToPence(perPartnerAsk),
        askedOrganisations,
      };
      return [{ type: 'FundOpened', data: opened }];
    }
    case 'grant-source': {
      const opened = {
        ...basics,
        kind: 'grant-source' as const,
        openingBalancePence: poundsToPence(data.openingBalance),
      };
      return [{ type: 'FundOpened', data: opened }];
    }
    case 'external-award': {
      const { funder, award } = data;
      return [
        { type: 'FundOpened', data: { ...basics, kind: 'external-award', funder } },
        {
          type: 'PledgeRecorded',
          data: { fundId, pledgeId: funder, organisation: funder, amountPence: poundsToPence(award), decision },
        },
      ];
    }
    default:
      return unreachable(data);
  }
}

export function decideClose({ fundId, reason }: CloseFundData): Decision {
  return [{ type: 'FundClosed', data: { fundId, reason } }];
}

/** The rules of the command that opens a fund: the fund is new, and what it cites holds. */
export function opening<D extends { fundId: string }>(rules: Rules<D>, cites: (data: D) => Citations) {
  return {
    decide: (data: D, state: FundState, related: Related): Decision =>
      (state.status === 'unopened' ? undefined : no('FUND_ALREADY_OPENED', data.fundId)) ??
      checkCitations(cites(data), related) ??
      rules(data, state),
    related: (data: D): string[] => citedStreams(cites(data)),
  };
}

/** The rules of a command on an open fund: the fund is open, and what it cites holds. */
export function onOpenFund<D extends { fundId: string }>(
  rules: Rules<D>,
  cites: (data: D) => Citations = decisionCited,
) {
  return {
    decide: (data: D, state: FundState, related: Related): Decision =>
      openFundRejection(data.fundId, state) ?? checkCitations(cites(data), related) ?? rules(data, state),
    related: (data: D): string[] => citedStreams(cites(data)),
  };
}

function openFundRejection(fundId: string, state: FundState): Rejection<FundingRejectionCode> | undefined {
  if (state.status === 'unopened') return no('FUND_NOT_OPENED', fundId);
  if (state.status === 'closed') return no('FUND_CLOSED', fundId);
  return undefined;
}
