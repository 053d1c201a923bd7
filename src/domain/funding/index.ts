/** The funding feature: funds, pledges and their conditions, contributions, allocations and payments. */
import type { Decider } from '../shared/decider.js';
import type { Feature } from '../shared/feature.js';
import { streamId } from '../shared/identifiers.js';
import * as commands from './commands.js';
import type { FundingCommand } from './commands.js';
import { decideFunding } from './decide.js';
import { citedStreams } from './decide-citations.js';
import { fundingEventSchemas, type FundingEvent } from './events.js';
import { evolveFund, initialFundState, type FundState } from './state.js';
import { fundingExamples } from './examples.js';

const fundDecider: Decider<FundingCommand, FundingEvent, FundState> & { readonly commandTypes: readonly FundingCommand['type'][] } = {
  aggregate: 'fund',
  initialState: initialFundState,
  evolve: evolveFund,
  decide: decideFunding,
  streamIdOf: (command) => streamId('fund', command.data.fundId),
  related: citedStreams,
  commandTypes: [
    'OpenFund',
    'PledgeFunding',
    'SatisfyPledgeCondition',
    'RecordPartnerAuthorisation',
    'LapsePledge',
    'WithdrawPledge',
    'AmendPledge',
    'RecordContribution',
    'AllocateFunding',
    'RecordPayment',
    'CloseFund',
  ],
};

export const funding: Feature = {
  name: 'funding',
  deciders: [fundDecider],
  commands: {
    OpenFund: {
      schema: commands.OpenFund,
      summary: 'Open a fund: a pooled pot with a per-partner ask, a grant source with its opening balance, or an external award.',
      example: fundingExamples.OpenFund,
    },
    PledgeFunding: {
      schema: commands.PledgeFunding,
      summary: "Record a partner's pledge to a fund; a conditional pledge is not committed until its condition is satisfied.",
      example: fundingExamples.PledgeFunding,
    },
    SatisfyPledgeCondition: {
      schema: commands.SatisfyPledgeCondition,
      summary: "Record that the condition on a partner's pledge has been met, so the pledge counts as committed.",
      example: fundingExamples.SatisfyPledgeCondition,
    },
    RecordPartnerAuthorisation: {
      schema: commands.RecordPartnerAuthorisation,
      summary: "Cite the partner's own decision (its cabinet, a committee or an officer) that authorises its live pledge.",
      example: fundingExamples.RecordPartnerAuthorisation,
    },
    LapsePledge: {
      schema: commands.LapsePledge,
      summary: 'Record that a pledge with nothing received against it has lapsed.',
      example: fundingExamples.LapsePledge,
    },
    WithdrawPledge: {
      schema: commands.WithdrawPledge,
      summary: 'Record that a partner has withdrawn a pledge with nothing received against it.',
      example: fundingExamples.WithdrawPledge,
    },
    AmendPledge: {
      schema: commands.AmendPledge,
      summary: "Change the sum of a partner's live pledge, never below what has been received.",
      example: fundingExamples.AmendPledge,
    },
    RecordContribution: {
      schema: commands.RecordContribution,
      summary: 'Record money received from a partner against its pledge, or explicitly as an overpayment or unpledged.',
      example: fundingExamples.RecordContribution,
    },
    AllocateFunding: {
      schema: commands.AllocateFunding,
      summary: 'Allocate part of a fund to a recipient for a purpose, within what is committable.',
      example: fundingExamples.AllocateFunding,
    },
    RecordPayment: {
      schema: commands.RecordPayment,
      summary: 'Record money paid against an allocation, within the allocation and the cash held.',
      example: fundingExamples.RecordPayment,
    },
    CloseFund: {
      schema: commands.CloseFund,
      summary: 'Close a fund; nothing more can be recorded against it.',
      example: fundingExamples.CloseFund,
    },
  },
  events: fundingEventSchemas,
};

export type { FundingCommand } from './commands.js';
export type { FundingEvent } from './events.js';
export type { AllocationState, FundState, PledgeState } from './state.js';
