/**
 * Scrutiny recommendations and responses: a scrutiny committee (a body of type scrutiny-committee,
 * with its council) recommends to a board or a partner, which responds; the actions that carry an
 * accepted recommendation out are tracked against it. One aggregate: `recommendation-<id>`.
 */
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { Slug, streamId } from '../shared/identifiers.js';
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { Recipient, recommendationId } from './commands.js';
import { decideMake, makingStreams, onRecommendation, respond, track, trackingStreams } from './decide.js';
import { scrutinyEvents, scrutinyEventSchemas } from './events.js';
import { evolveRecommendation, initialRecommendationState } from './state.js';

// The examples are illustrative: the seeds expect "publication of scrutiny reports, recommendations
// and responses" (2008 prospectus) but record none, so every id, date and word here is made up.
const clerk = ['clerk'] as const;

/** The scrutiny commands: each one's schema, summary, example, URL and role, declared once. */
export const scrutinyCommands = {
  MakeRecommendation: {
    schema: z.object({
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
    }),
    decide: decideMake,
    related: makingStreams,
    url: '/recommendations',
    roles: clerk,
    summary: "Record a scrutiny committee's recommendation to a board or partner, with the days it has to respond.",
    example: {
      recommendationId: 'gcc-osmc-2017-03-13-rec-1',
      scrutinyBodyId: 'gcc-overview-and-scrutiny-management-committee',
      madeOn: '2017-03-13',
      to: { kind: 'body', id: 'leadership-gloucestershire' },
      text: "Illustrative: publish the devolution capacity fund's reconciliation with each meeting's papers",
      responseDueDays: 60,
    },
  },
  RespondToRecommendation: {
    schema: scrutinyEvents.RecommendationResponded.schema.extend({
      reasons: humanText(2000).describe('Why, as the response gives it'),
      respondedBy: humanText(200)
        .optional()
        .describe('Who responded, e.g. Leadership Gloucestershire, or the council cabinet'),
    }),
    decide: onRecommendation(respond),
    url: '/recommendations/:recommendationId/response',
    roles: clerk,
    summary:
      'Record the response to a scrutiny recommendation: accepted, partly accepted or rejected, ' +
      'with reasons and a date.',
    example: {
      recommendationId: 'gcc-osmc-2017-03-13-rec-1',
      response: 'partly-accepted',
      reasons: 'Illustrative: the reconciliation will be published twice a year, not at every meeting',
      respondedOn: '2017-04-20',
      respondedBy: 'Leadership Gloucestershire',
    },
  },
  TrackRecommendationAction: {
    schema: scrutinyEvents.RecommendationActionTracked.schema.extend({
      actionId: Slug.describe('An action already assigned that carries the recommendation out, e.g. lg-2017-04-20-4-1'),
    }),
    decide: onRecommendation(track),
    related: trackingStreams,
    url: '/recommendations/:recommendationId/actions',
    roles: clerk,
    summary: 'Track an assigned action as carrying out a scrutiny recommendation that was accepted at least in part.',
    example: { recommendationId: 'gcc-osmc-2017-03-13-rec-1', actionId: 'lg-2016-10-27-3-1' },
  },
} as const satisfies CommandTable;

/** One scrutiny recommendation, on the stream `recommendation-<recommendationId>`. */
export const recommendationDecider = deciderOf(
  {
    aggregate: 'recommendation',
    initialState: initialRecommendationState,
    evolve: evolveRecommendation,
    streamIdOf: (command) => streamId('recommendation', command.data.recommendationId),
  },
  scrutinyCommands,
  scrutinyEventSchemas,
);

export const scrutiny: Feature = {
  name: 'scrutiny',
  deciders: [recommendationDecider],
  commands: scrutinyCommands,
  events: scrutinyEventSchemas,
};

export type { ScrutinyCommand } from './commands.js';
export type { ScrutinyEvent } from './events.js';
export type { RecommendationState } from './state.js';
