/**
 * The rules for a body's work programme, decided on the item's own stream. An item is planned for
 * a meeting of its body that is still to be held, or for a month; a replan moves it later; a
 * meeting of the body takes it, or it is dropped; a taken or dropped item is closed.
 */
import type { BodyState } from '../directory/state.js';
import type { MeetingState } from '../meetings/state.js';
import { relatedState, type Related } from '../related.js';
import { establishedBody, meetingForRecording } from '../shared/citations.js';
import { isRejection, unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { WorkProgrammeCommand } from './commands.js';
import type { WorkProgrammeEvent } from './events.js';
import { workProgrammeRejection as no, type WorkProgrammeRejectionCode } from './rejections.js';
import { evolvePlanItem, initialPlanItemState, type PlanItemState } from './state.js';

type Decision = readonly WorkProgrammeEvent[] | Rejection<WorkProgrammeRejectionCode>;
type When = { meetingId?: string; meetingDate?: string; month: string };

function related(command: WorkProgrammeCommand): string[] {
  const meetingId = command.type === 'DropItem' ? undefined : command.data.meetingId;
  const body = command.type === 'PlanItem' ? [streamId('body', command.data.bodyId)] : [];
  return [...body, ...(meetingId ? [streamId('meeting', meetingId)] : [])];
}

/** The meeting or month an item is planned for, checked against the body whose programme it is. */
function plannedFor(
  data: { meetingId?: string | undefined; month?: string | undefined },
  bodyId: string,
  rel: Related,
): When | Rejection<WorkProgrammeRejectionCode> {
  const { meetingId, month } = data;
  if (meetingId === undefined) return month === undefined ? no('PLANNED_FOR_MISSING') : { month };
  const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId);
  if (isRejection(meeting)) return meeting;
  if (meeting.bodyId !== bodyId) return no('PLANNED_MEETING_NOT_OF_BODY', meetingId, bodyId);
  if (meeting.status === 'held') return no('PLANNED_MEETING_HELD', meetingId);
  return { meetingId, meetingDate: meeting.date, month: meeting.date.slice(0, 7) };
}

function isLater(to: When, from: PlanItemState): boolean {
  if (to.month !== from.month) return to.month > from.month;
  return to.meetingDate !== undefined && (from.meetingDate === undefined || to.meetingDate > from.meetingDate);
}

function decidePlan(command: Extract<WorkProgrammeCommand, { type: 'PlanItem' }>, rel: Related): Decision {
  const { planItemId, bodyId, title, kind, leadOfficer } = command.data;
  const body = establishedBody(relatedState<BodyState>(rel, 'body', bodyId), bodyId);
  if (isRejection(body)) return body;
  const when = plannedFor(command.data, bodyId, rel);
  if (isRejection(when)) return when;
  return [{ type: 'ItemPlanned', data: { planItemId, bodyId, title, kind, leadOfficer, ...when } }];
}

export function decideWorkProgramme(command: WorkProgrammeCommand, state: PlanItemState, rel: Related): Decision {
  const id = command.data.planItemId;
  if (command.type === 'PlanItem')
    return state.status === 'unplanned' ? decidePlan(command, rel) : no('PLAN_ITEM_ALREADY_PLANNED', id);
  if (state.status === 'unplanned') return no('PLAN_ITEM_NOT_FOUND', id);
  if (state.status !== 'planned') return no('PLAN_ITEM_CLOSED', id, state.status);
  switch (command.type) {
    case 'ReplanItem': {
      const when = plannedFor(command.data, state.bodyId, rel);
      if (isRejection(when)) return when;
      const from = state.meetingId ?? state.month;
      if (!isLater(when, state)) return no('REPLAN_NOT_LATER', id, from, when.meetingId ?? when.month);
      const before = { ...(state.meetingId ? { fromMeetingId: state.meetingId } : {}), fromMonth: state.month };
      return [{ type: 'ItemReplanned', data: { planItemId: id, ...when, ...before, reason: command.data.reason } }];
    }
    case 'MarkItemTaken': {
      const { meetingId } = command.data;
      const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId);
      if (isRejection(meeting)) return meeting;
      if (meeting.bodyId !== state.bodyId) return no('PLANNED_MEETING_NOT_OF_BODY', meetingId, state.bodyId);
      return [{ type: 'ItemTaken', data: { planItemId: id, meetingId, takenOn: meeting.date } }];
    }
    case 'DropItem': {
      const { droppedOn, reason } = command.data;
      return [{ type: 'ItemDropped', data: { planItemId: id, droppedOn, reason } }];
    }
    default:
      return unreachable(command);
  }
}

export const planItemDecider: Decider<
  WorkProgrammeCommand,
  WorkProgrammeEvent,
  PlanItemState,
  WorkProgrammeRejectionCode
> = {
  aggregate: 'plan-item',
  initialState: initialPlanItemState,
  evolve: evolvePlanItem,
  decide: decideWorkProgramme,
  streamIdOf: (command) => streamId('plan-item', command.data.planItemId),
  related,
};
