/**
 * Scrutiny recommendations and responses: a scrutiny committee (a body of type scrutiny-committee,
 * with its council) recommends to a board or a partner, which responds; the actions that carry an
 * accepted recommendation out are tracked against it. One aggregate: `recommendation-<id>`.
 */
import type { Feature } from '../shared/feature.js';
import { MakeRecommendationData, RespondToRecommendationData, TrackRecommendationActionData } from './commands.js';
import { recommendationDecider } from './decide.js';
import { scrutinyEventSchemas } from './events.js';

// The examples are illustrative: the seeds expect "publication of scrutiny reports, recommendations
// and responses" (2008 prospectus) but record none, so every id, date and word here is made up.
export const scrutiny: Feature = {
  name: 'scrutiny',
  deciders: [recommendationDecider],
  commands: {
    MakeRecommendation: {
      schema: MakeRecommendationData,
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
      schema: RespondToRecommendationData,
      summary:
        'Record the response to a scrutiny recommendation: accepted, partly accepted or rejected, with reasons and a date.',
      example: {
        recommendationId: 'gcc-osmc-2017-03-13-rec-1',
        response: 'partly-accepted',
        reasons: 'Illustrative: the reconciliation will be published twice a year, not at every meeting',
        respondedOn: '2017-04-20',
        respondedBy: 'Leadership Gloucestershire',
      },
    },
    TrackRecommendationAction: {
      schema: TrackRecommendationActionData,
      summary: 'Track an assigned action as carrying out a scrutiny recommendation that was accepted at least in part.',
      example: { recommendationId: 'gcc-osmc-2017-03-13-rec-1', actionId: 'lg-2016-10-27-3-1' },
    },
  },
  events: scrutinyEventSchemas,
};

export type { ScrutinyCommand } from './commands.js';
export type { ScrutinyEvent } from './events.js';
export type { RecommendationState } from './state.js';
