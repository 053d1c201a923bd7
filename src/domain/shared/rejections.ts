/**
 * The rejections any feature may return when a command cites another stream: one code per fact,
 * whichever feature checks it (see `citations.ts` for the checks themselves).
 */
import { rejectionsFrom } from './decider.js';

export const citationMessages = {
  ORGANISATION_NOT_REGISTERED: (id: string) => `There is no organisation ${id} in the directory; register it first.`,
  ORGANISATION_DISSOLVED: (id: string, on: string) =>
    `The organisation ${id} was dissolved on ${on}; record this against its successor instead.`,
  BODY_NOT_ESTABLISHED: (id: string) => `There is no body ${id} in the directory; establish it first.`,
  DATE_BEFORE_ESTABLISHMENT: (date: string, bodyId: string, establishedOn: string) =>
    `${date} is before ${bodyId} was established on ${establishedOn}; check the date.`,
  MEETING_NOT_SCHEDULED: (id: string) => `There is no meeting ${id} in the ledger; schedule it first.`,
  MEETING_CANCELLED: (id: string) => `The meeting ${id} was cancelled; nothing can be recorded against it.`,
  MEETING_OF_ANOTHER_BODY: (meetingId: string, actualBodyId: string, bodyId: string) =>
    `Meeting ${meetingId} is a meeting of ${actualBodyId}, not of ${bodyId}: name a meeting of ` +
    `${bodyId}, or the body whose meeting it is.`,
  ITEM_NOT_ON_AGENDA: (meetingId: string, item: string) =>
    `Item ${item} is not on the agenda of meeting ${meetingId}: table the item on the meeting first.`,
  MEETING_NOT_LATER: (meetingId: string, earlierMeetingId: string) =>
    `Meeting ${meetingId} was not held after meeting ${earlierMeetingId}; a decision is ` +
    `changed, an action reviewed or minutes confirmed only at a later meeting.`,
  DECISION_NOT_FOUND: (proposalId: string, letter: string) =>
    `There is no resolution ${letter}) of ${proposalId} in the ledger; record the decision ` +
    `before citing or changing it.`,
  DECISION_NOT_IN_FORCE: (proposalId: string, letter: string) =>
    `Resolution ${letter}) of ${proposalId} has been rescinded, so it can no longer be changed, cited or carried out.`,
} as const;

export type CitationRejectionCode = keyof typeof citationMessages;

export const citationRejection = rejectionsFrom(citationMessages);
