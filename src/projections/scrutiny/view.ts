/** The scrutiny recommendations view: one zod schema for the type, the HTTP response and the OpenAPI document. */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';

export const RecommendationFilters = z.object({
  scrutinyBodyId: z.string().optional().describe('Only recommendations of this scrutiny committee'),
  recipientId: z.string().optional().describe('Only recommendations made to this board or partner'),
  overdueOn: IsoDate.optional().describe(
    'Only recommendations still without a response on this date and past their due date',
  ),
  awaitingOn: IsoDate.optional().describe(
    'Only recommendations made by this date and still without a response on it (today when only moreThanDays is given)',
  ),
  moreThanDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(36500)
    .optional()
    .describe('Only recommendations that had waited more than this many days for a response on the awaitingOn date'),
});
export type RecommendationFilters = z.infer<typeof RecommendationFilters>;

export const TrackedAction = z.object({
  actionId: z.string().describe('The action'),
  title: z.string().nullable().describe('Its title, as the action tracker holds it'),
  status: z.string().nullable().describe('open, completed or cancelled'),
  rag: z.string().nullable().describe('Its latest RAG status, if any'),
  dueOn: z.string().nullable().describe('When it is due, if set'),
});

export const RecommendationView = z.object({
  recommendationId: z.string().describe('The recommendation'),
  scrutinyBodyId: z.string().describe('The scrutiny committee that made it'),
  councilId: z.string().nullable().describe('The council whose committee it is'),
  meetingId: z.string().nullable().describe("The committee's meeting that agreed it"),
  madeOn: z.string().describe('The date it was made'),
  to: z.object({ kind: z.enum(['body', 'organisation']), id: z.string() }).describe('Whom it was made to'),
  text: z.string().describe('The recommendation'),
  responseDueOn: z.string().describe('When a response is due'),
  response: z
    .enum(['accepted', 'partly-accepted', 'rejected'])
    .nullable()
    .describe('The response, or null while none is recorded'),
  reasons: z.string().nullable().describe('The reasons given with the response'),
  respondedOn: z.string().nullable().describe('The date of the response'),
  respondedBy: z.string().nullable().describe('Who responded'),
  daysAwaiting: z
    .number()
    .int()
    .nullable()
    .describe('With awaitingOn or overdueOn: the days it had waited for a response on that date'),
  actions: z.array(TrackedAction).describe('The actions carrying it out, with their progress'),
});
export type RecommendationView = z.infer<typeof RecommendationView>;

export const RecommendationList = z.object({
  recommendations: z.array(RecommendationView).describe('The recommendations, oldest first'),
});
export type RecommendationList = z.infer<typeof RecommendationList>;
