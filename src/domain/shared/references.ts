/**
 * How one feature cites another's decision. A decision is one resolution of one proposal; bodies,
 * funds, pledges, allocations and actions cite it as `{ proposalId, resolution }`. One definition,
 * so every citation is checked by the same rules.
 */
import { z } from 'zod';
import { Slug } from './identifiers.js';

export const ProposalId = Slug.describe(
  'The matter, named by the clerk from its meeting and item, e.g. lg-2016-10-27-item-3',
);

export const ResolutionLetter = z
  .string()
  .regex(/^(?:[a-z]{1,4}|[0-9]{1,3})$/, 'use the letter (or number) the minutes give the resolution, e.g. a')
  .describe('The letter the minutes give the resolution, e.g. "a" for minute 3 a)');

export const DecisionReference = z
  .object({
    proposalId: ProposalId,
    resolution: ResolutionLetter,
  })
  .describe('The decision, as the proposal and the resolution letter, e.g. lg-2016-10-27-item-3 and a');
export type DecisionReference = z.infer<typeof DecisionReference>;
