/**
 * An action's current standing, folded from its `action-<id>` stream: its owners, where it came
 * from, when it is due, its progress and RAG status, and the meetings that reviewed it.
 */
import type { IsoDate } from '../shared/dates.js';
import type { DecisionReference } from '../shared/references.js';
import type { Owner, RagStatus } from './commands.js';

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

export { evolveAction } from './events.js';
