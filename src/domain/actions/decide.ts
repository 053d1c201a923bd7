/**
 * The rules of an action's life from assignment to completion or cancellation, one function per
 * command (joined to their commands in the table, index.ts). Assignment and reassignment, which
 * check the owners against the directory, are in `decide-assign.ts`.
 */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { Related } from '../related.js';
import { heldLater, meetingForRecording } from '../shared/citations.js';
import { relatedState } from '../related.js';
import type { MeetingState } from '../meetings/state.js';
import { assignmentRejection, openAction, ownerStreams, type AssignActionData } from './decide-assign.js';
import type { ActionsEvent, ActionsEventData } from './events.js';
import type { ActionsRejectionCode } from './rejections.js';
import type { ActionState } from './state.js';

/** The codes of the rules on an open action's due date and its reviews. */
export const lifecycleMessages = {
  DUE_DATE_NOT_LATER: (dueOn: string, currentDueOn: string) =>
    `The new due date ${dueOn} is not later than the current due date ${currentDueOn}; an ` +
    `extension only gives more time.`,
  ALREADY_REVIEWED_AT_MEETING: (actionId: string, meetingId: string) =>
    `Action ${actionId} has already been reviewed at meeting ${meetingId}.`,
} as const;

const no = rejectionsFrom(lifecycleMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type RecordProgressData = ActionsEventData<'ProgressRecorded'>;
type CompleteActionData = ActionsEventData<'ActionCompleted'>;
type ExtendDueDateData = Omit<ActionsEventData<'DueDateExtended'>, 'previousDueOn'>;
type CancelActionData = ActionsEventData<'ActionCancelled'>;
type ReviewActionData = ActionsEventData<'ActionReviewed'>;
type ReassignActionData = Omit<ActionsEventData<'ActionReassigned'>, 'previousOwners'>;

type Decision = readonly ActionsEvent[] | Rejection<ActionsRejectionCode>;

export function recordProgress(data: RecordProgressData, state: ActionState): Decision {
  const { actionId, note, rag, asOf } = data;
  const action = openAction(state, actionId);
  return isRejection(action) ? action : [{ type: 'ProgressRecorded', data: { actionId, note, rag, asOf } }];
}

export function completeAction(data: CompleteActionData, state: ActionState): Decision {
  const { actionId, completedOn, note } = data;
  const action = openAction(state, actionId);
  return isRejection(action) ? action : [{ type: 'ActionCompleted', data: { actionId, completedOn, note } }];
}

/** An extension only ever gives more time; an action with no due date may be given its first one. */
export function extendDueDate(data: ExtendDueDateData, state: ActionState): Decision {
  const action = openAction(state, data.actionId);
  if (isRejection(action)) return action;
  const { actionId, dueOn, reason } = data;
  if (action.dueOn !== undefined && dueOn <= action.dueOn) return no('DUE_DATE_NOT_LATER', dueOn, action.dueOn);
  return [{ type: 'DueDateExtended', data: { actionId, dueOn, previousDueOn: action.dueOn, reason } }];
}

export function cancelAction(data: CancelActionData, state: ActionState): Decision {
  const { actionId, cancelledOn, reason } = data;
  const action = openAction(state, actionId);
  return isRejection(action) ? action : [{ type: 'ActionCancelled', data: { actionId, cancelledOn, reason } }];
}

/** Any action may be reviewed, done or not: "actions arising" is where the board hears that it was done. */
export function reviewAction(data: ReviewActionData, state: ActionState, related: Related): Decision {
  if (!state.assigned) return assignmentRejection('ACTION_NOT_FOUND', data.actionId);
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', data.meetingId), data.meetingId);
  if (isRejection(meeting)) return meeting;
  const refused = heldLater(meeting, relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId);
  if (refused) return refused;
  if (state.reviews.some((review) => review.meetingId === data.meetingId)) {
    return no('ALREADY_REVIEWED_AT_MEETING', data.actionId, data.meetingId);
  }
  const { actionId, meetingId, note } = data;
  return [{ type: 'ActionReviewed', data: { actionId, meetingId, note } }];
}

/** Streams `decide` reads for an assignment: the origin meeting, the owners, the decision and the parent action. */
export function assignmentStreams(data: AssignActionData): string[] {
  const { meetingId, owners, decision, parentActionId } = data;
  return [
    streamId('meeting', meetingId),
    ...ownerStreams(owners),
    ...(decision ? [streamId('proposal', decision.proposalId)] : []),
    ...(parentActionId ? [streamId('action', parentActionId)] : []),
  ];
}

export function reassignmentStreams(data: ReassignActionData): string[] {
  return ownerStreams(data.owners);
}

/** A review reads the meeting that held it and the meeting the action came from. */
export function reviewStreams(data: ReviewActionData, state: ActionState): string[] {
  return [streamId('meeting', data.meetingId), ...(state.assigned ? [streamId('meeting', state.meetingId)] : [])];
}
