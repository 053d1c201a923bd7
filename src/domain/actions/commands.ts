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

export type ActionsCommand = CommandsOf<typeof actionsCommands>;
