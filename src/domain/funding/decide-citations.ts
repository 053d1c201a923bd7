/**
 * Rules that read other streams: organisations a command names must be in the directory, a body
 * receiving an allocation must be established, and a cited decision must exist and be in force.
 * A dissolved organisation still counts as registered, because minutes are often recorded long
 * after the meeting, when a partner may since have been replaced (a CCG by an ICB).
 */
import type { DecisionReference } from '../shared/references.js';
import type { ProposalState } from '../decisions/state.js';
import type { BodyState, OrganisationState } from '../directory/state.js';
import { relatedState, type Related } from '../related.js';
import { establishedBody, registeredOrganisation, resolutionInForce } from '../shared/citations.js';
import { isRejection, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import type { OpenFundData } from './decide.js';
import type { AllocateFundingData, RecordContributionData } from './decide-money.js';
import type { PledgeFundingData } from './decide-pledges.js';

/** The other streams a funding command names, each of which must hold for the command to stand. */
export interface Citations {
  readonly organisations: readonly string[];
  readonly bodies: readonly string[];
  readonly decisions: readonly DecisionReference[];
}

/** A command that cites at most the decision that authorised it (in its `decision` field). */
export function decisionCited(data: object): Citations {
  const decision = 'decision' in data ? (data.decision as DecisionReference | undefined) : undefined;
  return { organisations: [], bodies: [], decisions: decision ? [decision] : [] };
}

/** The holder, the partners asked (or the outside funder), and the authorising decision. */
export function fundCites(data: OpenFundData): Citations {
  const named =
    data.kind === 'pooled-pot' ? data.askedOrganisations : data.kind === 'external-award' ? [data.funder] : [];
  return { ...decisionCited(data), organisations: [data.holder, ...named] };
}

export function pledgeCites(data: PledgeFundingData): Citations {
  return { ...decisionCited(data), organisations: [data.organisation] };
}

/** Money from a partner with a pledge was checked when the pledge was made. */
export function contributionCites(data: RecordContributionData): Citations {
  return { ...decisionCited({}), organisations: data.unpledged ? [data.organisation] : [] };
}

export function allocationCites(data: AllocateFundingData): Citations {
  const { kind, id } = data.recipient;
  return {
    ...decisionCited(data),
    organisations: kind === 'organisation' ? [id] : [],
    bodies: kind === 'body' ? [id] : [],
  };
}

/** The streams `decide` reads for these citations, for the runner to load. */
export function citedStreams({ organisations, bodies, decisions }: Citations): string[] {
  return [
    ...organisations.map((id) => streamId('organisation', id)),
    ...bodies.map((id) => streamId('body', id)),
    ...decisions.map((decision) => streamId('proposal', decision.proposalId)),
  ];
}

/** The first citation that does not hold, or undefined when every one does. */
export function checkCitations(
  { organisations, bodies, decisions }: Citations,
  related: Related,
): Rejection<CitationRejectionCode> | undefined {
  const checks = [
    ...organisations.map((id) =>
      registeredOrganisation(relatedState<OrganisationState>(related, 'organisation', id), id),
    ),
    ...bodies.map((id) => establishedBody(relatedState<BodyState>(related, 'body', id), id)),
    ...decisions.map((decision) =>
      resolutionInForce(relatedState<ProposalState>(related, 'proposal', decision.proposalId), decision),
    ),
  ];
  for (const check of checks) if (isRejection(check)) return check;
  return undefined;
}
