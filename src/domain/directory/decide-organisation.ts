/** The rules for one organisation's stream: registered once, renamed and dissolved only while it exists. */
import { unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import { organisationCommandTypes, type DissolveOrganisation, type OrganisationCommand } from './commands.js';
import type { OrganisationEvent } from './events.js';
import { directoryRejections as no } from './rejections.js';
import { evolveOrganisation, initialOrganisationState, type OrganisationState } from './state-organisation.js';

function decide(command: OrganisationCommand, state: OrganisationState, related: Related): readonly OrganisationEvent[] | Rejection {
  switch (command.type) {
    case 'RegisterOrganisation':
      if (state.status !== 'unregistered') return no.organisationAlreadyRegistered(command.data.organisationId);
      return [{ type: 'OrganisationRegistered', data: command.data }];
    case 'RenameOrganisation': {
      const standing = mustBeRegistered(state, command.data.organisationId);
      if (standing) return standing;
      if (state.name === command.data.name) return no.nameUnchanged(state.name);
      return [{ type: 'OrganisationRenamed', data: { ...command.data, previousName: state.name } }];
    }
    case 'DissolveOrganisation':
      return dissolve(command, state, related);
    default:
      return unreachable(command);
  }
}

function mustBeRegistered(state: OrganisationState, id: string): Rejection | undefined {
  if (state.status === 'unregistered') return no.organisationNotRegistered(id);
  if (state.status === 'dissolved') return no.organisationDissolved(id, state.dissolvedOn ?? '');
  return undefined;
}

function dissolve(command: DissolveOrganisation, state: OrganisationState, related: Related): readonly OrganisationEvent[] | Rejection {
  const { organisationId, successorId, dissolvedOn } = command.data;
  const standing = mustBeRegistered(state, organisationId);
  if (standing) return standing;
  if (successorId !== undefined) {
    if (successorId === organisationId) return no.successorIsItself(organisationId);
    const successor = relatedState<OrganisationState>(related, 'organisation', successorId);
    if (!successor || successor.status === 'unregistered') return no.organisationNotRegistered(successorId);
    // A successor dissolved on or before this date could not have taken over the functions.
    if (successor.dissolvedOn !== undefined && successor.dissolvedOn <= dissolvedOn) {
      return no.organisationDissolved(successorId, successor.dissolvedOn);
    }
  }
  return [{ type: 'OrganisationDissolved', data: command.data }];
}

/** The organisation aggregate: stream `organisation-<id>`. */
export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> & {
  readonly commandTypes: readonly string[];
} = {
  aggregate: 'organisation',
  commandTypes: organisationCommandTypes,
  initialState: initialOrganisationState,
  evolve: evolveOrganisation,
  decide,
  streamIdOf: (command) => streamId('organisation', command.data.organisationId),
  related: (command) =>
    command.type === 'DissolveOrganisation' && command.data.successorId !== undefined
      ? [streamId('organisation', command.data.successorId)]
      : [],
};
