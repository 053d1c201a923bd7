/** The partner profile: one organisation across memberships, attendance, positions, money and actions. */
export {
  directory,
  DirectoryOrganisation,
  type Directory,
  type DirectoryBody,
  type DirectoryMembership,
  type DirectoryRepresentative,
} from './directory.js';
import { z } from 'zod';
import { Slug } from '../../domain/shared/identifiers.js';
import type { ReadModel } from '../read.js';
import { partnerProfileProjection } from './projection.js';
import { partnerProfile } from './query.js';
import { PartnerProfile } from './view.js';

export { partnerProfileProjection } from './projection.js';
export { partnerProfile } from './query.js';
export { PartnerProfile } from './view.js';

export const PartnerKey = z.object({ organisationId: Slug.describe('The organisation, e.g. stroud-district-council') });

/** One partner across everything; undefined when the ledger has never heard of the organisation. */
export const partner: ReadModel<typeof PartnerKey, typeof PartnerProfile, PartnerProfile | undefined> = {
  projection: partnerProfileProjection,
  filters: PartnerKey,
  view: PartnerProfile,
  read: (db, { organisationId }) => partnerProfile(db, organisationId),
};
