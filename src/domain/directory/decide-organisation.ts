/** The rules for one organisation's stream: registered once, renamed and dissolved only while it exists. */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import type { OrganisationEvent, OrganisationEventData } from './events.js';
import type { DirectoryRejectionCode } from './rejections.js';
import { citationRejection as cited } from '../shared/rejections.js';
import { registeredOrganisation } from '../shared/citations.js';
import type { OrganisationState } from './state-organisation.js';

/** The organisation rules' rejection codes. */
export const organisationMessages = {
  ORGANISATION_ALREADY_REGISTERED: (id: string) =>
    `The organisation ${id} is already in the directory; an id is registered once and never reused.`,
  ORGANISATION_NAME_UNCHANGED: (name: string) => `The organisation is already called ${name}; nothing to rename.`,
  SUCCESSOR_IS_ITSELF: (id: string) => `The organisation ${id} cannot be its own successor.`,
} as const;

const no = rejectionsFrom(organisationMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type RegisterOrganisationData = OrganisationEventData<'OrganisationRegistered'>;
type RenameOrganisationData = Omit<OrganisationEventData<'OrganisationRenamed'>, 'previousName'>;
type DissolveOrganisationData = OrganisationEventData<'OrganisationDissolved'>;

type Outcome = readonly OrganisationEvent[] | Rejection<DirectoryRejectionCode>;

export function register(data: RegisterOrganisationData, state: OrganisationState): Outcome {
  if (state.status !== 'unregistered') return no('ORGANISATION_ALREADY_REGISTERED', data.organisationId);
  const { organisationId, name, type, identifier } = data;
  return [{ type: 'OrganisationRegistered', data: { organisationId, name, type, identifier } }];
}

export function rename(data: RenameOrganisationData, state: OrganisationState): Outcome {
  const standing = mustBeRegistered(state, data.organisationId);
  if (standing) return standing;
  if (state.name === data.name) return no('ORGANISATION_NAME_UNCHANGED', state.name);
  const { organisationId, name, renamedOn } = data;
  return [{ type: 'OrganisationRenamed', data: { organisationId, name, renamedOn, previousName: state.name } }];
}

function mustBeRegistered(state: OrganisationState, id: string): Rejection<DirectoryRejectionCode> | undefined {
  if (state.status === 'unregistered') return cited('ORGANISATION_NOT_REGISTERED', id);
  if (state.status === 'dissolved') return cited('ORGANISATION_DISSOLVED', id, state.dissolvedOn ?? '');
  return undefined;
}

export function dissolve(data: DissolveOrganisationData, state: OrganisationState, related: Related): Outcome {
  const { organisationId, successorId, dissolvedOn } = data;
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
  const { reason } = data;
  return [{ type: 'OrganisationDissolved', data: { organisationId, dissolvedOn, successorId, reason } }];
}

/** Dissolution reads the successor, when one is named. */
export function successorStreams(data: DissolveOrganisationData): string[] {
  return data.successorId !== undefined ? [streamId('organisation', data.successorId)] : [];
}
