/**
 * An action's current standing, folded from its `action-<id>` stream: its owners, where it came
 * from, when it is due, its progress and RAG status, and the meetings that reviewed it.
 */
import { unreachable } from '../shared/decider.js';
import type { IsoDate } from '../shared/dates.js';
import type { DecisionReference } from '../shared/references.js';
import type { Owner, RagStatus } from './commands.js';
import type { ActionAssignedData, ActionsEvent } from './events.js';

export interface ProgressState {
  readonly note: string;
  readonly rag: RagStatus;
  readonly asOf: IsoDate;
}

export interface ReviewState {
  readonly meetingId: string;
  readonly note: string;
}

export interface AssignedAction {
  readonly assigned: true;
  readonly actionId: string;
  readonly title: string;
  readonly owners: readonly Owner[];
  /** The meeting and item that agreed the action. */
  readonly meetingId: string;
  readonly item: string;
  readonly decision?: DecisionReference;
  readonly dueOn?: IsoDate;
  readonly parentActionId?: string;
  /** `completed` and `cancelled` are final. */
  readonly status: 'open' | 'completed' | 'cancelled';
  /** The RAG status of the latest progress report. */
  readonly rag?: RagStatus;
  readonly progress: readonly ProgressState[];
  readonly completedOn?: IsoDate;
  readonly cancelledOn?: IsoDate;
  readonly cancellationReason?: string;
  readonly reviews: readonly ReviewState[];
}

/** `assigned: false` until the first event. */
export type ActionState = { readonly assigned: false } | AssignedAction;

export const initialActionState: ActionState = { assigned: false };

export function evolveAction(state: ActionState, event: ActionsEvent): ActionState {
  if (event.type === 'ActionAssigned') return assignedFrom(event.data);
  // `decide` emits nothing else before the assignment, so meeting another event first is a corrupt stream.
  if (!state.assigned) throw new Error(`Bug: ${event.type} on an action that was never assigned`);
  switch (event.type) {
    case 'ProgressRecorded': {
      const { note, rag, asOf } = event.data;
      return { ...state, rag, progress: [...state.progress, { note, rag, asOf }] };
    }
    case 'ActionCompleted':
      return { ...state, status: 'completed', completedOn: event.data.completedOn };
    case 'ActionReassigned':
      return { ...state, owners: event.data.owners };
    case 'DueDateExtended':
      return { ...state, dueOn: event.data.dueOn };
    case 'ActionCancelled':
      return {
        ...state,
        status: 'cancelled',
        cancelledOn: event.data.cancelledOn,
        cancellationReason: event.data.reason,
      };
    case 'ActionReviewed': {
      const { meetingId, note } = event.data;
      return { ...state, reviews: [...state.reviews, { meetingId, note }] };
    }
    default:
      return unreachable(event);
  }
}

function assignedFrom(data: ActionAssignedData): AssignedAction {
  const { actionId, title, owners, meetingId, item, decision, dueOn, parentActionId } = data;
  return {
    assigned: true,
    actionId,
    title,
    owners,
    meetingId,
    item,
    ...(decision ? { decision } : {}),
    ...(dueOn ? { dueOn } : {}),
    ...(parentActionId ? { parentActionId } : {}),
    status: 'open',
    progress: [],
    reviews: [],
  };
}
