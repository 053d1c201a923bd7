/**
 * Named fixtures from the seed minutes: the ten partners of Leadership Gloucestershire in 2016,
 * the devolution-capacity pot (minute 5 of 27 October 2016), the historic LAA Reward Grant and the
 * £35,000 community safety allocation (minute 3), and the £220,000 One Public Estate award (2018).
 */
import { evolveProposal, initialProposalState, type ProposalState } from '../../../src/domain/decisions/state.js';
import {
  evolveBody,
  evolveOrganisation,
  initialBodyState,
  initialOrganisationState,
} from '../../../src/domain/directory/state.js';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import { fundDecider } from '../../../src/domain/funding/index.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import { funding } from '../../../src/domain/funding/index.js';
import { evolveFund, initialFundState, type FundState } from '../../../src/domain/funding/state.js';
import { relatedFrom, type Related } from '../../../src/domain/related.js';
import { pence, type Pence } from '../../../src/domain/shared/money.js';
import { eventsOrCode } from '../shared/given.js';

export const partners = [
  'gloucestershire-county-council',
  'stroud-district-council',
  'gloucester-city-council',
  'forest-of-dean-district-council',
  'cheltenham-borough-council',
  'cotswold-district-council',
  'tewkesbury-borough-council',
  'office-of-the-pcc',
  'nhs-gloucestershire-ccg',
  'gfirst-lep',
] as const;

export const pccCondition = "The PCC's remit is included through public service reform";
export const devolutionDecision = { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' };
export const communitySafetyDecision = { proposalId: 'lg-2016-10-27-item-3', resolution: 'b' };
export const csp = 'gloucestershire-community-safety-partnership';
export const opeFunder = 'one-public-estate-programme';

export const pounds = (whole: number): Pence => pence(whole * 100);

function proposal(id: string, item: string, letters: readonly string[]): ProposalState {
  return letters.reduce(
    (state, resolution) =>
      evolveProposal(state, {
        type: 'ResolutionRecorded',
        data: { proposalId: id, meetingId: 'lg-2016-10-27', item, resolution, text: `Minute ${item} ${resolution})` },
      }),
    initialProposalState,
  );
}

function registered(id: string) {
  return evolveOrganisation(initialOrganisationState, {
    type: 'OrganisationRegistered',
    data: { organisationId: id, name: id, type: 'other' },
  });
}

const communitySafetyPartnership = evolveBody(initialBodyState, {
  type: 'BodyEstablished',
  data: {
    bodyId: csp,
    name: 'Gloucestershire Community Safety Partnership',
    type: 'strategic-partnership',
    establishedOn: '2016-10-27',
  },
});

function directoryAndDecisions(proposals: Record<string, ProposalState>): Related {
  const states = new Map<string, unknown>();
  for (const id of [...partners, opeFunder]) states.set(`organisation-${id}`, registered(id));
  states.set(`body-${csp}`, communitySafetyPartnership);
  for (const [id, state] of Object.entries(proposals)) states.set(`proposal-${id}`, state);
  return relatedFrom(states);
}

const minutes = {
  'lg-2016-10-27-item-3': proposal('lg-2016-10-27-item-3', '3', ['a', 'b', 'c']),
  'lg-2016-10-27-item-5': proposal('lg-2016-10-27-item-5', '5', ['a', 'b']),
};

/** The directory and the minutes of 27 October 2016 as the ledger would hold them. */
export const seedRelated = directoryAndDecisions(minutes);

/** A hypothetical: the same, had a later meeting rescinded minute 5 a). */
export const rescindedRelated = directoryAndDecisions({
  ...minutes,
  'lg-2016-10-27-item-5': evolveProposal(minutes['lg-2016-10-27-item-5'], {
    type: 'DecisionRescinded',
    data: { proposalId: 'lg-2016-10-27-item-5', resolution: 'a', meetingId: 'lg-2016-12-15', reason: 'Superseded' },
  }),
});

/** Builds a command the way the runner does: its data validated (and defaulted) by the command's schema. */
export function command<T extends FundingCommand['type']>(
  type: T,
  data: Record<string, unknown>,
): Extract<FundingCommand, { type: T }> {
  const definition = funding.commands[type];
  if (!definition) throw new Error(`no definition for ${type}`);
  return { type, data: definition.schema.parse(data) } as Extract<FundingCommand, { type: T }>;
}

export function fold(events: readonly FundingEvent[]): FundState {
  return events.reduce(evolveFund, initialFundState);
}

/** Given events, when a command (against the seed directory and minutes unless told): its events, or the code. */
export function when(
  given: readonly FundingEvent[],
  cmd: FundingCommand,
  related: Related = seedRelated,
): readonly FundingEvent[] | string {
  return eventsOrCode(fundDecider, given, cmd, related);
}

export const devolutionOpened: FundingEvent = {
  type: 'FundOpened',
  data: {
    fundId: 'devolution-capacity',
    name: 'Devolution capacity',
    kind: 'pooled-pot',
    holder: 'gloucestershire-county-council',
    perPartnerAskPence: pounds(10_000),
    askedOrganisations: [...partners],
    decision: devolutionDecision,
  },
};

export const laaGrantOpened: FundingEvent = {
  type: 'FundOpened',
  data: {
    fundId: 'laa-reward-grant',
    name: 'Historic Local Area Agreement Reward Grant',
    kind: 'grant-source',
    holder: 'gloucestershire-county-council',
    openingBalancePence: pounds(250_000),
  },
};

export function pledged(
  organisation: string,
  amount: Pence,
  condition?: string,
  pledgeId = organisation,
): FundingEvent {
  const data = {
    fundId: 'devolution-capacity',
    pledgeId,
    organisation,
    amountPence: amount,
    decision: devolutionDecision,
  };
  return { type: 'PledgeRecorded', data: condition ? { ...data, condition } : data };
}

export function received(
  organisation: string,
  amount: Pence,
  receivedOn: string,
  flags: { overpayment?: boolean; unpledged?: boolean } = {},
): FundingEvent {
  const unpledged = flags.unpledged ?? false;
  return {
    type: 'ContributionRecorded',
    data: {
      fundId: 'devolution-capacity',
      organisation,
      pledgeId: unpledged ? null : organisation,
      amountPence: amount,
      receivedOn,
      remittanceReference: `REM-${organisation}-${receivedOn}`,
      overpayment: flags.overpayment ?? false,
      unpledged,
    },
  };
}

export const cspAllocated: FundingEvent = {
  type: 'FundingAllocated',
  data: {
    fundId: 'laa-reward-grant',
    allocationId: 'community-safety-implementation',
    recipient: { kind: 'body', id: csp },
    purpose: 'Implementation phase',
    amountPence: pounds(35_000),
    decision: communitySafetyDecision,
  },
};

export function paid(amount: Pence, paidOn: string, reference: string, fundId = 'laa-reward-grant'): FundingEvent {
  return {
    type: 'PaymentRecorded',
    data: { fundId, allocationId: 'community-safety-implementation', amountPence: amount, paidOn, reference },
  };
}
