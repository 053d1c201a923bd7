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
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { establishedBody, meetingForRecording, meetingOfBody, registeredOrganisation } from '../shared/citations.js';
import { streamId } from '../shared/identifiers.js';
import type {
  RecommendationActionTrackedData,
  RecommendationMadeData,
  RecommendationRespondedData,
  ScrutinyEvent,
} from './events.js';
import type { ScrutinyRejectionCode } from './rejections.js';
import { addDays, type RecommendationState } from './state.js';

/** Why the ledger refuses a scrutiny command: a stable code and the sentence a clerk reads. */
export const recommendationMessages = {
  RECOMMENDATION_ALREADY_MADE: (id: string) =>
    `Recommendation ${id} is already recorded; give a new recommendation its own id.`,
  RECOMMENDATION_NOT_FOUND: (id: string) =>
    `There is no recommendation ${id}: record the recommendation before its response or actions.`,
  NOT_A_SCRUTINY_COMMITTEE: (bodyId: string, type: string) =>
    `${bodyId} is a ${type}, not a scrutiny committee: only a body of type scrutiny-committee ` +
    `makes scrutiny recommendations.`,
  RECOMMENDATION_TO_ITSELF: (bodyId: string) =>
    `${bodyId} cannot make a recommendation to itself; name the board or partner it is made to.`,
  ALREADY_RESPONDED: (id: string, response: string) =>
    `Recommendation ${id} was already ${response}; a response is recorded once, and a change of ` +
    `mind is a new recommendation.`,
  RESPONSE_BEFORE_RECOMMENDATION: (respondedOn: string, madeOn: string) =>
    `The response dated ${respondedOn} is before the recommendation was made on ${madeOn}; check the date.`,
  NO_RESPONSE_YET: (id: string) =>
    `Recommendation ${id} has no response yet: record whether it was accepted before tracking ` +
    `the actions that carry it out.`,
  RECOMMENDATION_REJECTED: (id: string) => `Recommendation ${id} was rejected, so no action carries it out.`,
  ACTION_ALREADY_TRACKED: (actionId: string, id: string) =>
    `Action ${actionId} is already tracked against recommendation ${id}.`,
} as const;

const no = rejectionsFrom(recommendationMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type MakeRecommendationData = Omit<RecommendationMadeData, 'councilId' | 'responseDueOn'> & { responseDueDays: number };
type RespondToRecommendationData = RecommendationRespondedData;
type TrackRecommendationActionData = RecommendationActionTrackedData;

type Decision = readonly ScrutinyEvent[] | Rejection<ScrutinyRejectionCode>;

/** Making a recommendation reads the committee, the recipient and the meeting it was made at. */
export function makingStreams(data: MakeRecommendationData): string[] {
  const { scrutinyBodyId, meetingId, to } = data;
  const recipient = to.kind === 'body' ? streamId('body', to.id) : streamId('organisation', to.id);
  return [streamId('body', scrutinyBodyId), recipient, ...(meetingId ? [streamId('meeting', meetingId)] : [])];
}

export function trackingStreams(data: TrackRecommendationActionData): string[] {
  return [streamId('action', data.actionId)];
}

function checkMaking(data: MakeRecommendationData, rel: Related): Rejection<ScrutinyRejectionCode> | BodyState {
  const { scrutinyBodyId, to, meetingId } = data;
  const committee = establishedBody(relatedState<BodyState>(rel, 'body', scrutinyBodyId), scrutinyBodyId);
  if (isRejection(committee)) return committee;
  if (committee.type !== 'scrutiny-committee') return no('NOT_A_SCRUTINY_COMMITTEE', scrutinyBodyId, committee.type);
  if (to.kind === 'body' && to.id === scrutinyBodyId) return no('RECOMMENDATION_TO_ITSELF', scrutinyBodyId);
  const recipient =
    to.kind === 'body'
      ? establishedBody(relatedState<BodyState>(rel, 'body', to.id), to.id)
      : registeredOrganisation(relatedState<OrganisationState>(rel, 'organisation', to.id), to.id);
  if (isRejection(recipient)) return recipient;
  if (meetingId !== undefined) {
    const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId);
    if (isRejection(meeting)) return meeting;
    const own = meetingOfBody(meeting, scrutinyBodyId);
    if (isRejection(own)) return own;
  }
  return committee;
}

export function decideMake(data: MakeRecommendationData, state: RecommendationState, rel: Related): Decision {
  if (state.status !== 'unmade') return no('RECOMMENDATION_ALREADY_MADE', data.recommendationId);
  const committee = checkMaking(data, rel);
  if (isRejection(committee)) return committee;
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

type Rules<D> = (data: D, state: RecommendationState, related: Related) => Decision;

/** The rules of a command on a recommendation already made. */
export function onRecommendation<D extends { recommendationId: string }>(rules: Rules<D>) {
  return (data: D, state: RecommendationState, related: Related): Decision =>
    state.status === 'unmade' ? no('RECOMMENDATION_NOT_FOUND', data.recommendationId) : rules(data, state, related);
}

export function respond(data: RespondToRecommendationData, state: RecommendationState): Decision {
  const id = data.recommendationId;
  if (state.response) return no('ALREADY_RESPONDED', id, state.response);
  const { response, reasons, respondedOn, respondedBy } = data;
  if (respondedOn < state.madeOn) return no('RESPONSE_BEFORE_RECOMMENDATION', respondedOn, state.madeOn);
  return [
    {
      type: 'RecommendationResponded',
      data: { recommendationId: id, response, reasons, respondedOn, ...(respondedBy ? { respondedBy } : {}) },
    },
  ];
}

export function track(data: TrackRecommendationActionData, state: RecommendationState, rel: Related): Decision {
  const { recommendationId: id, actionId } = data;
  if (!state.response) return no('NO_RESPONSE_YET', id);
  if (state.response === 'rejected') return no('RECOMMENDATION_REJECTED', id);
  if (!relatedState<ActionState>(rel, 'action', actionId)?.assigned)
    return actionsRejection('ACTION_NOT_FOUND', actionId);
  if (state.actionIds.includes(actionId)) return no('ACTION_ALREADY_TRACKED', actionId, id);
  return [{ type: 'RecommendationActionTracked', data: { recommendationId: id, actionId } }];
}
