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
import type { FundingCommand } from './commands.js';

interface Citations {
  readonly organisations: readonly string[];
  readonly bodies: readonly string[];
  readonly decisions: readonly DecisionReference[];
}

function citationsOf(command: FundingCommand): Citations {
  const decisions = 'decision' in command.data && command.data.decision ? [command.data.decision] : [];
  switch (command.type) {
    case 'OpenFund': {
      const { data } = command;
      const named =
        data.kind === 'pooled-pot' ? data.askedOrganisations : data.kind === 'external-award' ? [data.funder] : [];
      return { organisations: [data.holder, ...named], bodies: [], decisions };
    }
    case 'PledgeFunding':
      return { organisations: [command.data.organisation], bodies: [], decisions };
    case 'RecordContribution':
      // Money from a partner with a pledge was checked when the pledge was made.
      return { organisations: command.data.unpledged ? [command.data.organisation] : [], bodies: [], decisions };
    case 'AllocateFunding': {
      const { kind, id } = command.data.recipient;
      return { organisations: kind === 'organisation' ? [id] : [], bodies: kind === 'body' ? [id] : [], decisions };
    }
    default:
      return { organisations: [], bodies: [], decisions };
  }
}

/** The streams `decide` reads for this command, for the runner to load. */
export function citedStreams(command: FundingCommand): string[] {
  const { organisations, bodies, decisions } = citationsOf(command);
  return [
    ...organisations.map((id) => streamId('organisation', id)),
    ...bodies.map((id) => streamId('body', id)),
    ...decisions.map((decision) => streamId('proposal', decision.proposalId)),
  ];
}

/** The first citation that does not hold, or undefined when every one does. */
export function checkCitations(
  command: FundingCommand,
  related: Related,
): Rejection<CitationRejectionCode> | undefined {
  const { organisations, bodies, decisions } = citationsOf(command);
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
