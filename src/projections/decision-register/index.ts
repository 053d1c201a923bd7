/** The decision register: who decided what, when, with which partners' positions, and what it authorised. */
export { decisionRegisterProjection } from './projection.js';
export { findDecision, listDecisions, pageOfDecisions } from './query.js';
export { isSearchQueryError, SearchQueryError } from './search.js';
export { DecisionFilters, DecisionList, DecisionStatus, DecisionView } from './view.js';
