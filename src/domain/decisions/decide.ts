/**
 * The proposal decider: what a meeting may record about one matter. Options, positions and the
 * agreed option are decided here; lettered resolutions, amendments, rescissions and referrals in
 * `decide-resolutions.ts`.
 */
import { isRejection, unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { Related } from '../related.js';
import type { AgreeOptionData, DecisionsCommand, RecordPositionData, TableOptionsData } from './commands.js';
import { amendDecision, checkOpening, referMatter, recordResolution, rescindDecision } from './decide-resolutions.js';
import type { DecisionsEvent } from './events.js';
import { presentAsPartner } from './meeting-checks.js';
import { meetingForRecording } from '../shared/citations.js';
import { relatedState } from '../related.js';
import type { MeetingState } from '../meetings/state.js';
import { decisionsRejection, type DecisionsRejectionCode } from './rejections.js';
import { decideLink, linkRelated } from '../lineage/decide.js';
import type { LineageRejectionCode } from '../lineage/rejections.js';
import {
  evolveProposal,
  findResolution,
  initialProposalState,
  positionOf,
  type OpenedProposal,
  type ProposalState,
} from './state.js';

type Decision = readonly DecisionsEvent[] | Rejection<DecisionsRejectionCode | LineageRejectionCode>;

export function decideProposal(command: DecisionsCommand, state: ProposalState, related: Related): Decision {
  switch (command.type) {
    case 'TableOptions':
      return tableOptions(command.data, state, related);
    case 'RecordPosition':
      return recordPosition(command.data, state, related);
    case 'AgreeOption':
      return agreeOption(command.data, state, related);
    case 'RecordResolution':
      return recordResolution(command.data, state, related);
    case 'AmendDecision':
      return amendDecision(command.data, state, related);
    case 'RescindDecision':
      return rescindDecision(command.data, state, related);
    case 'ReferMatter':
      return referMatter(command.data, state, related);
    case 'LinkDecision':
      return decideLink(command.data, state, related);
    default:
      return unreachable(command);
  }
}

function tableOptions(data: TableOptionsData, state: ProposalState, related: Related): Decision {
  const refused = checkOpening(data, state, related);
  if (refused) return refused;
  if (state.opened && Object.keys(state.options).length > 0)
    return decisionsRejection('OPTIONS_ALREADY_TABLED', data.proposalId);
  const { proposalId, meetingId, item, question, options } = data;
  return [{ type: 'OptionsTabled', data: { proposalId, meetingId, item, question, options } }];
}

function recordPosition(data: RecordPositionData, state: ProposalState, related: Related): Decision {
  if (!state.opened) return decisionsRejection('PROPOSAL_NOT_FOUND', data.proposalId);
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId);
  if (isRejection(meeting)) return meeting;
  if (data.option !== undefined && !tabled(state, data.option))
    return decisionsRejection('OPTION_NOT_TABLED', data.proposalId, data.option);
  if (!presentAsPartner(meeting, data.organisationId))
    return decisionsRejection('ORGANISATION_NOT_PRESENT', data.organisationId, meeting.id);
  if (positionOf(state, data.organisationId))
    return decisionsRejection('POSITION_ALREADY_RECORDED', data.organisationId, data.proposalId);
  const { proposalId, organisationId, stance, option, note, spokenBy, inferredFrom } = data;
  return [
    { type: 'PositionRecorded', data: { proposalId, organisationId, stance, option, note, spokenBy, inferredFrom } },
  ];
}

function agreeOption(data: AgreeOptionData, state: ProposalState, related: Related): Decision {
  if (!state.opened) return decisionsRejection('PROPOSAL_NOT_FOUND', data.proposalId);
  const meeting = meetingForRecording(relatedState<MeetingState>(related, 'meeting', state.meetingId), state.meetingId);
  if (isRejection(meeting)) return meeting;
  if (!tabled(state, data.option)) return decisionsRejection('OPTION_NOT_TABLED', data.proposalId, data.option);
  if (state.agreedOption === data.option)
    return decisionsRejection('OPTION_ALREADY_AGREED', data.proposalId, data.option);
  if (state.agreedOption !== undefined)
    return decisionsRejection('ANOTHER_OPTION_AGREED', data.proposalId, state.agreedOption);
  if (findResolution(state, data.resolution))
    return decisionsRejection('RESOLUTION_LETTER_TAKEN', data.proposalId, data.resolution);
  const { proposalId, option, resolution, text } = data;
  return [{ type: 'OptionAgreed', data: { proposalId, option, resolution, text } }];
}

function tabled(state: OpenedProposal, option: string): boolean {
  return Object.hasOwn(state.options, option);
}

/** Streams `decide` reads: the meeting the matter belongs to, a later meeting that changes it, a body it goes to. */
function relatedStreams(command: DecisionsCommand, state: ProposalState): string[] {
  const ownMeeting = state.opened ? [streamId('meeting', state.meetingId)] : [];
  switch (command.type) {
    case 'TableOptions':
    case 'RecordResolution':
      return [streamId('meeting', command.data.meetingId)];
    case 'ReferMatter':
      return [streamId('meeting', command.data.meetingId), streamId('body', command.data.bodyId)];
    case 'AmendDecision':
    case 'RescindDecision':
      return [streamId('meeting', command.data.meetingId), ...ownMeeting];
    case 'RecordPosition':
    case 'AgreeOption':
      return ownMeeting;
    case 'LinkDecision':
      return linkRelated(command.data);
    default:
      return unreachable(command);
  }
}

type ProposalCode = DecisionsRejectionCode | LineageRejectionCode;

/** One matter at one meeting, on the stream `proposal-<proposalId>`. */
export const proposalDecider: Decider<DecisionsCommand, DecisionsEvent, ProposalState, ProposalCode> = {
  aggregate: 'proposal',
  initialState: initialProposalState,
  evolve: evolveProposal,
  decide: decideProposal,
  streamIdOf: (command) => streamId('proposal', command.data.proposalId),
  related: relatedStreams,
};
