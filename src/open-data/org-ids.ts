/**
 * Organisation identifiers in the org-id.guide form (GB-LAE-GLS, GB-NHS-11M, GB-COH-01234567) for
 * the organisations and bodies the open data names. One without a recorded identifier is refused,
 * naming it, unless the publisher asks for the documented local scheme: the board's 360Giving
 * prefix, the kind and the ledger's id, e.g. 360G-leadershipglos-body-gloucestershire-community-safety-partnership.
 */
import type { Directory } from '../projections/partner-profile/index.js';
import type { OpenDataSettings } from './settings.js';

export interface Party {
  readonly kind: 'organisation' | 'body';
  readonly id: string;
}

/** An organisation as 360Giving and Popolo name it. */
export interface IdentifiedOrganisation {
  readonly id: string;
  readonly name: string;
}

/** The identifier of a party with none recorded, in the local scheme. */
export function localOrgId(settings: OpenDataSettings, party: Party): string {
  return `${settings.grantIdPrefix}${party.kind === 'organisation' ? 'org' : 'body'}-${party.id}`;
}

/** Thrown when the open data would name parties that have no identifier and the local scheme was not asked for. */
export class OrganisationsWithoutIdentifier extends Error {
  override readonly name = 'OrganisationsWithoutIdentifier';
  readonly code = 'ORGANISATION_WITHOUT_IDENTIFIER';

  constructor(
    readonly parties: ReadonlyArray<Party & { readonly name: string }>,
    settings: OpenDataSettings,
  ) {
    const named = parties.map(
      (p) => `${p.name} (${p.kind} ${p.id}, which the local scheme would identify as ${localOrgId(settings, p)})`,
    );
    super(
      `${named.join('; ')} ${parties.length === 1 ? 'has' : 'have'} no org-id identifier, so the ` +
        `grants cannot be published. ` +
        ('Record the identifier in the directory (e.g. identifier: GB-LAE-GLS for an English local ' +
          'authority, GB-COH-<company number>, GB-CHC-<charity number>, GB-NHS-<ODS code>), ') +
        'or publish with the local scheme: --local-org-ids on the command line, localOrgIds=true over HTTP.',
    );
  }
}

/**
 * Names and identifies parties from the directory; collects the ones without an identifier instead of failing at the
 * first.
 */
export class OrganisationIdentifiers {
  private readonly missing = new Map<string, Party & { readonly name: string }>();

  constructor(
    private readonly directory: Directory,
    private readonly settings: OpenDataSettings,
  ) {}

  nameOf(party: Party): string {
    const found =
      party.kind === 'organisation'
        ? this.directory.organisations.find((o) => o.organisationId === party.id)
        : this.directory.bodies.find((b) => b.bodyId === party.id);
    return found?.name ?? party.id;
  }

  identify(party: Party): IdentifiedOrganisation {
    const name = this.nameOf(party);
    const recorded =
      party.kind === 'organisation'
        ? this.directory.organisations.find((o) => o.organisationId === party.id)?.identifier
        : undefined;
    if (recorded) return { id: recorded, name };
    if (!this.settings.localOrgIds) this.missing.set(`${party.kind}:${party.id}`, { ...party, name });
    return { id: localOrgId(this.settings, party), name };
  }

  /** Throws OrganisationsWithoutIdentifier if any party identified so far had no identifier. */
  assertAllIdentified(): void {
    if (this.missing.size > 0) throw new OrganisationsWithoutIdentifier([...this.missing.values()], this.settings);
  }
}
