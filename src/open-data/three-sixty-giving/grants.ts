/**
 * Every allocation (grant) from a fund in the 360Giving Data Standard: one grant per allocation,
 * from the commitments read model (the sums, the fund, the payments), the decision register (the
 * authorising decision and its meeting date) and the directory (names and org-id identifiers).
 */
import type Database from 'better-sqlite3';
import { commitmentsTrace, commitmentsView } from '../../projections/commitments/index.js';
import type { FundCommitments } from '../../projections/commitments/index.js';
import { listDecisions, type DecisionView } from '../../projections/decision-register/index.js';
import { directory } from '../../projections/partner-profile/index.js';
import { OrganisationIdentifiers } from '../org-ids.js';
import { pages, type OpenDataSettings } from '../settings.js';
import type { Grant } from './schema.js';

type Disbursement = NonNullable<Grant['disbursementTransaction']>[number];

/** Pounds as the standard writes them: a number, no symbol (35000, 1250.5). */
const pounds = (pence: number) => pence / 100;

/** The decision that authorised each allocation, keyed by fund and allocation. */
function authorisingDecisions(db: Database.Database): Map<string, DecisionView> {
  const byAllocation = new Map<string, DecisionView>();
  for (const decision of listDecisions(db).decisions) {
    for (const authorised of decision.authorised) {
      if (authorised.kind === 'allocation') byAllocation.set(`${authorised.fundId}/${authorised.id}`, decision);
    }
  }
  return byAllocation;
}

function disbursements(db: Database.Database, grantId: string, fundId: string, allocationId: string): Disbursement[] {
  return commitmentsTrace(db, { fundId, figure: 'paid', allocationId }).entries.map((entry, index) => ({
    id: `${grantId}-payment-${index + 1}`,
    transactionDate: entry.occurredOn,
    currency: 'GBP',
    value: pounds(entry.amountPence),
  }));
}

function grantOf(
  db: Database.Database,
  settings: OpenDataSettings,
  identifiers: OrganisationIdentifiers,
  fund: FundCommitments,
  allocation: FundCommitments['allocations'][number],
  decision: DecisionView | undefined,
): Grant {
  if (decision?.meetingDate == null)
    throw new Error(
      `Bug: allocation ${allocation.allocationId} of ${fund.fundId} has no authorising decision ` +
        `with a meeting date in the register`,
    );
  const id = `${settings.grantIdPrefix}${allocation.allocationId}`;
  const recipient = identifiers.identify(allocation.recipient);
  const page = pages.decision(settings, decision.proposalId, decision.resolution);
  const paid = disbursements(db, id, fund.fundId, allocation.allocationId);
  return {
    id,
    title: `${fund.name}: ${recipient.name}`.slice(0, 140),
    description: allocation.purpose,
    currency: 'GBP',
    amountAwarded: pounds(allocation.allocatedPence),
    ...(paid.length > 0 ? { amountDisbursed: pounds(allocation.paidPence) } : {}),
    awardDate: decision.meetingDate,
    url: page,
    recipientOrganization: [recipient],
    fundingOrganization: [identifiers.identify({ kind: 'organisation', id: fund.holder })],
    grantProgramme: [{ code: fund.fundId, title: fund.name }],
    ...(paid.length > 0 ? { disbursementTransaction: paid } : {}),
    dataSource: page,
  };
}

/**
 * Every allocation of every fund, by fund and allocation id. Throws OrganisationsWithoutIdentifier,
 * naming every recipient or fund holder without an identifier, unless the settings ask for the local scheme.
 */
export function grants(db: Database.Database, settings: OpenDataSettings): Grant[] {
  const identifiers = new OrganisationIdentifiers(directory(db), settings);
  const decisions = authorisingDecisions(db);
  const result = commitmentsView(db).funds.flatMap((fund) =>
    [...fund.allocations]
      .sort((a, b) => a.allocationId.localeCompare(b.allocationId))
      .map((allocation) =>
        grantOf(
          db,
          settings,
          identifiers,
          fund,
          allocation,
          decisions.get(`${fund.fundId}/${allocation.allocationId}`),
        ),
      ),
  );
  identifiers.assertAllIdentified();
  return result;
}
