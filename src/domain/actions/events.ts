/**
 * What the actions feature records on an `action-<id>` stream, each event declared once with its
 * schema (the contract) and how the action's state takes it.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
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
import { ItemNumber } from '../meetings/events.js';
import { DecisionReference } from '../shared/references.js';
import { MAX_ACTION_OWNERS, tooMany } from '../shared/bounds.js';
import { PersonName } from '../directory/events.js';
import type { ActionState, AssignedAction } from './state.js';

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

/** `decide` emits nothing else before the assignment, so meeting another event first is a corrupt stream. */
function assigned(state: ActionState, type: string): AssignedAction {
  if (!state.assigned) throw new Error(`Bug: ${type} on an action that was never assigned`);
  return state;
}

const on = folding<ActionState>();

export const actionsEvents = {
  /** A meeting gave the action to its owners; the action is open. */
  ActionAssigned: on(
    z.object({
      actionId: ActionId,
      title: text(
        'What is to be done, as minuted, e.g. To make a presentation on ACE to members of the Forest of Dean DC',
      ),
      owners: Owners,
      meetingId: Slug.describe('The meeting at which the action was agreed, e.g. lg-2018-06-14'),
      item: ItemNumber,
      decision: DecisionReference.optional().describe(
        'The decision the action carries out, if there is one, e.g. 3 a) of lg-2016-10-27-item-3',
      ),
      dueOn: IsoDate.optional().describe('When the action is due, if the meeting set a date'),
      parentActionId: ActionId.optional().describe('The action this is a part of, for sub-actions a) to d)'),
    }),
    (_state, { actionId, title, owners, meetingId, item, decision, dueOn, parentActionId }) => ({
      assigned: true,
      actionId,
      title,
      owners,
      meetingId,
      item,
      ...(decision ? { decision } : {}),
      ...(dueOn ? { dueOn } : {}),
      ...(parentActionId ? { parentActionId } : {}),
      status: 'open',
      progress: [],
      reviews: [],
    }),
  ),
  /** Progress on an open action was reported, with its RAG status as of a date. */
  ProgressRecorded: on(
    z.object({
      actionId: ActionId,
      note: text('What has happened, e.g. consultants appointed; draft report due 31 July 2018'),
      rag: RagStatus,
      asOf: IsoDate.describe('The date the progress report describes'),
    }),
    (state, { note, rag, asOf }) => {
      const action = assigned(state, 'ProgressRecorded');
      return { ...action, rag, progress: [...action.progress, { note, rag, asOf }] };
    },
  ),
  /** The action was done; it is closed. */
  ActionCompleted: on(
    z.object({
      actionId: ActionId,
      completedOn: IsoDate.describe('The date the action was done'),
      note: text('How it was done, if minuted').optional(),
    }),
    (state, data) => ({ ...assigned(state, 'ActionCompleted'), status: 'completed', completedOn: data.completedOn }),
  ),
  /** An open action passed to new owners, who replace the previous ones. */
  ActionReassigned: on(
    z.object({
      actionId: ActionId,
      owners: Owners.describe('The new action owners, replacing the old ones'),
      previousOwners: Owners.describe('The owners until the reassignment'),
      reassignedOn: IsoDate.describe('The date the new owners took the action over'),
      reason: text('Why the action changed hands, e.g. change of post holder').optional(),
    }),
    (state, data) => ({ ...assigned(state, 'ActionReassigned'), owners: data.owners }),
  ),
  /** An open action was given a later due date (or its first one). */
  DueDateExtended: on(
    z.object({
      actionId: ActionId,
      dueOn: IsoDate.describe('The new due date, later than the current one'),
      previousDueOn: IsoDate.optional().describe('The due date until the extension, if there was one'),
      reason: text('Why more time was given').optional(),
    }),
    (state, data) => ({ ...assigned(state, 'DueDateExtended'), dueOn: data.dueOn }),
  ),
  /** The action was dropped; it is closed. */
  ActionCancelled: on(
    z.object({
      actionId: ActionId,
      cancelledOn: IsoDate.describe('The date the action was dropped'),
      reason: text('Why the action will not be done'),
    }),
    (state, data) => ({
      ...assigned(state, 'ActionCancelled'),
      status: 'cancelled',
      cancelledOn: data.cancelledOn,
      cancellationReason: data.reason,
    }),
  ),
  /** A later meeting reviewed the action under "actions arising"; once per meeting. */
  ActionReviewed: on(
    z.object({
      actionId: ActionId,
      meetingId: Slug.describe('The later meeting that reviewed the action under actions arising, e.g. lg-2016-12-15'),
      note: text('What the meeting noted, e.g. Relevant actions had been taken following the last meeting'),
    }),
    (state, { meetingId, note }) => {
      const action = assigned(state, 'ActionReviewed');
      return { ...action, reviews: [...action.reviews, { meetingId, note }] };
    },
  ),
} as const satisfies EventTable<ActionState>;

/** Every actions event, as `{ type, data }`, from the event table. */
export type ActionsEvent = EventsOf<typeof actionsEvents>;
/** One actions event's data, by its type. */
export type ActionsEventData<K extends keyof typeof actionsEvents> = EventDataOf<typeof actionsEvents, K>;

/** Event type -> schema of its data. */
export const actionsEventSchemas = schemasOf(actionsEvents);

/** How an action's state takes each of its events, dispatched through the table. */
export const evolveAction = evolverOf<ActionState, typeof actionsEvents>(actionsEvents);
