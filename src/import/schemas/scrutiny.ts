/**
 * What a meeting's item records about scrutiny: a scrutiny committee's meeting makes
 * `recommendations` (to a board or partner, with the days allowed for a response); a board's
 * meeting records its `responses` (accepted, partly-accepted or rejected, with reasons) and the
 * actions, assigned under the same item or earlier, that carry a recommendation out.
 */
import { z } from 'zod';
import { ScrutinyResponse } from '../../domain/scrutiny/commands.js';
import { Id, Text } from './common.js';

const Recommendation = z.strictObject({
  id: Id,
  to: z
    .strictObject({ body: Id.optional(), organisation: Id.optional() })
    .refine(
      (to) => [to.body, to.organisation].filter(Boolean).length === 1,
      'name whom it is made to once: {body: id} or {organisation: id}',
    ),
  text: Text,
  responseDueDays: z.number({ error: 'write the days allowed for a response as a whole number, e.g. 60' }).int().min(1),
});

const Response = z.strictObject({
  recommendation: Id,
  response: ScrutinyResponse,
  reasons: Text,
  respondedBy: Text.optional(),
  actions: z.array(Id).optional(),
});

/** The scrutiny fields of an item, spread into its schema. */
export const scrutinyFields = {
  recommendations: z.array(Recommendation).optional(),
  responses: z.array(Response).optional(),
};

export type ScrutinyFields = { [K in keyof typeof scrutinyFields]?: z.infer<(typeof scrutinyFields)[K]> };
