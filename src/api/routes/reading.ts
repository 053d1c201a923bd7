/** What every read over HTTP takes besides its read model's key or filters, and what it answers besides its view. */
import { z } from 'zod';
import { AsAtText } from '../../domain/shared/dates.js';
import { PageQuery } from './pages.js';

export const AsAt = z.object({ asAt: AsAtText.optional() });

/** The knowledge time and the page. */
export const Reading = z.object({ ...AsAt.shape, ...PageQuery });

export const Currency = {
  projectedPosition: z
    .string()
    .describe("The position in the ledger's global order this answer includes events up to (-1 before the first)"),
  asAt: z
    .string()
    .nullable()
    .describe('The knowledge time asked for, as an ISO instant, or null for everything recorded'),
};

export const reads = (description: string) =>
  `${description} Public unless the ledger is configured to need a token for reads.`;
