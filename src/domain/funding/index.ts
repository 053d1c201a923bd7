/** The funding feature: funds, pledges and their conditions, contributions, allocations and payments. */
import type { Decider } from '../shared/decider.js';
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { streamId } from '../shared/identifiers.js';
import * as commands from './commands.js';
import type { FundingCommand } from './commands.js';
import { decideFunding } from './decide.js';
import type { FundingRejectionCode } from './rejections.js';
import { citedStreams } from './decide-citations.js';
import { fundingEventSchemas, type FundingEvent } from './events.js';
import { evolveFund, initialFundState, type FundState } from './state.js';
import { fundingExamples } from './examples.js';

const fundDecider: Decider<FundingCommand, FundingEvent, FundState, FundingRejectionCode> = {
  aggregate: 'fund',
  initialState: initialFundState,
  evolve: evolveFund,
  decide: decideFunding,
  streamIdOf: (command) => streamId('fund', command.data.fundId),
  related: citedStreams,
};

const finance = ['finance'] as const;

/** The funding commands: each one's schema, summary, example, URL and role, declared once. */
export const fundingCommands = {
  OpenFund: {
    schema: commands.OpenFundData,
    url: '/funds',
    roles: finance,
    summary: 'Open a fund: a pooled pot with a per-partner ask, a grant source with its opening balance, or an external award.',
    example: fundingExamples.OpenFund,
  },
  PledgeFunding: {
    schema: commands.PledgeFundingData,
    url: '/funds/:fundId/pledges',
    roles: finance,
    summary: "Record a partner's pledge to a fund; a conditional pledge is not committed until its condition is satisfied.",
    example: fundingExamples.PledgeFunding,
  },
  SatisfyPledgeCondition: {
    schema: commands.SatisfyPledgeConditionData,
    url: '/funds/:fundId/pledges/:organisation/condition-satisfied',
    roles: finance,
    summary: "Record that the condition on a partner's pledge has been met, so the pledge counts as committed.",
    example: fundingExamples.SatisfyPledgeCondition,
  },
  LapsePledge: {
    schema: commands.LapsePledgeData,
    url: '/funds/:fundId/pledges/:organisation/lapse',
    roles: finance,
    summary: 'Record that a pledge with nothing received against it has lapsed.',
    example: fundingExamples.LapsePledge,
  },
  WithdrawPledge: {
    schema: commands.WithdrawPledgeData,
    url: '/funds/:fundId/pledges/:organisation/withdrawal',
    roles: finance,
    summary: 'Record that a partner has withdrawn a pledge with nothing received against it.',
    example: fundingExamples.WithdrawPledge,
  },
  AmendPledge: {
    schema: commands.AmendPledgeData,
    url: '/funds/:fundId/pledges/:organisation/amendment',
    roles: finance,
    summary: "Change the sum of a partner's live pledge, never below what has been received.",
    example: fundingExamples.AmendPledge,
  },
  RecordContribution: {
    schema: commands.RecordContributionData,
    url: '/funds/:fundId/contributions',
    roles: finance,
    summary: 'Record money received from a partner against its pledge, or explicitly as an overpayment or unpledged.',
    example: fundingExamples.RecordContribution,
  },
  AllocateFunding: {
    schema: commands.AllocateFundingData,
    url: '/funds/:fundId/allocations',
    roles: finance,
    summary: 'Allocate part of a fund to a recipient for a purpose, within what is committable.',
    example: fundingExamples.AllocateFunding,
  },
  RecordPayment: {
    schema: commands.RecordPaymentData,
    url: '/funds/:fundId/allocations/:allocationId/payments',
    roles: finance,
    summary: 'Record money paid against an allocation, within the allocation and the cash held.',
    example: fundingExamples.RecordPayment,
  },
  CloseFund: {
    schema: commands.CloseFundData,
    url: '/funds/:fundId/closure',
    roles: finance,
    summary: 'Close a fund; nothing more can be recorded against it.',
    example: fundingExamples.CloseFund,
  },
} as const satisfies CommandTable;

export const funding: Feature = {
  name: 'funding',
  deciders: [deciderOf(fundDecider, fundingCommands, fundingEventSchemas)],
  commands: fundingCommands,
  events: fundingEventSchemas,
};

export type { FundingCommand } from './commands.js';
export type { FundingEvent } from './events.js';
export type { AllocationState, FundState, PledgeState } from './state.js';
