/**
 * The action decider: an action's life from assignment to completion or cancellation. Assignment
 * and reassignment, which check the owners against the directory, are in `decide-assign.ts`.
 */
import { isRejection, unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { Related } from '../related.js';
import { heldLater, meetingForRecording } from '../shared/citations.js';
import { relatedState } from '../related.js';
import type { MeetingState } from '../meetings/state.js';
import type { ActionsCommand, CancelActionData, ExtendDueDateData, ReviewActionData } from './commands.js';
import { assignAction, openAction, ownerStreams, reassignAction } from './decide-assign.js';
import type { ActionsEvent } from './events.js';
import { actionsRejection, type ActionsRejectionCode } from './rejections.js';
import { evolveAction, initialActionState, type ActionState } from './state.js';

type Decision = readonly ActionsEvent[] | Rejection<ActionsRejectionCode>;

export function decideAction(command: ActionsCommand, state: ActionState, related: Related): Decision {
  switch (command.type) {
    case 'AssignAction':
      return assignAction(command.data, state, related);
    case 'RecordProgress': {
      const { actionId, note, rag, asOf } = command.data;
      const action = openAction(state, actionId);
      return isRejection(action) ? action : [{ type: 'ProgressRecorded', data: { actionId, note, rag, asOf } }];
    }
    case 'CompleteAction': {
      const { actionId, completedOn, note } = command.data;
      const action = openAction(state, actionId);
      return isRejection(action) ? action : [{ type: 'ActionCompleted', data: { actionId, completedOn, note } }];
    }
    case 'ReassignAction':
      return reassignAction(command.data, state, related);
    case 'ExtendDueDate':
      return extendDueDate(command.data, state);
    case 'CancelAction':
      return cancelAction(command.data, state);
    case 'ReviewAction':
      return reviewAction(command.data, state, related);
    default:
      return unreachable(command);
  }
}

/** An extension only ever gives more time; an action with no due date may be given its first one. */
function extendDueDate(data: ExtendDueDateData, state: ActionState): Decision {
  const action = openAction(state, data.actionId);
  if (isRejection(action)) return action;
  const { actionId, dueOn, reason } = data;
  if (action.dueOn !== undefined && dueOn <= action.dueOn)
    return actionsRejection('DUE_DATE_NOT_LATER', dueOn, action.dueOn);
  return [{ type: 'DueDateExtended', data: { actionId, dueOn, previousDueOn: action.dueOn, reason } }];
}

function cancelAction(data: CancelActionData, state: ActionState): Decision {
  const { actionId, cancelledOn, reason } = data;
  const action = openAction(state, actionId);
  return isRejection(action) ? action : [{ type: 'ActionCancelled', data: { actionId, cancelledOn, reason } }];
}

/** Any action may be reviewed, done or not: "actions arising" is where the board hears that it was done. */
function reviewAction(data: ReviewActionData, state: ActionState, related: Related): Decision {
  if (!state.assigned) return actionsRejection('ACTION_NOT_FOUND', data.actionId);
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', data.meetingId), data.meetingId);
  if (isRejection(meeting)) return meeting;
  const refused = heldLater(meeting, relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId);
  if (refused) return refused;
  if (state.reviews.some((review) => review.meetingId === data.meetingId)) {
    return actionsRejection('ALREADY_REVIEWED_AT_MEETING', data.actionId, data.meetingId);
  }
  const { actionId, meetingId, note } = data;
  return [{ type: 'ActionReviewed', data: { actionId, meetingId, note } }];
}

/** Streams `decide` reads: the origin meeting, the owners in the directory, the decision and the parent action. */
function relatedStreams(command: ActionsCommand, state: ActionState): string[] {
  switch (command.type) {
    case 'AssignAction': {
      const { meetingId, owners, decision, parentActionId } = command.data;
      return [
        streamId('meeting', meetingId),
        ...ownerStreams(owners),
        ...(decision ? [streamId('proposal', decision.proposalId)] : []),
        ...(parentActionId ? [streamId('action', parentActionId)] : []),
      ];
    }
    case 'ReassignAction':
      return ownerStreams(command.data.owners);
    case 'ReviewAction':
      return [
        streamId('meeting', command.data.meetingId),
        ...(state.assigned ? [streamId('meeting', state.meetingId)] : []),
      ];
    case 'RecordProgress':
    case 'CompleteAction':
    case 'ExtendDueDate':
    case 'CancelAction':
      return [];
    default:
      return unreachable(command);
  }
}

/** One action, on the stream `action-<actionId>`. */
export const actionDecider: Decider<ActionsCommand, ActionsEvent, ActionState, ActionsRejectionCode> = {
  aggregate: 'action',
  initialState: initialActionState,
  evolve: evolveAction,
  decide: decideAction,
  streamIdOf: (command) => streamId('action', command.data.actionId),
  related: relatedStreams,
};
