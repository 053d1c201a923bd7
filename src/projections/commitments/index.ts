/** The commitments read model: who was asked, pledged, paid and owes, per fund and per partner, as at any date. */
import type { ReadModel } from '../read.js';
import { commitmentsProjection } from './projection.js';
import { commitmentsView } from './query.js';
import { CommitmentsFilters, CommitmentsView } from './view.js';

export { commitmentsProjection } from './projection.js';
export { commitmentsTrace, commitmentsView } from './query.js';
export { CommitmentsFilters, CommitmentsTraceQuery, CommitmentsView, FundCommitments, type ViewFigure } from './view.js';

export const commitments: ReadModel<typeof CommitmentsFilters, typeof CommitmentsView> = {
  projection: commitmentsProjection,
  filters: CommitmentsFilters,
  view: CommitmentsView,
  read: commitmentsView,
};
