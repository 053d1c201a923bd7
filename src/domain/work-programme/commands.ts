/**
 * What a clerk records about a body's work programme (forward plan): an item planned for a future
 * meeting or month, with its kind and lead officer; moved to a later meeting, with the reason;
 * taken at a meeting; or dropped. The 2011/12 annual report: "a new work programme will be
 * considered at the June 2012 meeting".
 */
import { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import type { workProgrammeCommands } from './index.js';
import { ItemDroppedData, Month, PlanItemKind, planItemId } from './events.js';

const plannedFor = {
  meetingId: Slug.optional().describe('The meeting it is planned for, if scheduled (give this or month)'),
  month: Month.optional().describe('The month it is planned for, YYYY-MM (give this or meetingId)'),
};

export const PlanItemData = z.object({
  planItemId,
  bodyId: Slug.describe('The body whose work programme holds the item, e.g. leadership-gloucestershire'),
  title: humanText(300).describe('The item, as the work programme words it'),
  kind: PlanItemKind,
  leadOfficer: humanText(200).describe('The lead officer, e.g. Pete Bungard'),
  ...plannedFor,
});
export type PlanItemData = z.infer<typeof PlanItemData>;

export const ReplanItemData = z.object({
  planItemId,
  ...plannedFor,
  reason: humanText(1000).describe('Why it moved, e.g. the report was not ready'),
});
export type ReplanItemData = z.infer<typeof ReplanItemData>;

export const MarkItemTakenData = z.object({
  planItemId,
  meetingId: Slug.describe('The meeting of the body that took the item'),
});
export type MarkItemTakenData = z.infer<typeof MarkItemTakenData>;

export const DropItemData = ItemDroppedData.extend({
  droppedOn: IsoDate.describe('The date it was dropped from the work programme'),
  reason: humanText(1000).describe('Why it was dropped'),
});
export type DropItemData = z.infer<typeof DropItemData>;

/** Every work programme command, from the table in index.ts. */
export type WorkProgrammeCommand = CommandsOf<typeof workProgrammeCommands>;
