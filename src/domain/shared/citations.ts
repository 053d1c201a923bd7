/**
 * The checks a command makes on a stream it cites, written once for every feature: this
 * organisation is registered (or was active on a date), this body is established, this meeting
 * was scheduled and not cancelled (and had the item), this decision exists and is in force.
 * A meeting cited as one of a body's own is checked for that body too.
 * Each takes the cited stream's folded state (from `relatedState`, or the decider's own state)
 * and returns it narrowed, or the rejection.
 */
import { findResolution, type ProposalState, type ResolutionState } from '../decisions/state.js';
import type { BodyState } from '../directory/state-body.js';
import { organisationActiveOn, type OrganisationState } from '../directory/state-organisation.js';
import type { MeetingState } from '../meetings/state.js';
import type { Rejection } from './decider.js';
import type { DecisionReference } from './references.js';
import { citationRejection as no } from './rejections.js';

/** Registered, dissolved or not: minutes are often recorded after a partner was replaced. */
export function registeredOrganisation(
  organisation: OrganisationState | undefined,
  id: string,
): OrganisationState | Rejection<'ORGANISATION_NOT_REGISTERED'> {
  return !organisation || organisation.status === 'unregistered' ? no('ORGANISATION_NOT_REGISTERED', id) : organisation;
}

/** Registered and not dissolved on the date. */
export function organisationActive(
  organisation: OrganisationState | undefined,
  id: string,
  on: string,
): Rejection<'ORGANISATION_NOT_REGISTERED' | 'ORGANISATION_DISSOLVED'> | undefined {
  if (organisationActiveOn(organisation, on)) return undefined;
  if (organisation?.dissolvedOn !== undefined) return no('ORGANISATION_DISSOLVED', id, organisation.dissolvedOn);
  return no('ORGANISATION_NOT_REGISTERED', id);
}

export function establishedBody(
  body: BodyState | undefined,
  id: string,
): BodyState | Rejection<'BODY_NOT_ESTABLISHED'> {
  return body?.status === 'established' ? body : no('BODY_NOT_ESTABLISHED', id);
}

/** Nothing of a body is dated before it was established (when the records give that date). */
export function bodyExistedOn(body: BodyState, date: string): Rejection<'DATE_BEFORE_ESTABLISHMENT'> | undefined {
  return date < body.establishedOn ? no('DATE_BEFORE_ESTABLISHMENT', date, body.id, body.establishedOn) : undefined;
}

export type MeetingRejectionCode = 'MEETING_NOT_SCHEDULED' | 'MEETING_CANCELLED' | 'ITEM_NOT_ON_AGENDA';

/** The meeting, if business may still be recorded against it (and the item is on its agenda). */
export function meetingForRecording(
  meeting: MeetingState | undefined,
  id: string,
  item?: string,
): MeetingState | Rejection<MeetingRejectionCode> {
  if (!meeting || meeting.status === 'unscheduled') return no('MEETING_NOT_SCHEDULED', id);
  if (meeting.status === 'cancelled') return no('MEETING_CANCELLED', id);
  if (item !== undefined && !Object.hasOwn(meeting.items, item)) return no('ITEM_NOT_ON_AGENDA', id, item);
  return meeting;
}

/** The meeting cited, if it is one of the body's own. */
export function meetingOfBody(
  meeting: MeetingState,
  bodyId: string,
): MeetingState | Rejection<'MEETING_OF_ANOTHER_BODY'> {
  return meeting.bodyId === bodyId ? meeting : no('MEETING_OF_ANOTHER_BODY', meeting.id, meeting.bodyId, bodyId);
}

/** A decision is changed, an action reviewed or minutes confirmed only at a meeting held after the original one. */
export function heldLater(
  later: MeetingState,
  earlier: MeetingState | undefined,
  earlierId: string,
): Rejection<'MEETING_NOT_LATER'> | undefined {
  return earlier && later.date > earlier.date ? undefined : no('MEETING_NOT_LATER', later.id, earlierId);
}

/** The resolution, if it was recorded and has not been rescinded. */
export function resolutionInForce(
  proposal: ProposalState | undefined,
  decision: DecisionReference,
): ResolutionState | Rejection<'DECISION_NOT_FOUND' | 'DECISION_NOT_IN_FORCE'> {
  const resolution = findResolution(proposal, decision.resolution);
  if (!resolution) return no('DECISION_NOT_FOUND', decision.proposalId, decision.resolution);
  if (resolution.status !== 'in-force') return no('DECISION_NOT_IN_FORCE', decision.proposalId, decision.resolution);
  return resolution;
}
