/** What the ledger records on a `recommendation-<id>` stream. */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { Recipient, recommendationId, ScrutinyResponse } from './commands.js';

export const RecommendationMadeData = z.object({
  recommendationId,
  scrutinyBodyId: Slug.describe('The scrutiny committee that made it'),
  councilId: Slug.optional().describe('The council whose committee it is, as the directory records it'),
  meetingId: Slug.optional().describe("The committee's meeting that agreed it"),
  madeOn: IsoDate.describe('The date it was made'),
  to: Recipient,
  text: z.string().describe('The recommendation'),
  responseDueOn: IsoDate.describe('The date a response is due: the date made plus the days allowed'),
});
export type RecommendationMadeData = z.infer<typeof RecommendationMadeData>;

export const RecommendationRespondedData = z.object({
  recommendationId,
  response: ScrutinyResponse,
  reasons: z.string().describe('Why'),
  respondedOn: IsoDate.describe('The date of the response'),
  respondedBy: z.string().optional().describe('Who responded'),
});
export type RecommendationRespondedData = z.infer<typeof RecommendationRespondedData>;

export const RecommendationActionTrackedData = z.object({
  recommendationId,
  actionId: Slug.describe('The action carrying the recommendation out'),
});
export type RecommendationActionTrackedData = z.infer<typeof RecommendationActionTrackedData>;

/** A scrutiny committee made a recommendation; its response is due on `responseDueOn`. */
export type RecommendationMade = { type: 'RecommendationMade'; data: RecommendationMadeData };
/** The board or partner responded; a recommendation is responded to once. */
export type RecommendationResponded = { type: 'RecommendationResponded'; data: RecommendationRespondedData };
/** An action was tracked as carrying out the recommendation, which had been accepted at least in part. */
export type RecommendationActionTracked = {
  type: 'RecommendationActionTracked';
  data: RecommendationActionTrackedData;
};

export type ScrutinyEvent = RecommendationMade | RecommendationResponded | RecommendationActionTracked;

export const scrutinyEventSchemas = {
  RecommendationMade: RecommendationMadeData,
  RecommendationResponded: RecommendationRespondedData,
  RecommendationActionTracked: RecommendationActionTrackedData,
} satisfies Record<ScrutinyEvent['type'], z.ZodType>;
