/**
 * Why the ledger refuses a decisions command: a stable SCREAMING_SNAKE code and the sentence a
 * clerk reads, saying what was wrong and how to put it right.
 */
import { reject, type Rejection } from '../shared/decider.js';

const messages = {
  PROPOSAL_NOT_FOUND: (proposalId: string) =>
    `No matter ${proposalId} has been recorded yet: table its options, or record a resolution or referral for it first.`,
  PROPOSAL_IS_FOR_ANOTHER_ITEM: (proposalId: string, meetingId: string, item: string) =>
    `Matter ${proposalId} belongs to item ${item} of meeting ${meetingId}; record this against that meeting and item, or use a new proposal id.`,
  MEETING_NOT_FOUND: (meetingId: string) => `There is no meeting ${meetingId} in the ledger: schedule it before recording its business.`,
  MEETING_CANCELLED: (meetingId: string) => `Meeting ${meetingId} was cancelled, so nothing can be recorded against it.`,
  ITEM_NOT_ON_AGENDA: (meetingId: string, item: string) =>
    `Item ${item} is not on the agenda of meeting ${meetingId}: table the item on the meeting first.`,
  MEETING_NOT_LATER: (meetingId: string, earlierMeetingId: string) =>
    `Meeting ${meetingId} was not held after meeting ${earlierMeetingId}; a decision can only be changed at a later meeting.`,
  OPTIONS_ALREADY_TABLED: (proposalId: string) =>
    `Options have already been tabled for ${proposalId}; a different set of options is a new proposal.`,
  OPTION_NOT_TABLED: (proposalId: string, option: string) =>
    `Option ${option} was not tabled for ${proposalId}: only a tabled option can be agreed or taken a position on.`,
  OPTION_ALREADY_AGREED: (proposalId: string, option: string) => `Option ${option} of ${proposalId} has already been agreed.`,
  ANOTHER_OPTION_AGREED: (proposalId: string, agreed: string) =>
    `${proposalId} has already agreed option ${agreed}, and a matter agrees one option; to change course, amend or rescind that decision.`,
  RESOLUTION_LETTER_TAKEN: (proposalId: string, letter: string) =>
    `${proposalId} already has a resolution ${letter}); give this resolution the next letter the minutes use.`,
  ORGANISATION_NOT_PRESENT: (organisationId: string, meetingId: string) =>
    `${organisationId} was not present at meeting ${meetingId} as a member or a substitute, so it cannot have stated a position there.`,
  POSITION_ALREADY_RECORDED: (organisationId: string, proposalId: string) =>
    `${organisationId} already has a position on ${proposalId}; a position is recorded once, as minuted, and a later change of stance is recorded as an amendment of the decision at a later meeting.`,
  RESOLUTION_NOT_FOUND: (proposalId: string, letter: string) => `${proposalId} has no resolution ${letter}).`,
  DECISION_NOT_IN_FORCE: (proposalId: string, letter: string) =>
    `Resolution ${letter}) of ${proposalId} has been rescinded, so it can no longer be changed or cited.`,
  AMENDMENT_CHANGES_NOTHING: (proposalId: string, letter: string) =>
    `The amended text of resolution ${letter}) of ${proposalId} is the same as the text in force.`,
  BODY_NOT_FOUND: (bodyId: string) => `There is no body ${bodyId} in the directory: establish it before referring a matter to it.`,
  MATTER_ALREADY_REFERRED: (proposalId: string, bodyId: string) => `${proposalId} has already been referred to ${bodyId}.`,
} as const;

export type DecisionsRejectionCode = keyof typeof messages;

/** Every code this feature can return, for the table that maps codes to HTTP status and exit code. */
export const decisionsRejectionCodes = Object.keys(messages) as DecisionsRejectionCode[];

export function decisionsRejection<C extends DecisionsRejectionCode>(code: C, ...args: Parameters<(typeof messages)[C]>): Rejection {
  const message = messages[code] as (...values: Parameters<(typeof messages)[C]>) => string;
  return reject(code, message(...args));
}
