/**
 * The rules for one body's stream: established once; members are registered organisations that
 * exist on the day they join; representatives come from members; terms of reference only move forward.
 */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import type { BodyEvent, BodyEventData } from './events.js';
import type { DirectoryRejectionCode } from './rejections.js';
import { bodyExistedOn, establishedBody, organisationActive } from '../shared/citations.js';
import { isCurrentMember, type BodyState } from './state-body.js';
import type { OrganisationState } from './state-organisation.js';

/** The body rules' rejection codes. */
export const bodyMessages = {
  BODY_ALREADY_ESTABLISHED: (id: string) => `The body ${id} is already established; an id is used once.`,
  PARENT_IS_ITSELF: (id: string) => `The body ${id} cannot report to itself; name the board that set it up as parent.`,
  MEMBER_ALREADY_ADMITTED: (organisationId: string, bodyId: string) =>
    `${organisationId} is already a member of ${bodyId}.`,
  NOT_A_MEMBER: (organisationId: string, bodyId: string) =>
    `${organisationId} is not a member of ${bodyId}; admit it as a member first.`,
  DATE_RANGE_INVALID: (from: string, to: string) =>
    `The end date ${to} is before the start date ${from}; check the dates.`,
  REPRESENTATIVE_ALREADY_APPOINTED: (person: string, role: string) =>
    `${person} already holds an overlapping appointment as ${role} for this organisation.`,
  TERMS_VERSION_ALREADY_ADOPTED: (version: string) =>
    `Terms of reference "${version}" were already adopted; give a new version a new name.`,
  TERMS_OLDER_THAN_CURRENT: (adoptedOn: string, currentOn: string) =>
    `The terms in force were adopted on ${currentOn}; terms adopted on ${adoptedOn} cannot replace them.`,
} as const;

const no = rejectionsFrom(bodyMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type EstablishBodyData = BodyEventData<'BodyEstablished'>;
type AdmitMemberData = BodyEventData<'MemberAdmitted'>;
type WithdrawMemberData = BodyEventData<'MemberWithdrawn'>;
type AppointRepresentativeData = BodyEventData<'RepresentativeAppointed'>;
type AdoptTermsOfReferenceData = BodyEventData<'TermsOfReferenceAdopted'>;

type Refusal = Rejection<DirectoryRejectionCode>;

type Outcome = readonly BodyEvent[] | Refusal;

type Rules<D> = (data: D, state: BodyState, related: Related) => Outcome;

/** The rules of a command on a body: the body must have been established. */
export function onBody<D extends { bodyId: string }>(rules: Rules<D>) {
  return (data: D, state: BodyState, related: Related): Outcome => {
    const established = establishedBody(state, data.bodyId);
    return isRejection(established) ? established : rules(data, state, related);
  };
}

export function admit(data: AdmitMemberData, state: BodyState, related: Related): Outcome {
  const { bodyId, organisationId, admittedOn } = data;
  const early = bodyExistedOn(state, admittedOn);
  if (early) return early;
  if (isCurrentMember(state, organisationId)) return no('MEMBER_ALREADY_ADMITTED', organisationId, bodyId);
  return (
    organisationUnavailable(related, organisationId, admittedOn) ?? [
      { type: 'MemberAdmitted', data: { bodyId, organisationId, admittedOn } },
    ]
  );
}

export function withdraw(data: WithdrawMemberData, state: BodyState): Outcome {
  const { bodyId, organisationId, withdrawnOn, reason } = data;
  const membership = state.memberships.find((m) => m.organisationId === organisationId && m.withdrawnOn === undefined);
  if (!membership) return no('NOT_A_MEMBER', organisationId, bodyId);
  if (withdrawnOn < membership.admittedOn) return no('DATE_RANGE_INVALID', membership.admittedOn, withdrawnOn);
  return [{ type: 'MemberWithdrawn', data: { bodyId, organisationId, withdrawnOn, reason } }];
}

export function establish(data: EstablishBodyData, state: BodyState, related: Related): Outcome {
  const { bodyId, parentBodyId, secretariatId, establishedOn } = data;
  if (state.status !== 'unestablished') return no('BODY_ALREADY_ESTABLISHED', bodyId);
  if (parentBodyId !== undefined) {
    if (parentBodyId === bodyId) return no('PARENT_IS_ITSELF', bodyId);
    const parent = establishedBody(relatedState<BodyState>(related, 'body', parentBodyId), parentBodyId);
    if (isRejection(parent)) return parent;
    const early = establishedOn === undefined ? undefined : bodyExistedOn(parent, establishedOn);
    if (early) return early;
  }
  const { name, type, establishedBy, councilId } = data;
  // The secretariat serves the body, and a scrutiny committee's council appoints it: with no
  // establishment date, each must be an organisation that exists now.
  for (const organisationId of [secretariatId, councilId]) {
    if (organisationId === undefined) continue;
    const unavailable = organisationUnavailable(related, organisationId, establishedOn ?? '9999-12-31');
    if (unavailable) return unavailable;
  }
  const established = { bodyId, name, type, establishedOn, parentBodyId, establishedBy, secretariatId, councilId };
  return [{ type: 'BodyEstablished', data: established }];
}

export function appoint(data: AppointRepresentativeData, state: BodyState, related: Related): Outcome {
  const { bodyId, organisationId, person, role, from, to } = data;
  const early = bodyExistedOn(state, from);
  if (early) return early;
  if (to !== undefined && to < from) return no('DATE_RANGE_INVALID', from, to);
  if (!isCurrentMember(state, organisationId)) return no('NOT_A_MEMBER', organisationId, bodyId);
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
  if (overlapping) return no('REPRESENTATIVE_ALREADY_APPOINTED', person, role);
  return [{ type: 'RepresentativeAppointed', data: { bodyId, organisationId, person, role, from, to } }];
}

export function adoptTerms(data: AdoptTermsOfReferenceData, state: BodyState): Outcome {
  const { bodyId, version, adoptedOn } = data;
  const early = bodyExistedOn(state, adoptedOn);
  if (early) return early;
  if (state.termsVersions.includes(version)) return no('TERMS_VERSION_ALREADY_ADOPTED', version);
  const current = state.termsOfReference;
  if (current && adoptedOn < current.adoptedOn) return no('TERMS_OLDER_THAN_CURRENT', adoptedOn, current.adoptedOn);
  const { missedMeetingsLimit, noticeDays, document } = data;
  return [
    {
      type: 'TermsOfReferenceAdopted',
      data: { bodyId, version, adoptedOn, missedMeetingsLimit, noticeDays, document },
    },
  ];
}

/** An organisation can take part in a body only if it is registered and not dissolved by that date. */
function organisationUnavailable(related: Related, organisationId: string, date: string): Refusal | undefined {
  return organisationActive(
    relatedState<OrganisationState>(related, 'organisation', organisationId),
    organisationId,
    date,
  );
}

/** Establishing a body reads its parent body, its secretariat and a scrutiny committee's council, when named. */
export function establishmentStreams(data: EstablishBodyData): string[] {
  const { parentBodyId, secretariatId, councilId } = data;
  return [
    ...(parentBodyId ? [streamId('body', parentBodyId)] : []),
    ...(secretariatId ? [streamId('organisation', secretariatId)] : []),
    ...(councilId ? [streamId('organisation', councilId)] : []),
  ];
}

/** Admitting or appointing reads the organisation in the directory. */
export function organisationStreams(data: { organisationId: string }): string[] {
  return [streamId('organisation', data.organisationId)];
}
