/** The commitments read model: who was asked, pledged, paid and owes, per fund and per partner, as at any date. */
export { commitmentsProjection } from './projection.js';
export { commitmentsPage, commitmentsTrace, commitmentsView } from './query.js';
export { CommitmentsQuery, CommitmentsTraceQuery, CommitmentsView, FundCommitments } from './view.js';
