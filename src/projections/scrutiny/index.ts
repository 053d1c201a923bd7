/** The scrutiny read model: recommendations, their responses, the actions that follow, and which still wait. */
export { scrutinyProjection } from './projection.js';
export { listRecommendations } from './query.js';
export { RecommendationFilters, RecommendationList, RecommendationView } from './view.js';
