/**
 * Lettered resolutions and what may later happen to them (amendment, rescission), and referrals.
 * A resolution or referral may be the first thing recorded on a matter with no options: it then
 * opens the proposal at the meeting and item it names.
 */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState } from '../directory/state.js';
import type { DecisionsEvent, DecisionsEventData } from './events.js';
import { establishedBody, heldLater, meetingForRecording, resolutionInForce } from '../shared/citations.js';
import type { MeetingState } from '../meetings/state.js';
import type { DecisionsRejectionCode } from './rejections.js';
import { findResolution, type ProposalState, type ResolutionState } from './state.js';

/** The codes of the rules on a matter and its resolutions. */
export const resolutionMessages = {
  PROPOSAL_NOT_FOUND: (proposalId: string) =>
    `No matter ${proposalId} has been recorded yet: table its options, or record a resolution ` +
    `or referral for it first.`,
  PROPOSAL_IS_FOR_ANOTHER_ITEM: (proposalId: string, meetingId: string, item: string) =>
    `Matter ${proposalId} belongs to item ${item} of meeting ${meetingId}; record this against ` +
    `that meeting and item, or use a new proposal id.`,
  RESOLUTION_LETTER_TAKEN: (proposalId: string, letter: string) =>
    `${proposalId} already has a resolution ${letter}); give this resolution the next letter the minutes use.`,
  AMENDMENT_CHANGES_NOTHING: (proposalId: string, letter: string) =>
    `The amended text of resolution ${letter}) of ${proposalId} is the same as the text in force.`,
  MATTER_ALREADY_REFERRED: (proposalId: string, bodyId: string) =>
    `${proposalId} has already been referred to ${bodyId}.`,
} as const;

export const resolutionRejection = rejectionsFrom(resolutionMessages);
const no = resolutionRejection;

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type RecordResolutionData = DecisionsEventData<'ResolutionRecorded'>;
type AmendDecisionData = DecisionsEventData<'DecisionAmended'>;
type RescindDecisionData = DecisionsEventData<'DecisionRescinded'>;
export type ReferMatterData = DecisionsEventData<'MatterReferred'>;

type Decision = readonly DecisionsEvent[] | Rejection<DecisionsRejectionCode>;

/**
 * A command that may open the proposal must name the proposal's own meeting and item, which must be open for business.
 */
export function checkOpening(
  data: { proposalId: string; meetingId: string; item: string },
  state: ProposalState,
  related: Related,
): Rejection<DecisionsRejectionCode> | undefined {
  if (state.opened && (state.meetingId !== data.meetingId || state.item !== data.item)) {
    return no('PROPOSAL_IS_FOR_ANOTHER_ITEM', data.proposalId, state.meetingId, state.item);
  }
  const meeting = meetingForRecording(
    relatedState<MeetingState>(related, 'meeting', data.meetingId),
    data.meetingId,
    data.item,
  );
  return isRejection(meeting) ? meeting : undefined;
}

export function recordResolution(data: RecordResolutionData, state: ProposalState, related: Related): Decision {
  const refused = checkOpening(data, state, related);
  if (refused) return refused;
  if (findResolution(state, data.resolution)) return no('RESOLUTION_LETTER_TAKEN', data.proposalId, data.resolution);
  const { proposalId, meetingId, item, resolution, text } = data;
  return [{ type: 'ResolutionRecorded', data: { proposalId, meetingId, item, resolution, text } }];
}

export function amendDecision(data: AmendDecisionData, state: ProposalState, related: Related): Decision {
  const resolution = decisionToChange(data, state, related);
  if (isRejection(resolution)) return resolution;
  if (resolution.text === data.text) return no('AMENDMENT_CHANGES_NOTHING', data.proposalId, data.resolution);
  const { proposalId, meetingId, reason, text } = data;
  return [{ type: 'DecisionAmended', data: { proposalId, resolution: data.resolution, meetingId, reason, text } }];
}

export function rescindDecision(data: RescindDecisionData, state: ProposalState, related: Related): Decision {
  const resolution = decisionToChange(data, state, related);
  if (isRejection(resolution)) return resolution;
  const { proposalId, meetingId, reason } = data;
  return [{ type: 'DecisionRescinded', data: { proposalId, resolution: data.resolution, meetingId, reason } }];
}

export function referMatter(data: ReferMatterData, state: ProposalState, related: Related): Decision {
  const refused = checkOpening(data, state, related);
  if (refused) return refused;
  const body = establishedBody(relatedState<BodyState>(related, 'body', data.bodyId), data.bodyId);
  if (isRejection(body)) return body;
  if (state.opened && state.referrals.some((r) => r.bodyId === data.bodyId)) {
    return no('MATTER_ALREADY_REFERRED', data.proposalId, data.bodyId);
  }
  const { proposalId, meetingId, item, bodyId, purpose } = data;
  return [{ type: 'MatterReferred', data: { proposalId, meetingId, item, bodyId, purpose } }];
}

/** Only a decision in force can be changed, and only by a meeting held after the one that made it. */
function decisionToChange(
  data: { proposalId: string; resolution: string; meetingId: string },
  state: ProposalState,
  related: Related,
): ResolutionState | Rejection<DecisionsRejectionCode> {
  if (!state.opened) return no('PROPOSAL_NOT_FOUND', data.proposalId);
  const resolution = resolutionInForce(state, data);
  if (isRejection(resolution)) return resolution;
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', data.meetingId), data.meetingId);
  if (isRejection(meeting)) return meeting;
  return (
    heldLater(meeting, relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId) ?? resolution
  );
}
