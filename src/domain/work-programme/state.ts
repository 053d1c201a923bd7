/** One planned item's state, folded from its `plan-item-<id>` stream. */
import { unreachable } from '../shared/decider.js';
import type { WorkProgrammeEvent } from './events.js';

export interface PlanItemState {
  readonly status: 'unplanned' | 'planned' | 'taken' | 'dropped';
  readonly bodyId: string;
  readonly meetingId?: string;
  readonly month: string;
  /** The planned meeting's date, when it is planned for a meeting. */
  readonly meetingDate?: string;
}

export const initialPlanItemState: PlanItemState = { status: 'unplanned', bodyId: '', month: '' };

export function evolvePlanItem(state: PlanItemState, event: WorkProgrammeEvent): PlanItemState {
  switch (event.type) {
    case 'ItemPlanned':
    case 'ItemReplanned': {
      const { meetingId, meetingDate, month } = event.data;
      const bodyId = event.type === 'ItemPlanned' ? event.data.bodyId : state.bodyId;
      return {
        status: 'planned',
        bodyId,
        month,
        ...(meetingId ? { meetingId } : {}),
        ...(meetingDate ? { meetingDate } : {}),
      };
    }
    case 'ItemTaken':
      return { ...state, status: 'taken' };
    case 'ItemDropped':
      return { ...state, status: 'dropped' };
    default:
      return unreachable(event);
  }
}
