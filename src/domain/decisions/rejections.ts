/**
 * Why the ledger refuses a decisions command: a stable SCREAMING_SNAKE code and the sentence a
 * clerk reads, saying what was wrong and how to put it right.
 */
import { rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';

export const decisionsMessages = {
  PROPOSAL_NOT_FOUND: (proposalId: string) =>
    `No matter ${proposalId} has been recorded yet: table its options, or record a resolution or referral for it first.`,
  PROPOSAL_IS_FOR_ANOTHER_ITEM: (proposalId: string, meetingId: string, item: string) =>
    `Matter ${proposalId} belongs to item ${item} of meeting ${meetingId}; record this against that meeting and item, or use a new proposal id.`,
  OPTIONS_ALREADY_TABLED: (proposalId: string) =>
    `Options have already been tabled for ${proposalId}; a different set of options is a new proposal.`,
  OPTION_NOT_TABLED: (proposalId: string, option: string) =>
    `Option ${option} was not tabled for ${proposalId}: only a tabled option can be agreed or taken a position on.`,
  OPTION_ALREADY_AGREED: (proposalId: string, option: string) =>
    `Option ${option} of ${proposalId} has already been agreed.`,
  ANOTHER_OPTION_AGREED: (proposalId: string, agreed: string) =>
    `${proposalId} has already agreed option ${agreed}, and a matter agrees one option; to change course, amend or rescind that decision.`,
  RESOLUTION_LETTER_TAKEN: (proposalId: string, letter: string) =>
    `${proposalId} already has a resolution ${letter}); give this resolution the next letter the minutes use.`,
  ORGANISATION_NOT_PRESENT: (organisationId: string, meetingId: string) =>
    `${organisationId} was not present at meeting ${meetingId} as a member or a substitute, so it cannot have stated a position there.`,
  POSITION_ALREADY_RECORDED: (organisationId: string, proposalId: string) =>
    `${organisationId} already has a position on ${proposalId}; a position is recorded once, as minuted, and a later change of stance is recorded as an amendment of the decision at a later meeting.`,
  AMENDMENT_CHANGES_NOTHING: (proposalId: string, letter: string) =>
    `The amended text of resolution ${letter}) of ${proposalId} is the same as the text in force.`,
  MATTER_ALREADY_REFERRED: (proposalId: string, bodyId: string) =>
    `${proposalId} has already been referred to ${bodyId}.`,
} as const;

export type DecisionsRejectionCode = keyof typeof decisionsMessages | CitationRejectionCode;

export const decisionsRejection = rejectionsFrom(decisionsMessages);
