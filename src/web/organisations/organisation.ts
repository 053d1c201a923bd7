/**
 * A partner's profile: memberships, attendance record, positions taken, money pledged, paid and owed, actions owned.
 */
import { z } from 'zod';
import { commitmentsView } from '../../projections/commitments/index.js';
import { partnerProfile } from '../../projections/partner-profile/index.js';
import type { PageDefinition } from '../shared/page.js';
import { withReadModels } from '../shared/read-models.js';

export const organisationPage: PageDefinition<z.ZodObject> = {
  url: '/organisations/:organisationId',
  template: 'organisations/page.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const organisationId = params.organisationId!;
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const profile = partnerProfile(db, organisationId);
      return profile ? { profile, names } : undefined;
    });
    if (!found)
      return {
        notFound: `The ledger has nothing about an organisation ${organisationId}${asAt ? ` as at ${asAt}` : ''}.`,
        lookIn: { text: 'the home page', href: link('/') },
      };
    // What it still owes comes from the reconciliation, the same figure the fund page shows.
    const owed = (await withReadModels(ledger, asAt, ({ db }) => commitmentsView(db).funds)).flatMap((fund) =>
      fund.partners
        .filter((p) => p.organisation === organisationId && (p.outstandingPence > 0 || p.overpaidPence > 0))
        .map((p) => ({ fundId: fund.fundId, fundName: fund.name, ...p })),
    );
    return {
      title: found.profile.name ?? found.names.organisation(organisationId),
      ...found,
      owed,
      alternates: [
        { text: 'JSON', href: link(`/partners/${organisationId}`) },
        { text: 'History (JSON)', href: link(`/history/organisation-${organisationId}`) },
      ],
    };
  },
};
