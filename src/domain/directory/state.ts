/**
 * The directory has two aggregates, each with its own state file; this module gathers them so
 * other features read `OrganisationState` and `BodyState` from one place.
 */
export { evolveOrganisation, initialOrganisationState, organisationActiveOn } from './state-organisation.js';
export type { FormerName, OrganisationState } from './state-organisation.js';
export { evolveBody, initialBodyState, isCurrentMember, wasMemberOn } from './state-body.js';
export type { BodyState, Membership, Representative, TermsOfReference } from './state-body.js';
