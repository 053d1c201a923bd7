/** The partner profile: one organisation across memberships, attendance, positions, money and actions. */
export { directory, DirectoryOrganisation, type Directory, type DirectoryBody, type DirectoryMembership, type DirectoryRepresentative } from './directory.js';
export { partnerProfileProjection } from './projection.js';
export { partnerProfile } from './query.js';
export { PartnerProfile } from './view.js';
