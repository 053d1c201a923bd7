/** The action tracker: which actions are open or overdue, who owns them, and where they came from. */
export { actionTrackerProjection } from './projection.js';
export { findAction, listActions } from './query.js';
export { ActionFilters, ActionList, ActionStatus, ActionView } from './view.js';
