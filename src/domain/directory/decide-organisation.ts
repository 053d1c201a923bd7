/** The rules for one organisation's stream: registered once, renamed and dissolved only while it exists. */
import { isRejection, unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import { type DissolveOrganisation, type OrganisationCommand } from './commands.js';
import type { OrganisationEvent } from './events.js';
import { directoryRejection as no, type DirectoryRejectionCode } from './rejections.js';
import { citationRejection as cited } from '../shared/rejections.js';
import { registeredOrganisation } from '../shared/citations.js';
import { evolveOrganisation, initialOrganisationState, type OrganisationState } from './state-organisation.js';

type Outcome = readonly OrganisationEvent[] | Rejection<DirectoryRejectionCode>;

function decide(command: OrganisationCommand, state: OrganisationState, related: Related): Outcome {
  switch (command.type) {
    case 'RegisterOrganisation': {
      if (state.status !== 'unregistered') return no('ORGANISATION_ALREADY_REGISTERED', command.data.organisationId);
      const { organisationId, name, type, identifier } = command.data;
      return [{ type: 'OrganisationRegistered', data: { organisationId, name, type, identifier } }];
    }
    case 'RenameOrganisation': {
      const standing = mustBeRegistered(state, command.data.organisationId);
      if (standing) return standing;
      if (state.name === command.data.name) return no('ORGANISATION_NAME_UNCHANGED', state.name);
      return [{ type: 'OrganisationRenamed', data: { ...command.data, previousName: state.name } }];
    }
    case 'DissolveOrganisation':
      return dissolve(command, state, related);
    default:
      return unreachable(command);
  }
}

function mustBeRegistered(state: OrganisationState, id: string): Rejection<DirectoryRejectionCode> | undefined {
  if (state.status === 'unregistered') return cited('ORGANISATION_NOT_REGISTERED', id);
  if (state.status === 'dissolved') return cited('ORGANISATION_DISSOLVED', id, state.dissolvedOn ?? '');
  return undefined;
}

function dissolve(command: DissolveOrganisation, state: OrganisationState, related: Related): Outcome {
  const { organisationId, successorId, dissolvedOn } = command.data;
  const standing = mustBeRegistered(state, organisationId);
  if (standing) return standing;
  if (successorId !== undefined) {
    if (successorId === organisationId) return no('SUCCESSOR_IS_ITSELF', organisationId);
    const successor = registeredOrganisation(
      relatedState<OrganisationState>(related, 'organisation', successorId),
      successorId,
    );
    if (isRejection(successor)) return successor;
    // A successor dissolved on or before this date could not have taken over the functions.
    if (successor.dissolvedOn !== undefined && successor.dissolvedOn <= dissolvedOn) {
      return cited('ORGANISATION_DISSOLVED', successorId, successor.dissolvedOn);
    }
  }
  const { reason } = command.data;
  return [{ type: 'OrganisationDissolved', data: { organisationId, dissolvedOn, successorId, reason } }];
}

/** The organisation aggregate: stream `organisation-<id>`. */
export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState,
  DirectoryRejectionCode
> = {
  aggregate: 'organisation',
  initialState: initialOrganisationState,
  evolve: evolveOrganisation,
  decide,
  streamIdOf: (command) => streamId('organisation', command.data.organisationId),
  related: (command) =>
    command.type === 'DissolveOrganisation' && command.data.successorId !== undefined
      ? [streamId('organisation', command.data.successorId)]
      : [],
};
