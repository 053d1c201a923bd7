/**
 * Why the ledger refuses an actions command: a stable SCREAMING_SNAKE code and the sentence a
 * clerk reads. Rules about the meeting (not found, cancelled, item not on the agenda, not a later
 * meeting) are shared with the decisions feature and keep its codes.
 */
import { reject, type Rejection } from '../shared/decider.js';
import type { DecisionsRejectionCode } from '../decisions/rejections.js';

const messages = {
  ACTION_ALREADY_ASSIGNED: (actionId: string) =>
    `Action ${actionId} has already been assigned; reassign it, or give the new action its own id.`,
  ACTION_NOT_FOUND: (actionId: string) => `There is no action ${actionId}: assign it before recording anything about it.`,
  ACTION_COMPLETED: (actionId: string) => `Action ${actionId} has been completed, so it takes no more progress, reassignment or dates.`,
  ACTION_CANCELLED: (actionId: string) => `Action ${actionId} was cancelled, so it takes no more progress, reassignment or dates.`,
  OWNER_LISTED_TWICE: (owner: string) => `${owner} is listed twice among the action owners.`,
  OWNER_NOT_IN_DIRECTORY: (owner: string, on: string) =>
    `${owner} is not in the directory as an organisation or body existing on ${on}: register it first, or name a person instead.`,
  OWNERS_UNCHANGED: (actionId: string) => `The new owners of action ${actionId} are the ones it already has.`,
  DECISION_NOT_FOUND: (proposalId: string, letter: string) =>
    `There is no resolution ${letter}) of ${proposalId}: record the decision before assigning actions that carry it out.`,
  DECISION_NOT_IN_FORCE: (proposalId: string, letter: string) =>
    `Resolution ${letter}) of ${proposalId} has been rescinded, so no new action can carry it out.`,
  PARENT_ACTION_NOT_FOUND: (parentActionId: string) =>
    `There is no action ${parentActionId} to hold this sub-action: assign the main action first.`,
  DUE_DATE_BEFORE_MEETING: (dueOn: string, meetingDate: string) =>
    `The due date ${dueOn} is before the meeting of ${meetingDate} that agreed the action.`,
  DUE_DATE_NOT_LATER: (dueOn: string, currentDueOn: string) =>
    `The new due date ${dueOn} is not later than the current due date ${currentDueOn}; an extension only gives more time.`,
  ALREADY_REVIEWED_AT_MEETING: (actionId: string, meetingId: string) => `Action ${actionId} has already been reviewed at meeting ${meetingId}.`,
} as const;

export type ActionsRejectionCode = keyof typeof messages;

/** The meeting rules' codes an actions command can also return. */
const meetingCodes = ['MEETING_NOT_FOUND', 'MEETING_CANCELLED', 'ITEM_NOT_ON_AGENDA', 'MEETING_NOT_LATER'] as const satisfies readonly DecisionsRejectionCode[];

/** Every code this feature can return, for the table that maps codes to HTTP status and exit code. */
export const actionsRejectionCodes: readonly (ActionsRejectionCode | (typeof meetingCodes)[number])[] = [
  ...(Object.keys(messages) as ActionsRejectionCode[]),
  ...meetingCodes,
];

export function actionsRejection<C extends ActionsRejectionCode>(code: C, ...args: Parameters<(typeof messages)[C]>): Rejection {
  const message = messages[code] as (...values: Parameters<(typeof messages)[C]>) => string;
  return reject(code, message(...args));
}
