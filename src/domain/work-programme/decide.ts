/**
 * The rules for a body's work programme, decided on the item's own stream. An item is planned for
 * a meeting of its body that is still to be held, or for a month; a replan moves it later; a
 * meeting of the body takes it, or it is dropped; a taken or dropped item is closed.
 */
import type { BodyState } from '../directory/state.js';
import type { MeetingState } from '../meetings/state.js';
import { relatedState, type Related } from '../related.js';
import { establishedBody, meetingForRecording, meetingOfBody } from '../shared/citations.js';
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { WorkProgrammeEvent, WorkProgrammeEventData } from './events.js';
import type { WorkProgrammeRejectionCode } from './rejections.js';
import type { PlanItemState } from './state.js';

/** The codes of the rules on a planned item. */
export const planItemMessages = {
  PLAN_ITEM_ALREADY_PLANNED: (id: string) =>
    `Item ${id} is already on the work programme; move it with a replan, or give a new item its own id.`,
  PLAN_ITEM_NOT_FOUND: (id: string) => `There is no planned item ${id}: plan the item first.`,
  PLAN_ITEM_CLOSED: (id: string, status: string) =>
    `Item ${id} was already ${status}; a taken or dropped item is not planned again, plan a new item instead.`,
  PLANNED_FOR_MISSING: () =>
    `Say when the item is planned for: give meetingId (a scheduled meeting) or month (YYYY-MM).`,
  PLANNED_MEETING_HELD: (meetingId: string) =>
    `Meeting ${meetingId} has already been held: plan the item for a later meeting, or mark it taken there.`,
  REPLAN_NOT_LATER: (id: string, from: string, to: string) =>
    `Item ${id} is planned for ${from}; a replan moves it later, and ${to} is not later.`,
} as const;

const no = rejectionsFrom(planItemMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type PlannedFor = { meetingId?: string | undefined; month?: string | undefined };
type PlanItemData = Omit<WorkProgrammeEventData<'ItemPlanned'>, 'meetingId' | 'meetingDate' | 'month'> & PlannedFor;
type ReplanItemData = Pick<WorkProgrammeEventData<'ItemReplanned'>, 'planItemId' | 'reason'> & PlannedFor;
type MarkItemTakenData = Omit<WorkProgrammeEventData<'ItemTaken'>, 'takenOn'>;
type DropItemData = WorkProgrammeEventData<'ItemDropped'>;

type Decision = readonly WorkProgrammeEvent[] | Rejection<WorkProgrammeRejectionCode>;
type When = { meetingId?: string; meetingDate?: string; month: string };

/** Planning reads the body and the meeting planned for. */
export function planStreams(data: PlanItemData): string[] {
  return [streamId('body', data.bodyId), ...meetingStreams(data)];
}

/** Replanning or taking an item reads the meeting named, if any. */
export function meetingStreams(data: { meetingId?: string | undefined }): string[] {
  return data.meetingId ? [streamId('meeting', data.meetingId)] : [];
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
  const own = meetingOfBody(meeting, bodyId);
  if (isRejection(own)) return own;
  if (meeting.status === 'held') return no('PLANNED_MEETING_HELD', meetingId);
  return { meetingId, meetingDate: meeting.date, month: meeting.date.slice(0, 7) };
}

function isLater(to: When, from: PlanItemState): boolean {
  if (to.month !== from.month) return to.month > from.month;
  return to.meetingDate !== undefined && (from.meetingDate === undefined || to.meetingDate > from.meetingDate);
}

export function decidePlan(data: PlanItemData, state: PlanItemState, rel: Related): Decision {
  const { planItemId, bodyId, title, kind, leadOfficer } = data;
  if (state.status !== 'unplanned') return no('PLAN_ITEM_ALREADY_PLANNED', planItemId);
  const body = establishedBody(relatedState<BodyState>(rel, 'body', bodyId), bodyId);
  if (isRejection(body)) return body;
  const when = plannedFor(data, bodyId, rel);
  if (isRejection(when)) return when;
  return [{ type: 'ItemPlanned', data: { planItemId, bodyId, title, kind, leadOfficer, ...when } }];
}

type Rules<D> = (data: D, state: PlanItemState, related: Related) => Decision;

/** The rules of a command on an item still planned: neither taken nor dropped. */
export function onPlannedItem<D extends { planItemId: string }>(rules: Rules<D>) {
  return (data: D, state: PlanItemState, related: Related): Decision => {
    const id = data.planItemId;
    if (state.status === 'unplanned') return no('PLAN_ITEM_NOT_FOUND', id);
    if (state.status !== 'planned') return no('PLAN_ITEM_CLOSED', id, state.status);
    return rules(data, state, related);
  };
}

export function replan(data: ReplanItemData, state: PlanItemState, rel: Related): Decision {
  const id = data.planItemId;
  const when = plannedFor(data, state.bodyId, rel);
  if (isRejection(when)) return when;
  const from = state.meetingId ?? state.month;
  if (!isLater(when, state)) return no('REPLAN_NOT_LATER', id, from, when.meetingId ?? when.month);
  const before = { ...(state.meetingId ? { fromMeetingId: state.meetingId } : {}), fromMonth: state.month };
  return [{ type: 'ItemReplanned', data: { planItemId: id, ...when, ...before, reason: data.reason } }];
}

export function markTaken(data: MarkItemTakenData, state: PlanItemState, rel: Related): Decision {
  const { planItemId, meetingId } = data;
  const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId);
  if (isRejection(meeting)) return meeting;
  const own = meetingOfBody(meeting, state.bodyId);
  if (isRejection(own)) return own;
  return [{ type: 'ItemTaken', data: { planItemId, meetingId, takenOn: meeting.date } }];
}

export function drop(data: DropItemData): Decision {
  const { planItemId, droppedOn, reason } = data;
  return [{ type: 'ItemDropped', data: { planItemId, droppedOn, reason } }];
}
