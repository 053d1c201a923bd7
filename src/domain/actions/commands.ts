/**
 * What a clerk asks the ledger to record about an action: who owns it and where it came from,
 * its progress, completion, reassignment, a later due date, cancellation, and its review at a
 * later meeting under "actions arising".
 */
import type { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { actionsCommands } from './index.js';
import {
  ActionAssignedData,
  ActionCancelledData,
  ActionCompletedData,
  ActionReassignedData,
  ActionReviewedData,
  DueDateExtendedData,
  ProgressRecordedData,
} from './events.js';

export { ActionId, Owner, Owners, RagStatus } from './events.js';

// The event schema is the contract: a command carrying what its event will say reuses it, less
// the fields `decide` fills from the action's state (the previous owners or due date).
export const AssignActionData = ActionAssignedData;
export const RecordProgressData = ProgressRecordedData;
export const CompleteActionData = ActionCompletedData;
export const ReassignActionData = ActionReassignedData.omit({ previousOwners: true });
export const ExtendDueDateData = DueDateExtendedData.omit({ previousDueOn: true });
export const CancelActionData = ActionCancelledData;
export const ReviewActionData = ActionReviewedData;

export type AssignActionData = z.infer<typeof AssignActionData>;
export type RecordProgressData = z.infer<typeof RecordProgressData>;
export type CompleteActionData = z.infer<typeof CompleteActionData>;
export type ReassignActionData = z.infer<typeof ReassignActionData>;
export type ExtendDueDateData = z.infer<typeof ExtendDueDateData>;
export type CancelActionData = z.infer<typeof CancelActionData>;
export type ReviewActionData = z.infer<typeof ReviewActionData>;

/** A meeting gave one or more owners something to do, from an item and perhaps a decision. */
export type AssignAction = Extract<ActionsCommand, { type: 'AssignAction' }>;
/** An owner reported progress with a RAG status; only on an open action. */
export type RecordProgress = Extract<ActionsCommand, { type: 'RecordProgress' }>;
/** The action was done; it takes nothing more but reviews. */
export type CompleteAction = Extract<ActionsCommand, { type: 'CompleteAction' }>;
/** The action passed to new owners; only while it is open. */
export type ReassignAction = Extract<ActionsCommand, { type: 'ReassignAction' }>;
/** The action was given until a later date; only while it is open. */
export type ExtendDueDate = Extract<ActionsCommand, { type: 'ExtendDueDate' }>;
/** The action was dropped; it takes nothing more but reviews. */
export type CancelAction = Extract<ActionsCommand, { type: 'CancelAction' }>;
/** A later meeting looked at the action under "actions arising". */
export type ReviewAction = Extract<ActionsCommand, { type: 'ReviewAction' }>;

export type ActionsCommand = CommandsOf<typeof actionsCommands>;
