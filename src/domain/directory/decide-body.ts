/**
 * The rules for one body's stream: established once; members are registered organisations that
 * exist on the day they join; representatives come from members; terms of reference only move forward.
 */
import { unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import {
  bodyCommandTypes,
  type AdoptTermsOfReference,
  type AppointRepresentative,
  type BodyCommand,
  type EstablishBody,
} from './commands.js';
import type { BodyEvent } from './events.js';
import { directoryRejections as no } from './rejections.js';
import { evolveBody, initialBodyState, isCurrentMember, type BodyState } from './state-body.js';
import { organisationActiveOn, type OrganisationState } from './state-organisation.js';

type Outcome = readonly BodyEvent[] | Rejection;

function decide(command: BodyCommand, state: BodyState, related: Related): Outcome {
  if (command.type === 'EstablishBody') return establish(command, state, related);
  const { bodyId } = command.data;
  if (state.status !== 'established') return no.bodyNotEstablished(bodyId);
  switch (command.type) {
    case 'AdmitMember': {
      const { organisationId, admittedOn } = command.data;
      if (admittedOn < state.establishedOn) return no.beforeEstablishment(admittedOn, bodyId, state.establishedOn);
      if (isCurrentMember(state, organisationId)) return no.memberAlreadyAdmitted(organisationId, bodyId);
      return organisationUnavailable(related, organisationId, admittedOn) ?? [{ type: 'MemberAdmitted', data: command.data }];
    }
    case 'WithdrawMember': {
      const { organisationId, withdrawnOn } = command.data;
      const membership = state.memberships.find((m) => m.organisationId === organisationId && m.withdrawnOn === undefined);
      if (!membership) return no.notAMember(organisationId, bodyId);
      if (withdrawnOn < membership.admittedOn) return no.dateRangeInvalid(membership.admittedOn, withdrawnOn);
      return [{ type: 'MemberWithdrawn', data: command.data }];
    }
    case 'AppointRepresentative':
      return appoint(command, state, related);
    case 'AdoptTermsOfReference':
      return adoptTerms(command, state);
    default:
      return unreachable(command);
  }
}

function establish(command: EstablishBody, state: BodyState, related: Related): Outcome {
  const { bodyId, parentBodyId, secretariatId, establishedOn } = command.data;
  if (state.status !== 'unestablished') return no.bodyAlreadyEstablished(bodyId);
  if (parentBodyId !== undefined) {
    if (parentBodyId === bodyId) return no.parentIsItself(bodyId);
    const parent = relatedState<BodyState>(related, 'body', parentBodyId);
    if (!parent || parent.status !== 'established') return no.bodyNotEstablished(parentBodyId);
    if (establishedOn !== undefined && establishedOn < parent.establishedOn) return no.beforeEstablishment(establishedOn, parentBodyId, parent.establishedOn);
  }
  if (secretariatId !== undefined) {
    // With no establishment date, the secretariat must be an organisation that exists now.
    const unavailable = organisationUnavailable(related, secretariatId, establishedOn ?? '9999-12-31');
    if (unavailable) return unavailable;
  }
  return [{ type: 'BodyEstablished', data: command.data }];
}

function appoint(command: AppointRepresentative, state: BodyState, related: Related): Outcome {
  const { bodyId, organisationId, person, role, from, to } = command.data;
  if (from < state.establishedOn) return no.beforeEstablishment(from, bodyId, state.establishedOn);
  if (to !== undefined && to < from) return no.dateRangeInvalid(from, to);
  if (!isCurrentMember(state, organisationId)) return no.notAMember(organisationId, bodyId);
  const unavailable = organisationUnavailable(related, organisationId, from);
  if (unavailable) return unavailable;
  const overlapping = state.representatives.some(
    (r) =>
      r.organisationId === organisationId &&
      r.person === person &&
      r.role === role &&
      r.from <= (to ?? '9999-12-31') &&
      from <= (r.to ?? '9999-12-31'),
  );
  if (overlapping) return no.representativeAlreadyAppointed(person, role);
  return [{ type: 'RepresentativeAppointed', data: command.data }];
}

function adoptTerms(command: AdoptTermsOfReference, state: BodyState): Outcome {
  const { bodyId, version, adoptedOn } = command.data;
  if (adoptedOn < state.establishedOn) return no.beforeEstablishment(adoptedOn, bodyId, state.establishedOn);
  if (state.termsVersions.includes(version)) return no.termsVersionAlreadyAdopted(version);
  const current = state.termsOfReference;
  if (current && adoptedOn < current.adoptedOn) return no.termsOlderThanCurrent(adoptedOn, current.adoptedOn);
  return [{ type: 'TermsOfReferenceAdopted', data: command.data }];
}

/** An organisation can take part in a body only if it is registered and not dissolved by that date. */
function organisationUnavailable(related: Related, organisationId: string, date: string): Rejection | undefined {
  const organisation = relatedState<OrganisationState>(related, 'organisation', organisationId);
  if (organisationActiveOn(organisation, date)) return undefined;
  if (organisation?.dissolvedOn !== undefined) return no.organisationDissolved(organisationId, organisation.dissolvedOn);
  return no.organisationNotRegistered(organisationId);
}

function relatedStreams(command: BodyCommand): readonly string[] {
  switch (command.type) {
    case 'EstablishBody': {
      const { parentBodyId, secretariatId } = command.data;
      return [
        ...(parentBodyId ? [streamId('body', parentBodyId)] : []),
        ...(secretariatId ? [streamId('organisation', secretariatId)] : []),
      ];
    }
    case 'AdmitMember':
    case 'AppointRepresentative':
      return [streamId('organisation', command.data.organisationId)];
    case 'WithdrawMember':
    case 'AdoptTermsOfReference':
      return [];
    default:
      return unreachable(command);
  }
}

/** The body aggregate: stream `body-<id>`. */
export const bodyDecider: Decider<BodyCommand, BodyEvent, BodyState> & { readonly commandTypes: readonly string[] } = {
  aggregate: 'body',
  commandTypes: bodyCommandTypes,
  initialState: initialBodyState,
  evolve: evolveBody,
  decide,
  streamIdOf: (command) => streamId('body', command.data.bodyId),
  related: relatedStreams,
};
