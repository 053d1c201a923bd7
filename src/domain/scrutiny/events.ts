/**
 * What the ledger records on a `recommendation-<id>` stream: each event declared once, with its
 * schema (the contract) and how the recommendation's state takes it.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { Slug } from '../shared/identifiers.js';
import { Recipient, recommendationId, ScrutinyResponse } from './commands.js';
import type { RecommendationState } from './state.js';

const on = folding<RecommendationState>();

export const scrutinyEvents = {
  /** A scrutiny committee made a recommendation; its response is due on `responseDueOn`. */
  RecommendationMade: on(
    z.object({
      recommendationId,
      scrutinyBodyId: Slug.describe('The scrutiny committee that made it'),
      councilId: Slug.optional().describe('The council whose committee it is, as the directory records it'),
      meetingId: Slug.optional().describe("The committee's meeting that agreed it"),
      madeOn: IsoDate.describe('The date it was made'),
      to: Recipient,
      text: z.string().describe('The recommendation'),
      responseDueOn: IsoDate.describe('The date a response is due: the date made plus the days allowed'),
    }),
    (state, data) => ({ ...state, status: 'awaiting-response', madeOn: data.madeOn }),
  ),
  /** The board or partner responded; a recommendation is responded to once. */
  RecommendationResponded: on(
    z.object({
      recommendationId,
      response: ScrutinyResponse,
      reasons: z.string().describe('Why'),
      respondedOn: IsoDate.describe('The date of the response'),
      respondedBy: z.string().optional().describe('Who responded'),
    }),
    (state, data) => ({ ...state, status: 'responded', response: data.response }),
  ),
  /** An action was tracked as carrying out the recommendation, which had been accepted at least in part. */
  RecommendationActionTracked: on(
    z.object({
      recommendationId,
      actionId: Slug.describe('The action carrying the recommendation out'),
    }),
    (state, data) => ({ ...state, actionIds: [...state.actionIds, data.actionId] }),
  ),
} as const satisfies EventTable<RecommendationState>;

/** Every scrutiny event, as `{ type, data }`, from the event table. */
export type ScrutinyEvent = EventsOf<typeof scrutinyEvents>;
export type RecommendationMadeData = EventDataOf<typeof scrutinyEvents, 'RecommendationMade'>;
export type RecommendationRespondedData = EventDataOf<typeof scrutinyEvents, 'RecommendationResponded'>;
export type RecommendationActionTrackedData = EventDataOf<typeof scrutinyEvents, 'RecommendationActionTracked'>;

/** Event type -> schema of its data. */
export const scrutinyEventSchemas = schemasOf(scrutinyEvents);

/** How a recommendation's state takes each of its events, dispatched through the table. */
export const evolveRecommendation = evolverOf<RecommendationState, typeof scrutinyEvents>(scrutinyEvents);
