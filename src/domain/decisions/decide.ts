/**
 * What a meeting may record about one matter. Options, positions and the agreed option are decided
 * here; lettered resolutions, amendments, rescissions and referrals in `decide-resolutions.ts`;
 * links to other bodies' decisions in `../lineage/decide.ts`. The table (index.ts) joins each rule
 * to its command.
 */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { Related } from '../related.js';
import { checkOpening, resolutionRejection, type ReferMatterData } from './decide-resolutions.js';
import type { DecisionsEvent, DecisionsEventData } from './events.js';
import { presentAsPartner } from './meeting-checks.js';
import { meetingForRecording } from '../shared/citations.js';
import { relatedState } from '../related.js';
import type { MeetingState } from '../meetings/state.js';
import type { DecisionsRejectionCode } from './rejections.js';
import type { LineageRejectionCode } from '../lineage/rejections.js';
import { findResolution, positionOf, type OpenedProposal, type ProposalState } from './state.js';

/** The codes of the rules on options and positions. */
export const optionMessages = {
  OPTIONS_ALREADY_TABLED: (proposalId: string) =>
    `Options have already been tabled for ${proposalId}; a different set of options is a new proposal.`,
  OPTION_NOT_TABLED: (proposalId: string, option: string) =>
    `Option ${option} was not tabled for ${proposalId}: only a tabled option can be agreed or taken a position on.`,
  OPTION_ALREADY_AGREED: (proposalId: string, option: string) =>
    `Option ${option} of ${proposalId} has already been agreed.`,
  ANOTHER_OPTION_AGREED: (proposalId: string, agreed: string) =>
    `${proposalId} has already agreed option ${agreed}, and a matter agrees one option; to ` +
    `change course, amend or rescind that decision.`,
  ORGANISATION_NOT_PRESENT: (organisationId: string, meetingId: string) =>
    `${organisationId} was not present at meeting ${meetingId} as a member or a substitute, so ` +
    `it cannot have stated a position there.`,
  POSITION_ALREADY_RECORDED: (organisationId: string, proposalId: string) =>
    `${organisationId} already has a position on ${proposalId}; a position is recorded once, as ` +
    `minuted, and a later change of stance is recorded as an amendment of the decision at a ` +
    `later meeting.`,
} as const;

const no = rejectionsFrom(optionMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type TableOptionsData = DecisionsEventData<'OptionsTabled'>;
type RecordPositionData = DecisionsEventData<'PositionRecorded'>;
type AgreeOptionData = DecisionsEventData<'OptionAgreed'>;

type Decision = readonly DecisionsEvent[] | Rejection<DecisionsRejectionCode | LineageRejectionCode>;

export function tableOptions(data: TableOptionsData, state: ProposalState, related: Related): Decision {
  const refused = checkOpening(data, state, related);
  if (refused) return refused;
  if (state.opened && Object.keys(state.options).length > 0) return no('OPTIONS_ALREADY_TABLED', data.proposalId);
  const { proposalId, meetingId, item, question, options } = data;
  return [{ type: 'OptionsTabled', data: { proposalId, meetingId, item, question, options } }];
}

export function recordPosition(data: RecordPositionData, state: ProposalState, related: Related): Decision {
  if (!state.opened) return resolutionRejection('PROPOSAL_NOT_FOUND', data.proposalId);
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId);
  if (isRejection(meeting)) return meeting;
  if (data.option !== undefined && !tabled(state, data.option))
    return no('OPTION_NOT_TABLED', data.proposalId, data.option);
  if (!presentAsPartner(meeting, data.organisationId))
    return no('ORGANISATION_NOT_PRESENT', data.organisationId, meeting.id);
  if (positionOf(state, data.organisationId))
    return no('POSITION_ALREADY_RECORDED', data.organisationId, data.proposalId);
  const { proposalId, organisationId, stance, option, note, spokenBy, inferredFrom } = data;
  return [
    { type: 'PositionRecorded', data: { proposalId, organisationId, stance, option, note, spokenBy, inferredFrom } },
  ];
}

export function agreeOption(data: AgreeOptionData, state: ProposalState, related: Related): Decision {
  if (!state.opened) return resolutionRejection('PROPOSAL_NOT_FOUND', data.proposalId);
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId);
  if (isRejection(meeting)) return meeting;
  if (!tabled(state, data.option)) return no('OPTION_NOT_TABLED', data.proposalId, data.option);
  if (state.agreedOption === data.option) return no('OPTION_ALREADY_AGREED', data.proposalId, data.option);
  if (state.agreedOption !== undefined) return no('ANOTHER_OPTION_AGREED', data.proposalId, state.agreedOption);
  if (findResolution(state, data.resolution))
    return resolutionRejection('RESOLUTION_LETTER_TAKEN', data.proposalId, data.resolution);
  const { proposalId, option, resolution, text } = data;
  return [{ type: 'OptionAgreed', data: { proposalId, option, resolution, text } }];
}

function tabled(state: OpenedProposal, option: string): boolean {
  return Object.hasOwn(state.options, option);
}

/** Opening a matter, or recording a resolution, reads the meeting that minuted it. */
export function meetingStreams(data: { meetingId: string }): string[] {
  return [streamId('meeting', data.meetingId)];
}

/** A referral reads the meeting and the body the matter goes to. */
export function referralStreams(data: ReferMatterData): string[] {
  return [streamId('meeting', data.meetingId), streamId('body', data.bodyId)];
}

/** An amendment or rescission reads the later meeting that made it and the matter's own meeting. */
export function changeStreams(data: { meetingId: string }, state: ProposalState): string[] {
  return [streamId('meeting', data.meetingId), ...ownMeetingStreams(data, state)];
}

/** A position or an agreement reads the meeting the matter belongs to. */
export function ownMeetingStreams(_data: unknown, state: ProposalState): string[] {
  return state.opened ? [streamId('meeting', state.meetingId)] : [];
}
