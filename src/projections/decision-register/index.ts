/** The decision register: who decided what, when, with which partners' positions, and what it authorised. */
import { z } from 'zod';
import { Slug } from '../../domain/shared/identifiers.js';
import { ResolutionLetter } from '../../domain/shared/references.js';
import { REFERRAL_RESOLUTION } from './tables.js';
import type { ReadModel } from '../read.js';
import { decisionRegisterProjection } from './projection.js';
import { findDecision, listDecisions } from './query.js';
import { DecisionFilters, DecisionList, DecisionView } from './view.js';

export { decisionRegisterProjection } from './projection.js';
export { findDecision, listDecisions, pageOfDecisions } from './query.js';
export { isSearchQueryError, SearchQueryError } from './search.js';
export { DecisionFilters, DecisionList, DecisionStatus, DecisionView } from './view.js';

/** `read` throws a SearchQueryError when `q` has no words to search for: the reader's mistake. */
export const decisionRegister: ReadModel<typeof DecisionFilters, typeof DecisionList> = {
  projection: decisionRegisterProjection,
  filters: DecisionFilters,
  view: DecisionList,
  read: listDecisions,
};

export const DecisionKey = z.object({
  proposalId: Slug.describe('The matter, e.g. lg-2016-10-27-item-3'),
  // A matter only referred has no lettered resolution: its register entry is `referral`.
  resolution: z
    .union([ResolutionLetter, z.literal(REFERRAL_RESOLUTION)])
    .describe(
      'The letter the minutes give the resolution, e.g. "a" for minute 3 a), or referral for a matter only referred',
    ),
});

/** One decision, e.g. minute 3 a) of 27 October 2016; undefined when it is not recorded. */
export const decision: ReadModel<typeof DecisionKey, typeof DecisionView, DecisionView | undefined> = {
  projection: decisionRegisterProjection,
  filters: DecisionKey,
  view: DecisionView,
  read: (db, { proposalId, resolution }) => findDecision(db, proposalId, resolution),
};
export { REFERRAL_RESOLUTION } from './tables.js';
