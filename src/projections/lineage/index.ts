/** The lineage of a decision: on whose recommendation, authorised by whom, implemented how, reported back by whom. */
export { lineageProjection } from './projection.js';
export { decisionLineage } from './query.js';
export { LineageView } from './view.js';
