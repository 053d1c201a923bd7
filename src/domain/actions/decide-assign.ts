/**
 * Giving an action to its owners, and passing it to new ones. Organisations and bodies must be in
 * the directory on the day; people are named as the minutes name them and need not be.
 */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import type { IsoDate } from '../shared/dates.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState, OrganisationState } from '../directory/state.js';
import type { DecisionReference } from '../shared/references.js';
import {
  bodyExistedOn,
  establishedBody,
  meetingForRecording,
  organisationActive,
  resolutionInForce,
} from '../shared/citations.js';
import type { ProposalState } from '../decisions/state.js';
import type { MeetingState } from '../meetings/state.js';
import { streamId } from '../shared/identifiers.js';
import type { ActionsEvent, ActionsEventData, Owner } from './events.js';
import type { ActionsRejectionCode } from './rejections.js';
import type { ActionState, AssignedAction } from './state.js';

/** The codes of the rules on an action's assignment, its owners and whether it is still open. */
export const assignmentMessages = {
  ACTION_ALREADY_ASSIGNED: (actionId: string) =>
    `Action ${actionId} has already been assigned; reassign it, or give the new action its own id.`,
  ACTION_NOT_FOUND: (actionId: string) =>
    `There is no action ${actionId}: assign it before recording anything about it.`,
  ACTION_COMPLETED: (actionId: string) =>
    `Action ${actionId} has been completed, so it takes no more progress, reassignment or dates.`,
  ACTION_CANCELLED: (actionId: string) =>
    `Action ${actionId} was cancelled, so it takes no more progress, reassignment or dates.`,
  OWNER_LISTED_TWICE: (owner: string) => `${owner} is listed twice among the action owners.`,
  OWNERS_UNCHANGED: (actionId: string) => `The new owners of action ${actionId} are the ones it already has.`,
  DUE_DATE_BEFORE_MEETING: (dueOn: string, meetingDate: string) =>
    `The due date ${dueOn} is before the meeting of ${meetingDate} that agreed the action.`,
} as const;

export const assignmentRejection = rejectionsFrom(assignmentMessages);
const no = assignmentRejection;

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
export type AssignActionData = ActionsEventData<'ActionAssigned'>;
type ReassignActionData = Omit<ActionsEventData<'ActionReassigned'>, 'previousOwners'>;

type Refusal = Rejection<ActionsRejectionCode>;

type Decision = readonly ActionsEvent[] | Refusal;

export function assignAction(data: AssignActionData, state: ActionState, related: Related): Decision {
  if (state.assigned) return no('ACTION_ALREADY_ASSIGNED', data.actionId);
  const meeting = meetingForRecording(
    relatedState<MeetingState>(related, 'meeting', data.meetingId),
    data.meetingId,
    data.item,
  );
  if (isRejection(meeting)) return meeting;
  if (data.dueOn !== undefined && data.dueOn < meeting.date)
    return no('DUE_DATE_BEFORE_MEETING', data.dueOn, meeting.date);
  const refused =
    checkOwners(related, data.owners, meeting.date) ??
    checkDecision(related, data.decision) ??
    checkParent(related, data.parentActionId);
  if (refused) return refused;
  const { actionId, title, owners, meetingId, item, decision, dueOn, parentActionId } = data;
  return [
    { type: 'ActionAssigned', data: { actionId, title, owners, meetingId, item, decision, dueOn, parentActionId } },
  ];
}

export function reassignAction(data: ReassignActionData, state: ActionState, related: Related): Decision {
  const action = openAction(state, data.actionId);
  if (isRejection(action)) return action;
  const current = new Set(action.owners.map(ownerKey));
  if (data.owners.length === current.size && data.owners.every((owner) => current.has(ownerKey(owner)))) {
    return no('OWNERS_UNCHANGED', data.actionId);
  }
  const refused = checkOwners(related, data.owners, data.reassignedOn);
  if (refused) return refused;
  const { actionId, owners, reassignedOn, reason } = data;
  return [
    { type: 'ActionReassigned', data: { actionId, owners, previousOwners: [...action.owners], reassignedOn, reason } },
  ];
}

/** The action, if it still takes progress, reassignment and new due dates. */
export function openAction(state: ActionState, actionId: string): AssignedAction | Refusal {
  if (!state.assigned) return no('ACTION_NOT_FOUND', actionId);
  if (state.status === 'completed') return no('ACTION_COMPLETED', actionId);
  if (state.status === 'cancelled') return no('ACTION_CANCELLED', actionId);
  return state;
}

/** The directory streams the owners' checks read: each organisation and body named, a person's organisation too. */
export function ownerStreams(owners: readonly Owner[]): string[] {
  return owners.flatMap((owner) => {
    if (owner.kind === 'body') return [streamId('body', owner.id)];
    if (owner.kind === 'organisation') return [streamId('organisation', owner.id)];
    return owner.organisation ? [streamId('organisation', owner.organisation)] : [];
  });
}

function checkOwners(related: Related, owners: readonly Owner[], on: IsoDate): Refusal | undefined {
  const seen = new Set<string>();
  for (const owner of owners) {
    const key = ownerKey(owner);
    if (seen.has(key)) return no('OWNER_LISTED_TWICE', ownerLabel(owner));
    seen.add(key);
    const unknown = ownerRefusal(related, owner, on);
    if (unknown) return unknown;
  }
  return undefined;
}

/** An owning body established by the date, or an owning (or a person's) organisation active on it. */
function ownerRefusal(related: Related, owner: Owner, on: IsoDate): Refusal | undefined {
  if (owner.kind === 'body') {
    const body = establishedBody(relatedState<BodyState>(related, 'body', owner.id), owner.id);
    return isRejection(body) ? body : bodyExistedOn(body, on);
  }
  const organisationId = owner.kind === 'organisation' ? owner.id : owner.organisation;
  if (organisationId === undefined) return undefined;
  return organisationActive(
    relatedState<OrganisationState>(related, 'organisation', organisationId),
    organisationId,
    on,
  );
}

function checkDecision(related: Related, decision: DecisionReference | undefined): Refusal | undefined {
  if (!decision) return undefined;
  const resolution = resolutionInForce(relatedState<ProposalState>(related, 'proposal', decision.proposalId), decision);
  return isRejection(resolution) ? resolution : undefined;
}

function checkParent(related: Related, parentActionId: string | undefined): Refusal | undefined {
  if (parentActionId === undefined) return undefined;
  const parent = relatedState<ActionState>(related, 'action', parentActionId);
  // The parent is cited like any other action: one code for an action not assigned.
  return parent?.assigned ? undefined : no('ACTION_NOT_FOUND', parentActionId);
}

function ownerKey(owner: Owner): string {
  return owner.kind === 'person' ? `person:${owner.name}:${owner.organisation ?? ''}` : `${owner.kind}:${owner.id}`;
}

function ownerLabel(owner: Owner): string {
  if (owner.kind !== 'person') return owner.id;
  return owner.organisation ? `${owner.name} (${owner.organisation})` : owner.name;
}
