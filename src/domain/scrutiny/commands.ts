/**
 * What a clerk records about a scrutiny committee's recommendation: the committee makes it to a
 * board or a partner, the board or partner responds (accepted, partly accepted, rejected, with
 * reasons), and the actions that carry it out are tracked against it. The 2008 prospectus expects
 * "publication of scrutiny reports, recommendations and responses".
 */
import { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { scrutinyCommands } from './index.js';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';

export const recommendationId = Slug.describe('The recommendation, named by the clerk, e.g. gcc-osmc-2017-03-13-rec-1');

/** Whom a recommendation is made to: a board (a body in the directory) or a partner (an organisation). */
export const Recipient = z
  .object({
    kind: z.enum(['body', 'organisation']).describe('A board or partnership (body), or a partner organisation'),
    id: Slug.describe('The body or organisation, e.g. leadership-gloucestershire'),
  })
  .describe('Whom the recommendation is made to');
export type Recipient = z.infer<typeof Recipient>;

export const ScrutinyResponse = z
  .enum(['accepted', 'partly-accepted', 'rejected'])
  .describe('What the board or partner answered: accepted, partly-accepted or rejected');
export type ScrutinyResponse = z.infer<typeof ScrutinyResponse>;

export const MakeRecommendationData = z.object({
  recommendationId,
  scrutinyBodyId: Slug.describe('The scrutiny committee making it: a body of type scrutiny-committee'),
  meetingId: Slug.optional().describe("The committee's meeting that agreed it, when it is in the ledger"),
  madeOn: IsoDate.describe('The date the committee made the recommendation'),
  to: Recipient,
  text: humanText(2000).describe('The recommendation, as the scrutiny report words it'),
  responseDueDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .describe("Days the board or partner has to respond, as the committee's procedure rules set them, e.g. 60"),
});
export type MakeRecommendationData = z.infer<typeof MakeRecommendationData>;

export const RespondToRecommendationData = z.object({
  recommendationId,
  response: ScrutinyResponse,
  reasons: humanText(2000).describe('Why, as the response gives it'),
  respondedOn: IsoDate.describe('The date of the response'),
  respondedBy: humanText(200)
    .optional()
    .describe('Who responded, e.g. Leadership Gloucestershire, or the council cabinet'),
});
export type RespondToRecommendationData = z.infer<typeof RespondToRecommendationData>;

export const TrackRecommendationActionData = z.object({
  recommendationId,
  actionId: Slug.describe('An action already assigned that carries the recommendation out, e.g. lg-2017-04-20-4-1'),
});
export type TrackRecommendationActionData = z.infer<typeof TrackRecommendationActionData>;

/** Every scrutiny command, from the table in index.ts. */
export type ScrutinyCommand = CommandsOf<typeof scrutinyCommands>;
