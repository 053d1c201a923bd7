/** The action tracker: which actions are open or overdue, who owns them, and where they came from. */
import { z } from 'zod';
import { Slug } from '../../domain/shared/identifiers.js';
import type { ReadModel } from '../read.js';
import { actionTrackerProjection } from './projection.js';
import { findAction, listActions } from './query.js';
import { ActionFilters, ActionList, ActionView } from './view.js';

export { actionTrackerProjection } from './projection.js';
export { findAction, listActions } from './query.js';
export { ActionFilters, ActionList, ActionStatus, ActionView } from './view.js';

export const actionTracker: ReadModel<typeof ActionFilters, typeof ActionList> = {
  projection: actionTrackerProjection,
  filters: ActionFilters,
  view: ActionList,
  read: listActions,
};

export const ActionKey = z.object({ actionId: Slug.describe('The action, e.g. lg-2016-10-27-3-1') });

/** One action with its history and sub-actions; undefined when it is not recorded. */
export const action: ReadModel<typeof ActionKey, typeof ActionView, ActionView | undefined> = {
  projection: actionTrackerProjection,
  filters: ActionKey,
  view: ActionView,
  read: (db, { actionId }) => findAction(db, actionId),
};
