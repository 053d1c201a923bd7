/** What the ledger records on a `plan-item-<id>` stream: an item of a body's work programme (forward plan). */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';

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

export const ItemPlannedData = z.object({
  planItemId,
  bodyId: Slug.describe('The body whose work programme holds the item, e.g. leadership-gloucestershire'),
  title: z.string().describe('The item, as the work programme words it'),
  kind: PlanItemKind,
  leadOfficer: z.string().describe('The lead officer, as the work programme names them'),
  meetingId: plannedMeetingId,
  meetingDate,
  month: Month,
});
export type ItemPlannedData = z.infer<typeof ItemPlannedData>;

export const ItemReplannedData = z.object({
  planItemId,
  meetingId: plannedMeetingId,
  meetingDate,
  month: Month,
  fromMeetingId: Slug.optional().describe('The meeting it was planned for before'),
  fromMonth: Month.describe('The month it was planned for before'),
  reason: z.string().describe('Why it moved'),
});
export type ItemReplannedData = z.infer<typeof ItemReplannedData>;

export const ItemTakenData = z.object({
  planItemId,
  meetingId: Slug.describe('The meeting that took the item'),
  takenOn: IsoDate.describe("The meeting's date"),
});
export type ItemTakenData = z.infer<typeof ItemTakenData>;

export const ItemDroppedData = z.object({
  planItemId,
  droppedOn: IsoDate.describe('The date it was dropped from the work programme'),
  reason: z.string().describe('Why it was dropped'),
});
export type ItemDroppedData = z.infer<typeof ItemDroppedData>;

/** An item was put on a body's work programme for a meeting or a month. */
export type ItemPlanned = { type: 'ItemPlanned'; data: ItemPlannedData };
/** It moved to a later meeting or month: it slipped. */
export type ItemReplanned = { type: 'ItemReplanned'; data: ItemReplannedData };
/** A meeting of the body took it. */
export type ItemTaken = { type: 'ItemTaken'; data: ItemTakenData };
/** It was dropped from the work programme. */
export type ItemDropped = { type: 'ItemDropped'; data: ItemDroppedData };

export type WorkProgrammeEvent = ItemPlanned | ItemReplanned | ItemTaken | ItemDropped;

export const workProgrammeEventSchemas = {
  ItemPlanned: ItemPlannedData,
  ItemReplanned: ItemReplannedData,
  ItemTaken: ItemTakenData,
  ItemDropped: ItemDroppedData,
} satisfies Record<WorkProgrammeEvent['type'], z.ZodType>;
