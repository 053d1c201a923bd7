/**
 * Why the ledger refuses a lineage link: a stable SCREAMING_SNAKE code and the sentence a clerk
 * reads, saying what was wrong and how to put it right.
 */
import { rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';

export const lineageMessages = {
  LINK_TO_ITSELF: (proposalId: string) =>
    `A decision of ${proposalId} cannot be linked to its own matter; name another body's matter.`,
  LINKED_MEETING_OF_ANOTHER_BODY: (meetingId: string, bodyId: string, actualBodyId: string) =>
    `Meeting ${meetingId} is a meeting of ${actualBodyId}, not ${bodyId}: name the body whose meeting it is.`,
  LINKED_MATTER_ELSEWHERE: (proposalId: string, meetingId: string, item: string) =>
    `Matter ${proposalId} is recorded at item ${item} of meeting ${meetingId}: name that meeting and item for it.`,
  LINK_ALREADY_RECORDED: (proposalId: string, kind: string, otherProposalId: string) =>
    `${proposalId} already records that it ${kind} ${otherProposalId}; a link is recorded once.`,
  LINK_AGAINST_TIME: (upstreamId: string, upstreamDate: string, downstreamId: string, downstreamDate: string) =>
    `${downstreamId} (${downstreamDate}) cannot follow from ${upstreamId} (${upstreamDate}), which was decided later: a decision can only act on one made before it; check the kind of link or its direction.`,
  LINK_MAKES_CYCLE: (proposalId: string, otherProposalId: string) =>
    `${otherProposalId} already follows from ${proposalId}, so this link would make a cycle (each would follow from the other); record the link in one direction only.`,
} as const;

export type LineageRejectionCode = keyof typeof lineageMessages | CitationRejectionCode;

export const lineageRejection = rejectionsFrom(lineageMessages);
