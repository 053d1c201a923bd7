/** The scrutiny read model: recommendations, their responses, the actions that follow, and which still wait. */
import type { ReadModel } from '../read.js';
import { scrutinyProjection } from './projection.js';
import { listRecommendations } from './query.js';
import { RecommendationFilters, RecommendationList } from './view.js';

export { scrutinyProjection } from './projection.js';
export { listRecommendations } from './query.js';
export { RecommendationFilters, RecommendationList, RecommendationView } from './view.js';

/** The recommendations list; "awaiting for more than N days" counts to today unless `awaitingOn` says otherwise. */
export const recommendations: ReadModel<typeof RecommendationFilters, typeof RecommendationList> = {
  projection: scrutinyProjection,
  filters: RecommendationFilters,
  view: RecommendationList,
  read: (db, filters) => listRecommendations(db, filters, new Date().toISOString().slice(0, 10)),
};
