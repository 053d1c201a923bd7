/**
 * The finance officer's list of pledges not yet backed by the partner's own decision, across funds
 * or for one: the same figures as the reconciliation (./query.ts), flattened to one row a pledge.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { commitmentsView } from './query.js';
import { AwaitingPartnerAuthorisation } from './view.js';

export const AwaitingAuthorisationFilters = z.object({
  fundId: z.string().optional().describe('Only this fund, e.g. devolution-capacity'),
});
export type AwaitingAuthorisationFilters = z.infer<typeof AwaitingAuthorisationFilters>;

export const AwaitingAuthorisationList = z.object({
  pledges: z
    .array(
      AwaitingPartnerAuthorisation.extend({
        fundId: z.string().describe('The fund'),
        fundName: z.string().describe('Its name'),
      }),
    )
    .describe("One row per pledge with a sum no decision of the partner's own backs, by fund and organisation"),
});
export type AwaitingAuthorisationList = z.infer<typeof AwaitingAuthorisationList>;

/** Reads the database it is given, which is already the read models as at the time asked. */
export function pledgesAwaitingAuthorisation(
  db: Database.Database,
  filters: AwaitingAuthorisationFilters,
): AwaitingAuthorisationList {
  const { funds } = commitmentsView(db, filters.fundId === undefined ? {} : { fundId: filters.fundId });
  return {
    pledges: funds.flatMap((fund) =>
      fund.awaitingPartnerAuthorisation.map((row) => ({ fundId: fund.fundId, fundName: fund.name, ...row })),
    ),
  };
}
