/**
 * What the ledger records on a `plan-item-<id>` stream: an item of a body's work programme
 * (forward plan). Each event declared once, with its schema (the contract) and how the item's
 * state takes it.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { Slug } from '../shared/identifiers.js';
import type { PlanItemState } from './state.js';

export const planItemId = Slug.describe('The planned item, named by the clerk, e.g. lg-2012-06-work-programme');
export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month written YYYY-MM, e.g. 2012-06')
  .describe('The month the item is planned for, YYYY-MM, e.g. 2012-06');
export const PlanItemKind = z
  .enum(['decision', 'discussion', 'information'])
  .describe('What the body is asked to do with the item: decision, discussion or information');
export type PlanItemKind = z.infer<typeof PlanItemKind>;

const plannedMeetingId = Slug.optional().describe('The meeting it is planned for, when that meeting is scheduled');
const meetingDate = IsoDate.optional().describe("The planned meeting's date, as scheduled when the item was planned");

/** Planned or replanned: the item now stands for this meeting or month. */
function plannedFor(
  bodyId: string,
  data: { meetingId?: string | undefined; meetingDate?: string | undefined; month: string },
): PlanItemState {
  const { meetingId, meetingDate, month } = data;
  return {
    status: 'planned',
    bodyId,
    month,
    ...(meetingId ? { meetingId } : {}),
    ...(meetingDate ? { meetingDate } : {}),
  };
}

const on = folding<PlanItemState>();

export const workProgrammeEvents = {
  /** An item was put on a body's work programme for a meeting or a month. */
  ItemPlanned: on(
    z.object({
      planItemId,
      bodyId: Slug.describe('The body whose work programme holds the item, e.g. leadership-gloucestershire'),
      title: z.string().describe('The item, as the work programme words it'),
      kind: PlanItemKind,
      leadOfficer: z.string().describe('The lead officer, as the work programme names them'),
      meetingId: plannedMeetingId,
      meetingDate,
      month: Month,
    }),
    (_state, data) => plannedFor(data.bodyId, data),
  ),
  /** It moved to a later meeting or month: it slipped. */
  ItemReplanned: on(
    z.object({
      planItemId,
      meetingId: plannedMeetingId,
      meetingDate,
      month: Month,
      fromMeetingId: Slug.optional().describe('The meeting it was planned for before'),
      fromMonth: Month.describe('The month it was planned for before'),
      reason: z.string().describe('Why it moved'),
    }),
    (state, data) => plannedFor(state.bodyId, data),
  ),
  /** A meeting of the body took it. */
  ItemTaken: on(
    z.object({
      planItemId,
      meetingId: Slug.describe('The meeting that took the item'),
      takenOn: IsoDate.describe("The meeting's date"),
    }),
    (state) => ({ ...state, status: 'taken' }),
  ),
  /** It was dropped from the work programme. */
  ItemDropped: on(
    z.object({
      planItemId,
      droppedOn: IsoDate.describe('The date it was dropped from the work programme'),
      reason: z.string().describe('Why it was dropped'),
    }),
    (state) => ({ ...state, status: 'dropped' }),
  ),
} as const satisfies EventTable<PlanItemState>;

/** Every work programme event, as `{ type, data }`, from the event table. */
export type WorkProgrammeEvent = EventsOf<typeof workProgrammeEvents>;
/** One work programme event's data, by its type. */
export type WorkProgrammeEventData<K extends keyof typeof workProgrammeEvents> = EventDataOf<
  typeof workProgrammeEvents,
  K
>;

/** Event type -> schema of its data. */
export const workProgrammeEventSchemas = schemasOf(workProgrammeEvents);

/** How a planned item's state takes each of its events, dispatched through the table. */
export const evolvePlanItem = evolverOf<PlanItemState, typeof workProgrammeEvents>(workProgrammeEvents);
