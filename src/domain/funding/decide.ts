/**
 * Where funding commands are checked. Every command but OpenFund needs an open fund; the rules
 * for pledges and for money live beside this file, one function per command.
 */
import type { Related } from '../related.js';
import { unreachable, type Rejection } from '../shared/decider.js';
import { poundsToPence } from '../shared/money.js';
import type { FundingCommand, FundingCommandOf } from './commands.js';
import { decidePartnerAuthorisation } from './decide-authorisations.js';
import { checkCitations } from './decide-citations.js';
import { decideAllocation, decideContribution, decidePayment } from './decide-money.js';
import {
  decideAmendPledge,
  decideEndPledge,
  decidePledge,
  decideSatisfyCondition,
  decideWaiveCondition,
} from './decide-pledges.js';
import type { FundingEvent } from './events.js';
import { fundingRejection as no, type FundingRejectionCode } from './rejections.js';
import type { FundState } from './state.js';

type Decision = readonly FundingEvent[] | Rejection<FundingRejectionCode>;

/** An external award is recorded as the funder's pledge, so its cash is counted only as it arrives. */
function decideOpen(command: FundingCommandOf<'OpenFund'>): Decision {
  const { fundId, name, holder, purpose, decision } = command.data;
  const basics = { fundId, name, holder, ...(purpose === undefined ? {} : { purpose }), decision };
  switch (command.data.kind) {
    case 'pooled-pot': {
      const { perPartnerAsk, askedOrganisations } = command.data;
      const data = {
        ...basics,
        kind: 'pooled-pot' as const,
        perPartnerAskPence: poundsToPence(perPartnerAsk),
        askedOrganisations,
      };
      return [{ type: 'FundOpened', data }];
    }
    case 'grant-source': {
      const data = {
        ...basics,
        kind: 'grant-source' as const,
        openingBalancePence: poundsToPence(command.data.openingBalance),
      };
      return [{ type: 'FundOpened', data }];
    }
    case 'external-award': {
      const { funder, award } = command.data;
      return [
        { type: 'FundOpened', data: { ...basics, kind: 'external-award', funder } },
        {
          type: 'PledgeRecorded',
          data: { fundId, pledgeId: funder, organisation: funder, amountPence: poundsToPence(award), decision },
        },
      ];
    }
    default:
      return unreachable(command.data);
  }
}

/** OpenFund needs a fund not yet opened; every other command needs an open one. */
function fundStatusRejection(command: FundingCommand, state: FundState): Rejection<FundingRejectionCode> | undefined {
  const { fundId } = command.data;
  if (command.type === 'OpenFund') return state.status === 'unopened' ? undefined : no('FUND_ALREADY_OPENED', fundId);
  if (state.status === 'unopened') return no('FUND_NOT_OPENED', fundId);
  if (state.status === 'closed') return no('FUND_CLOSED', fundId);
  return undefined;
}

/** Checks a funding command against the fund's state and the streams it cites: events to record, or a rejection. */
export function decideFunding(command: FundingCommand, state: FundState, related: Related): Decision {
  const rejection = fundStatusRejection(command, state) ?? checkCitations(command, related);
  if (rejection) return rejection;
  return command.type === 'OpenFund' ? decideOpen(command) : decideOnOpenFund(command, state);
}

function decideOnOpenFund(command: Exclude<FundingCommand, { type: 'OpenFund' }>, state: FundState): Decision {
  switch (command.type) {
    case 'PledgeFunding':
      return decidePledge(command, state);
    case 'SatisfyPledgeCondition':
      return decideSatisfyCondition(command, state);
    case 'WaivePledgeCondition':
      return decideWaiveCondition(command, state);
    case 'RecordPartnerAuthorisation':
      return decidePartnerAuthorisation(command, state);
    case 'LapsePledge':
    case 'WithdrawPledge':
      return decideEndPledge(command, state);
    case 'AmendPledge':
      return decideAmendPledge(command, state);
    case 'RecordContribution':
      return decideContribution(command, state);
    case 'AllocateFunding':
      return decideAllocation(command, state);
    case 'RecordPayment':
      return decidePayment(command, state);
    case 'CloseFund':
      return [{ type: 'FundClosed', data: { fundId: command.data.fundId, reason: command.data.reason } }];
    default:
      return unreachable(command);
  }
}
