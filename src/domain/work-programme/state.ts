/** One planned item's state, folded from its `plan-item-<id>` stream. */
export interface PlanItemState {
  readonly status: 'unplanned' | 'planned' | 'taken' | 'dropped';
  readonly bodyId: string;
  readonly meetingId?: string;
  readonly month: string;
  /** The planned meeting's date, when it is planned for a meeting. */
  readonly meetingDate?: string;
}

export const initialPlanItemState: PlanItemState = { status: 'unplanned', bodyId: '', month: '' };

export { evolvePlanItem } from './events.js';
