/**
 * What a clerk asks the ledger to record about an action: who owns it and where it came from,
 * its progress, completion, reassignment, a later due date, cancellation, and its review at a
 * later meeting under "actions arising".
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { MAX_ACTION_OWNERS, tooMany } from '../shared/bounds.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { PersonName } from '../directory/events.js';
import { ItemNumber } from '../meetings/events.js';
import { DecisionReference } from '../shared/references.js';

export const ActionId = Slug.describe('The action, named by the clerk from its meeting and item, e.g. lg-2016-10-27-3-1');

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

export const Owners = z.array(Owner).min(1, 'name at least one action owner').max(MAX_ACTION_OWNERS, tooMany('action owners', MAX_ACTION_OWNERS)).describe('The action owners, at least one');

export const RagStatus = z.enum(['red', 'amber', 'green']).describe('The RAG status: red (off track), amber (at risk) or green (on track)');
export type RagStatus = z.infer<typeof RagStatus>;

const text = (what: string) => humanText(4000).describe(what);

export const AssignActionData = z.object({
  actionId: ActionId,
  title: text('What is to be done, as minuted, e.g. To make a presentation on ACE to members of the Forest of Dean DC'),
  owners: Owners,
  meetingId: Slug.describe('The meeting at which the action was agreed, e.g. lg-2018-06-14'),
  item: ItemNumber,
  decision: DecisionReference.optional().describe('The decision the action carries out, if there is one, e.g. 3 a) of lg-2016-10-27-item-3'),
  dueOn: IsoDate.optional().describe('When the action is due, if the meeting set a date'),
  parentActionId: ActionId.optional().describe('The action this is a part of, for sub-actions a) to d)'),
});

export const RecordProgressData = z.object({
  actionId: ActionId,
  note: text('What has happened, e.g. consultants appointed; draft report due 31 July 2018'),
  rag: RagStatus,
  asOf: IsoDate.describe('The date the progress report describes'),
});

export const CompleteActionData = z.object({
  actionId: ActionId,
  completedOn: IsoDate.describe('The date the action was done'),
  note: text('How it was done, if minuted').optional(),
});

export const ReassignActionData = z.object({
  actionId: ActionId,
  owners: Owners.describe('The new action owners, replacing the old ones'),
  reassignedOn: IsoDate.describe('The date the new owners took the action over'),
  reason: text('Why the action changed hands, e.g. change of post holder').optional(),
});

export const ExtendDueDateData = z.object({
  actionId: ActionId,
  dueOn: IsoDate.describe('The new due date, later than the current one'),
  reason: text('Why more time was given').optional(),
});

export const CancelActionData = z.object({
  actionId: ActionId,
  cancelledOn: IsoDate.describe('The date the action was dropped'),
  reason: text('Why the action will not be done'),
});

export const ReviewActionData = z.object({
  actionId: ActionId,
  meetingId: Slug.describe('The later meeting that reviewed the action under actions arising, e.g. lg-2016-12-15'),
  note: text('What the meeting noted, e.g. Relevant actions had been taken following the last meeting'),
});

export type AssignActionData = z.infer<typeof AssignActionData>;
export type RecordProgressData = z.infer<typeof RecordProgressData>;
export type CompleteActionData = z.infer<typeof CompleteActionData>;
export type ReassignActionData = z.infer<typeof ReassignActionData>;
export type ExtendDueDateData = z.infer<typeof ExtendDueDateData>;
export type CancelActionData = z.infer<typeof CancelActionData>;
export type ReviewActionData = z.infer<typeof ReviewActionData>;

/** A meeting gave one or more owners something to do, from an item and perhaps a decision. */
export type AssignAction = { type: 'AssignAction'; data: AssignActionData };
/** An owner reported progress with a RAG status; only on an open action. */
export type RecordProgress = { type: 'RecordProgress'; data: RecordProgressData };
/** The action was done; it takes nothing more but reviews. */
export type CompleteAction = { type: 'CompleteAction'; data: CompleteActionData };
/** The action passed to new owners; only while it is open. */
export type ReassignAction = { type: 'ReassignAction'; data: ReassignActionData };
/** The action was given until a later date; only while it is open. */
export type ExtendDueDate = { type: 'ExtendDueDate'; data: ExtendDueDateData };
/** The action was dropped; it takes nothing more but reviews. */
export type CancelAction = { type: 'CancelAction'; data: CancelActionData };
/** A later meeting looked at the action under "actions arising". */
export type ReviewAction = { type: 'ReviewAction'; data: ReviewActionData };

export type ActionsCommand =
  | AssignAction
  | RecordProgress
  | CompleteAction
  | ReassignAction
  | ExtendDueDate
  | CancelAction
  | ReviewAction;
