/**
 * The rules for scrutiny recommendations, decided on the recommendation's own stream. A
 * recommendation comes from a scrutiny committee in the directory and goes to a board or partner
 * in it; it is responded to once, not before it was made; the actions tracked against it must be
 * assigned, and follow a response that accepted it at least in part.
 */
import { actionsRejection } from '../actions/rejections.js';
import type { ActionState } from '../actions/state.js';
import type { BodyState, OrganisationState } from '../directory/state.js';
import type { MeetingState } from '../meetings/state.js';
import { relatedState, type Related } from '../related.js';
import { unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import type { MakeRecommendationData, ScrutinyCommand } from './commands.js';
import type { ScrutinyEvent } from './events.js';
import { scrutinyRejection as no, type ScrutinyRejectionCode } from './rejections.js';
import { addDays, evolveRecommendation, initialRecommendationState, type RecommendationState } from './state.js';

type Decision = readonly ScrutinyEvent[] | Rejection<ScrutinyRejectionCode>;

function related(command: ScrutinyCommand): string[] {
  switch (command.type) {
    case 'MakeRecommendation': {
      const { scrutinyBodyId, meetingId, to } = command.data;
      const recipient = to.kind === 'body' ? streamId('body', to.id) : streamId('organisation', to.id);
      return [streamId('body', scrutinyBodyId), recipient, ...(meetingId ? [streamId('meeting', meetingId)] : [])];
    }
    case 'TrackRecommendationAction':
      return [streamId('action', command.data.actionId)];
    case 'RespondToRecommendation':
      return [];
    default:
      return unreachable(command);
  }
}

function checkMaking(data: MakeRecommendationData, rel: Related): Rejection<ScrutinyRejectionCode> | BodyState {
  const committee = relatedState<BodyState>(rel, 'body', data.scrutinyBodyId);
  if (committee?.status !== 'established') return no('SCRUTINY_BODY_NOT_FOUND', data.scrutinyBodyId);
  if (committee.type !== 'scrutiny-committee')
    return no('NOT_A_SCRUTINY_COMMITTEE', data.scrutinyBodyId, committee.type);
  const { to } = data;
  if (to.kind === 'body' && to.id === data.scrutinyBodyId) return no('RECOMMENDATION_TO_ITSELF', data.scrutinyBodyId);
  const found =
    to.kind === 'body'
      ? relatedState<BodyState>(rel, 'body', to.id)?.status === 'established'
      : (relatedState<OrganisationState>(rel, 'organisation', to.id)?.status ?? 'unregistered') !== 'unregistered';
  if (!found) return no('RECIPIENT_NOT_FOUND', to.kind, to.id);
  if (data.meetingId !== undefined) {
    const meeting = relatedState<MeetingState>(rel, 'meeting', data.meetingId);
    if (!meeting || meeting.status === 'unscheduled' || meeting.bodyId !== data.scrutinyBodyId)
      return no('SCRUTINY_MEETING_NOT_FOUND', data.meetingId, data.scrutinyBodyId);
  }
  return committee;
}

function decideMake(data: MakeRecommendationData, state: RecommendationState, rel: Related): Decision {
  if (state.status !== 'unmade') return no('RECOMMENDATION_ALREADY_MADE', data.recommendationId);
  const committee = checkMaking(data, rel);
  if ('kind' in committee) return committee;
  const { recommendationId, scrutinyBodyId, meetingId, madeOn, to, text, responseDueDays } = data;
  const made = {
    recommendationId,
    scrutinyBodyId,
    ...(committee.councilId ? { councilId: committee.councilId } : {}),
    ...(meetingId ? { meetingId } : {}),
    madeOn,
    to: { ...to },
    text,
    responseDueOn: addDays(madeOn, responseDueDays),
  };
  return [{ type: 'RecommendationMade', data: made }];
}

export function decideScrutiny(command: ScrutinyCommand, state: RecommendationState, rel: Related): Decision {
  if (command.type === 'MakeRecommendation') return decideMake(command.data, state, rel);
  const id = command.data.recommendationId;
  if (state.status === 'unmade') return no('RECOMMENDATION_NOT_FOUND', id);
  switch (command.type) {
    case 'RespondToRecommendation': {
      if (state.response) return no('ALREADY_RESPONDED', id, state.response);
      const { response, reasons, respondedOn, respondedBy } = command.data;
      if (respondedOn < state.madeOn) return no('RESPONSE_BEFORE_RECOMMENDATION', respondedOn, state.madeOn);
      return [
        {
          type: 'RecommendationResponded',
          data: { recommendationId: id, response, reasons, respondedOn, ...(respondedBy ? { respondedBy } : {}) },
        },
      ];
    }
    case 'TrackRecommendationAction': {
      const { actionId } = command.data;
      if (!state.response) return no('NO_RESPONSE_YET', id);
      if (state.response === 'rejected') return no('RECOMMENDATION_REJECTED', id);
      if (!relatedState<ActionState>(rel, 'action', actionId)?.assigned)
        return actionsRejection('ACTION_NOT_FOUND', actionId);
      if (state.actionIds.includes(actionId)) return no('ACTION_ALREADY_TRACKED', actionId, id);
      return [{ type: 'RecommendationActionTracked', data: { recommendationId: id, actionId } }];
    }
    default:
      return unreachable(command);
  }
}

export const recommendationDecider: Decider<
  ScrutinyCommand,
  ScrutinyEvent,
  RecommendationState,
  ScrutinyRejectionCode
> = {
  aggregate: 'recommendation',
  initialState: initialRecommendationState,
  evolve: evolveRecommendation,
  decide: decideScrutiny,
  streamIdOf: (command) => streamId('recommendation', command.data.recommendationId),
  related,
};
