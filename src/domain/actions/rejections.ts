/**
 * Why the ledger refuses an actions command: a stable SCREAMING_SNAKE code and the sentence a
 * clerk reads. Rules about the cited meeting, owners' organisations and decision are in
 * `shared/citations.ts`, with their codes in `shared/rejections.ts`.
 */
import { rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';

export const actionsMessages = {
  ACTION_ALREADY_ASSIGNED: (actionId: string) =>
    `Action ${actionId} has already been assigned; reassign it, or give the new action its own id.`,
  ACTION_NOT_FOUND: (actionId: string) =>
    `There is no action ${actionId}: assign it before recording anything about it.`,
  ACTION_COMPLETED: (actionId: string) =>
    `Action ${actionId} has been completed, so it takes no more progress, reassignment or dates.`,
  ACTION_CANCELLED: (actionId: string) =>
    `Action ${actionId} was cancelled, so it takes no more progress, reassignment or dates.`,
  OWNER_LISTED_TWICE: (owner: string) => `${owner} is listed twice among the action owners.`,
  OWNER_NOT_IN_DIRECTORY: (owner: string, on: string) =>
    `${owner} is not in the directory as an organisation or body existing on ${on}: register it first, or name a person instead.`,
  OWNERS_UNCHANGED: (actionId: string) => `The new owners of action ${actionId} are the ones it already has.`,
  PARENT_ACTION_NOT_FOUND: (parentActionId: string) =>
    `There is no action ${parentActionId} to hold this sub-action: assign the main action first.`,
  DUE_DATE_BEFORE_MEETING: (dueOn: string, meetingDate: string) =>
    `The due date ${dueOn} is before the meeting of ${meetingDate} that agreed the action.`,
  DUE_DATE_NOT_LATER: (dueOn: string, currentDueOn: string) =>
    `The new due date ${dueOn} is not later than the current due date ${currentDueOn}; an extension only gives more time.`,
  ALREADY_REVIEWED_AT_MEETING: (actionId: string, meetingId: string) =>
    `Action ${actionId} has already been reviewed at meeting ${meetingId}.`,
} as const;

export type ActionsRejectionCode = keyof typeof actionsMessages | CitationRejectionCode;

export const actionsRejection = rejectionsFrom(actionsMessages);
