/**
 * Lettered resolutions and what may later happen to them (amendment, rescission), and referrals.
 * A resolution or referral may be the first thing recorded on a matter with no options: it then
 * opens the proposal at the meeting and item it names.
 */
import { isRejection, type Rejection } from '../shared/decider.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState } from '../directory/state.js';
import type { AmendDecisionData, RecordResolutionData, ReferMatterData, RescindDecisionData } from './commands.js';
import type { DecisionsEvent } from './events.js';
import { checkHeldLater, meetingForRecording } from './meeting-checks.js';
import { decisionsRejection } from './rejections.js';
import { findResolution, type ProposalState, type ResolutionState } from './state.js';

type Decision = readonly DecisionsEvent[] | Rejection;

/** A command that may open the proposal must name the proposal's own meeting and item, which must be open for business. */
export function checkOpening(
  data: { proposalId: string; meetingId: string; item: string },
  state: ProposalState,
  related: Related,
): Rejection | undefined {
  if (state.opened && (state.meetingId !== data.meetingId || state.item !== data.item)) {
    return decisionsRejection('PROPOSAL_IS_FOR_ANOTHER_ITEM', data.proposalId, state.meetingId, state.item);
  }
  const meeting = meetingForRecording(related, data.meetingId, data.item);
  return isRejection(meeting) ? meeting : undefined;
}

export function recordResolution(data: RecordResolutionData, state: ProposalState, related: Related): Decision {
  const refused = checkOpening(data, state, related);
  if (refused) return refused;
  if (findResolution(state, data.resolution)) return decisionsRejection('RESOLUTION_LETTER_TAKEN', data.proposalId, data.resolution);
  return [{ type: 'ResolutionRecorded', data }];
}

export function amendDecision(data: AmendDecisionData, state: ProposalState, related: Related): Decision {
  const resolution = decisionToChange(data, state, related);
  if (isRejection(resolution)) return resolution;
  if (resolution.text === data.text) return decisionsRejection('AMENDMENT_CHANGES_NOTHING', data.proposalId, data.resolution);
  return [{ type: 'DecisionAmended', data }];
}

export function rescindDecision(data: RescindDecisionData, state: ProposalState, related: Related): Decision {
  const resolution = decisionToChange(data, state, related);
  if (isRejection(resolution)) return resolution;
  return [{ type: 'DecisionRescinded', data }];
}

export function referMatter(data: ReferMatterData, state: ProposalState, related: Related): Decision {
  const refused = checkOpening(data, state, related);
  if (refused) return refused;
  const body = relatedState<BodyState>(related, 'body', data.bodyId);
  if (!body || body.status !== 'established') return decisionsRejection('BODY_NOT_FOUND', data.bodyId);
  if (state.opened && state.referrals.some((r) => r.bodyId === data.bodyId)) {
    return decisionsRejection('MATTER_ALREADY_REFERRED', data.proposalId, data.bodyId);
  }
  return [{ type: 'MatterReferred', data }];
}

/** Only a decision in force can be changed, and only by a meeting held after the one that made it. */
function decisionToChange(
  data: { proposalId: string; resolution: string; meetingId: string },
  state: ProposalState,
  related: Related,
): ResolutionState | Rejection {
  if (!state.opened) return decisionsRejection('PROPOSAL_NOT_FOUND', data.proposalId);
  const resolution = findResolution(state, data.resolution);
  if (!resolution) return decisionsRejection('RESOLUTION_NOT_FOUND', data.proposalId, data.resolution);
  if (resolution.status !== 'in-force') return decisionsRejection('DECISION_NOT_IN_FORCE', data.proposalId, data.resolution);
  const meeting = meetingForRecording(related, data.meetingId);
  if (isRejection(meeting)) return meeting;
  return checkHeldLater(related, meeting, state.meetingId) ?? resolution;
}
