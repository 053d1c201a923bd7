/** The decider test helpers are the same for every feature; the actions tests use the decisions ones. */
export { decideAfter, fold, stateOf, undescribedFields, type Outcome } from '../decisions/given.js';
