/** The partner profile: one organisation across memberships, attendance, positions, money and actions. */
export { partnerProfileProjection } from './projection.js';
export { partnerProfile } from './query.js';
export { PartnerProfile } from './view.js';
