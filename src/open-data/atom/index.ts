/** Atom feeds of decisions: across the ledger and per body. */
export { ATOM_CONTENT_TYPE, decisionsFeed } from './decisions.js';
