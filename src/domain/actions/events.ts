/** What the actions feature records on an `action-<id>` stream. */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { ItemNumber } from '../meetings/events.js';
import { DecisionReference } from '../shared/references.js';
import { ActionId, Owners, RagStatus } from './commands.js';

const text = (what: string) => humanText(4000).describe(what);

export const ActionAssignedData = z.object({
  actionId: ActionId,
  title: text('What is to be done, as minuted'),
  owners: Owners,
  meetingId: Slug.describe('The meeting at which the action was agreed'),
  item: ItemNumber,
  decision: DecisionReference.optional().describe('The decision the action carries out'),
  dueOn: IsoDate.optional().describe('When the action is due'),
  parentActionId: ActionId.optional().describe('The action this is a part of'),
});
export const ProgressRecordedData = z.object({
  actionId: ActionId,
  note: text('What has happened'),
  rag: RagStatus,
  asOf: IsoDate.describe('The date the progress report describes'),
});
export const ActionCompletedData = z.object({
  actionId: ActionId,
  completedOn: IsoDate.describe('The date the action was done'),
  note: text('How it was done').optional(),
});
export const ActionReassignedData = z.object({
  actionId: ActionId,
  owners: Owners.describe('The new action owners'),
  previousOwners: Owners.describe('The owners until the reassignment'),
  reassignedOn: IsoDate.describe('The date the new owners took the action over'),
  reason: text('Why the action changed hands').optional(),
});
export const DueDateExtendedData = z.object({
  actionId: ActionId,
  dueOn: IsoDate.describe('The new due date'),
  previousDueOn: IsoDate.optional().describe('The due date until the extension, if there was one'),
  reason: text('Why more time was given').optional(),
});
export const ActionCancelledData = z.object({
  actionId: ActionId,
  cancelledOn: IsoDate.describe('The date the action was dropped'),
  reason: text('Why the action will not be done'),
});
export const ActionReviewedData = z.object({
  actionId: ActionId,
  meetingId: Slug.describe('The later meeting that reviewed the action'),
  note: text('What the meeting noted'),
});

export type ActionAssignedData = z.infer<typeof ActionAssignedData>;
export type ProgressRecordedData = z.infer<typeof ProgressRecordedData>;
export type ActionCompletedData = z.infer<typeof ActionCompletedData>;
export type ActionReassignedData = z.infer<typeof ActionReassignedData>;
export type DueDateExtendedData = z.infer<typeof DueDateExtendedData>;
export type ActionCancelledData = z.infer<typeof ActionCancelledData>;
export type ActionReviewedData = z.infer<typeof ActionReviewedData>;

/** A meeting gave the action to its owners; the action is open. */
export type ActionAssigned = { type: 'ActionAssigned'; data: ActionAssignedData };
/** Progress on an open action was reported, with its RAG status as of a date. */
export type ProgressRecorded = { type: 'ProgressRecorded'; data: ProgressRecordedData };
/** The action was done; it is closed. */
export type ActionCompleted = { type: 'ActionCompleted'; data: ActionCompletedData };
/** An open action passed to new owners, who replace the previous ones. */
export type ActionReassigned = { type: 'ActionReassigned'; data: ActionReassignedData };
/** An open action was given a later due date (or its first one). */
export type DueDateExtended = { type: 'DueDateExtended'; data: DueDateExtendedData };
/** The action was dropped; it is closed. */
export type ActionCancelled = { type: 'ActionCancelled'; data: ActionCancelledData };
/** A later meeting reviewed the action under "actions arising"; once per meeting. */
export type ActionReviewed = { type: 'ActionReviewed'; data: ActionReviewedData };

export type ActionsEvent =
  | ActionAssigned
  | ProgressRecorded
  | ActionCompleted
  | ActionReassigned
  | DueDateExtended
  | ActionCancelled
  | ActionReviewed;

export const actionsEventSchemas = {
  ActionAssigned: ActionAssignedData,
  ProgressRecorded: ProgressRecordedData,
  ActionCompleted: ActionCompletedData,
  ActionReassigned: ActionReassignedData,
  DueDateExtended: DueDateExtendedData,
  ActionCancelled: ActionCancelledData,
  ActionReviewed: ActionReviewedData,
} as const satisfies Record<ActionsEvent['type'], z.ZodType>;
