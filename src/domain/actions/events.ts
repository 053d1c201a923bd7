/** What the actions feature records on an `action-<id>` stream. */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { ItemNumber } from '../meetings/events.js';
import { DecisionReference } from '../shared/references.js';
import { MAX_ACTION_OWNERS, tooMany } from '../shared/bounds.js';
import { PersonName } from '../directory/events.js';

export const ActionId = Slug.describe(
  'The action, named by the clerk from its meeting and item, e.g. lg-2016-10-27-3-1',
);

/** A person named in the minutes (who need not be in the directory), an organisation, or a body. */
export const Owner = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('person').describe('A person named in the minutes'),
        name: PersonName,
        organisation: Slug.optional().describe('The organisation the person acts for, e.g. office-of-the-pcc'),
      })
      .describe('A person, e.g. Richard Bradley of the Office of the PCC'),
    z
      .object({
        kind: z.literal('organisation').describe('An organisation in the directory'),
        id: Slug.describe('The organisation, e.g. gloucestershire-county-council'),
      })
      .describe('An organisation as a whole'),
    z
      .object({
        kind: z.literal('body').describe('A body in the directory'),
        id: Slug.describe('The body, e.g. district-chief-executives-group'),
      })
      .describe('A board, partnership or group'),
  ])
  .describe('Who owns the action');
export type Owner = z.infer<typeof Owner>;

export const Owners = z
  .array(Owner)
  .min(1, 'name at least one action owner')
  .max(MAX_ACTION_OWNERS, tooMany('action owners', MAX_ACTION_OWNERS))
  .describe('The action owners, at least one');

export const RagStatus = z
  .enum(['red', 'amber', 'green'])
  .describe('The RAG status: red (off track), amber (at risk) or green (on track)');
export type RagStatus = z.infer<typeof RagStatus>;

const text = (what: string) => humanText(4000).describe(what);

export const ActionAssignedData = z.object({
  actionId: ActionId,
  title: text('What is to be done, as minuted, e.g. To make a presentation on ACE to members of the Forest of Dean DC'),
  owners: Owners,
  meetingId: Slug.describe('The meeting at which the action was agreed, e.g. lg-2018-06-14'),
  item: ItemNumber,
  decision: DecisionReference.optional().describe(
    'The decision the action carries out, if there is one, e.g. 3 a) of lg-2016-10-27-item-3',
  ),
  dueOn: IsoDate.optional().describe('When the action is due, if the meeting set a date'),
  parentActionId: ActionId.optional().describe('The action this is a part of, for sub-actions a) to d)'),
});

export const ProgressRecordedData = z.object({
  actionId: ActionId,
  note: text('What has happened, e.g. consultants appointed; draft report due 31 July 2018'),
  rag: RagStatus,
  asOf: IsoDate.describe('The date the progress report describes'),
});

export const ActionCompletedData = z.object({
  actionId: ActionId,
  completedOn: IsoDate.describe('The date the action was done'),
  note: text('How it was done, if minuted').optional(),
});

export const ActionReassignedData = z.object({
  actionId: ActionId,
  owners: Owners.describe('The new action owners, replacing the old ones'),
  previousOwners: Owners.describe('The owners until the reassignment'),
  reassignedOn: IsoDate.describe('The date the new owners took the action over'),
  reason: text('Why the action changed hands, e.g. change of post holder').optional(),
});

export const DueDateExtendedData = z.object({
  actionId: ActionId,
  dueOn: IsoDate.describe('The new due date, later than the current one'),
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
  meetingId: Slug.describe('The later meeting that reviewed the action under actions arising, e.g. lg-2016-12-15'),
  note: text('What the meeting noted, e.g. Relevant actions had been taken following the last meeting'),
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
