/** Why the ledger refuses a scrutiny command: a stable code and the sentence a clerk reads. */
import { rejectionsFrom } from '../shared/decider.js';

export const scrutinyMessages = {
  RECOMMENDATION_ALREADY_MADE: (id: string) =>
    `Recommendation ${id} is already recorded; give a new recommendation its own id.`,
  RECOMMENDATION_NOT_FOUND: (id: string) =>
    `There is no recommendation ${id}: record the recommendation before its response or actions.`,
  SCRUTINY_BODY_NOT_FOUND: (bodyId: string) =>
    `There is no body ${bodyId} in the directory: establish the scrutiny committee first.`,
  NOT_A_SCRUTINY_COMMITTEE: (bodyId: string, type: string) =>
    `${bodyId} is a ${type}, not a scrutiny committee: only a body of type scrutiny-committee makes scrutiny recommendations.`,
  RECIPIENT_NOT_FOUND: (kind: string, id: string) =>
    `There is no ${kind} ${id} in the directory: name the board or partner the recommendation is made to.`,
  RECOMMENDATION_TO_ITSELF: (bodyId: string) =>
    `${bodyId} cannot make a recommendation to itself; name the board or partner it is made to.`,
  SCRUTINY_MEETING_NOT_FOUND: (meetingId: string, bodyId: string) =>
    `Meeting ${meetingId} is not a recorded meeting of ${bodyId}: schedule it first, or leave the meeting out.`,
  ALREADY_RESPONDED: (id: string, response: string) =>
    `Recommendation ${id} was already ${response}; a response is recorded once, and a change of mind is a new recommendation.`,
  RESPONSE_BEFORE_RECOMMENDATION: (respondedOn: string, madeOn: string) =>
    `The response dated ${respondedOn} is before the recommendation was made on ${madeOn}; check the date.`,
  NO_RESPONSE_YET: (id: string) =>
    `Recommendation ${id} has no response yet: record whether it was accepted before tracking the actions that carry it out.`,
  RECOMMENDATION_REJECTED: (id: string) => `Recommendation ${id} was rejected, so no action carries it out.`,
  ACTION_ALREADY_TRACKED: (actionId: string, id: string) =>
    `Action ${actionId} is already tracked against recommendation ${id}.`,
} as const;

/** Its own codes, and the actions feature's for an action it cites that is not recorded. */
export type ScrutinyRejectionCode = keyof typeof scrutinyMessages | 'ACTION_NOT_FOUND';

export const scrutinyRejection = rejectionsFrom(scrutinyMessages);
