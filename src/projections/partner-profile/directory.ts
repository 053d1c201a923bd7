/**
 * The directory as the partner profile holds it: every organisation (with its org-id identifier),
 * body, membership and representative. The open-data formats read these lists; nothing else keeps
 * a second copy of the directory.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';

export const DirectoryOrganisation = z.object({
  organisationId: z.string().describe('The organisation, e.g. stroud-district-council'),
  name: z.string().describe('Its current name'),
  type: z.string().describe('What kind of organisation it is, e.g. district-council'),
  identifier: z.string().nullable().describe('Its org-id identifier, e.g. GB-LAE-STO, or null when none is recorded'),
  dissolvedOn: z.string().nullable().describe('When it ceased to exist, if it has'),
  successorId: z.string().nullable().describe('The organisation that took over its functions'),
});
export type DirectoryOrganisation = z.infer<typeof DirectoryOrganisation>;

export interface DirectoryBody {
  readonly bodyId: string;
  readonly name: string;
}

export interface DirectoryMembership {
  readonly bodyId: string;
  readonly organisationId: string;
  readonly admittedOn: string;
  readonly withdrawnOn: string | null;
}

export interface DirectoryRepresentative {
  /** The global position of the appointment's event: a stable id for it. */
  readonly position: number;
  readonly bodyId: string;
  readonly organisationId: string;
  readonly person: string;
  readonly role: string;
  readonly from: string;
  readonly to: string | null;
}

export interface Directory {
  readonly organisations: readonly DirectoryOrganisation[];
  readonly bodies: readonly DirectoryBody[];
  readonly memberships: readonly DirectoryMembership[];
  readonly representatives: readonly DirectoryRepresentative[];
}

type OrganisationRow = {
  organisation_id: string;
  name: string;
  type: string;
  identifier: string | null;
  dissolved_on: string | null;
  successor_id: string | null;
};
type MembershipRow = { body_id: string; organisation_id: string; admitted_on: string; withdrawn_on: string | null };
type RepresentativeRow = {
  position: number;
  body_id: string;
  organisation_id: string;
  person: string;
  role: string;
  from_date: string;
  to_date: string | null;
};

/** The whole directory, each list in id order (representatives in the order appointed). */
export function directory(db: Database.Database): Directory {
  const organisations = db
    .prepare<[], OrganisationRow>(
      'SELECT organisation_id, name, type, identifier, dissolved_on, successor_id FROM ' +
        'partner_profile_organisations ORDER BY organisation_id',
    )
    .all()
    .map((r) => ({
      organisationId: r.organisation_id,
      name: r.name,
      type: r.type,
      identifier: r.identifier,
      dissolvedOn: r.dissolved_on,
      successorId: r.successor_id,
    }));
  const bodies = db
    .prepare<[], { body_id: string; name: string }>('SELECT body_id, name FROM partner_profile_bodies ORDER BY body_id')
    .all()
    .map((r) => ({ bodyId: r.body_id, name: r.name }));
  const memberships = db
    .prepare<[], MembershipRow>(
      'SELECT body_id, organisation_id, admitted_on, withdrawn_on FROM ' +
        'partner_profile_memberships ORDER BY body_id, organisation_id, admitted_on',
    )
    .all()
    .map((r) => ({
      bodyId: r.body_id,
      organisationId: r.organisation_id,
      admittedOn: r.admitted_on,
      withdrawnOn: r.withdrawn_on,
    }));
  const representatives = db
    .prepare<[], RepresentativeRow>(
      'SELECT position, body_id, organisation_id, person, role, from_date, to_date FROM ' +
        'partner_profile_representatives ORDER BY position',
    )
    .all()
    .map((r) => ({
      position: r.position,
      bodyId: r.body_id,
      organisationId: r.organisation_id,
      person: r.person,
      role: r.role,
      from: r.from_date,
      to: r.to_date,
    }));
  return { organisations, bodies, memberships, representatives };
}
