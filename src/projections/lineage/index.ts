/** The lineage of a decision: on whose recommendation, authorised by whom, implemented how, reported back by whom. */
import { z } from 'zod';
import { Slug } from '../../domain/shared/identifiers.js';
import { ResolutionLetter } from '../../domain/shared/references.js';
import type { ReadModel } from '../read.js';
import { lineageProjection } from './projection.js';
import { decisionLineage } from './query.js';
import { LineageView } from './view.js';

export { lineageProjection } from './projection.js';
export { decisionLineage } from './query.js';
export { LineageView } from './view.js';

export const LineageKey = z.object({
  proposalId: Slug.describe('The matter, e.g. abg-2008-10-30-item-1'),
  resolution: ResolutionLetter.optional(),
});

/** The chain of one decision (or of a matter that made links without a resolution); undefined if not recorded. */
export const lineage: ReadModel<typeof LineageKey, typeof LineageView, LineageView | undefined> = {
  projection: lineageProjection,
  filters: LineageKey,
  view: LineageView,
  read: (db, { proposalId, resolution }) => decisionLineage(db, proposalId, resolution),
};
