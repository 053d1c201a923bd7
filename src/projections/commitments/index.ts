/** The commitments read model: who was asked, pledged, paid and owes, per fund and per partner, as at any date. */
import type { ReadModel } from '../read.js';
import { commitmentsProjection } from './projection.js';
import { commitmentsView } from './query.js';
import { CommitmentsFilters, CommitmentsView } from './view.js';
import { AwaitingAuthorisationFilters, AwaitingAuthorisationList, pledgesAwaitingAuthorisation } from './awaiting.js';

export { commitmentsProjection } from './projection.js';
export { commitmentsTrace, commitmentsView } from './query.js';
export {
  CommitmentsFilters,
  CommitmentsTraceQuery,
  CommitmentsView,
  FundCommitments,
  type ViewFigure,
} from './view.js';

export const commitments: ReadModel<typeof CommitmentsFilters, typeof CommitmentsView> = {
  projection: commitmentsProjection,
  filters: CommitmentsFilters,
  view: CommitmentsView,
  read: commitmentsView,
};
export { AwaitingAuthorisationFilters, AwaitingAuthorisationList, pledgesAwaitingAuthorisation } from './awaiting.js';

/** The finance officer's list of pledges not yet backed by the partner's own decision. */
export const awaitingAuthorisation: ReadModel<typeof AwaitingAuthorisationFilters, typeof AwaitingAuthorisationList> = {
  projection: commitmentsProjection,
  filters: AwaitingAuthorisationFilters,
  view: AwaitingAuthorisationList,
  read: pledgesAwaitingAuthorisation,
};
