/** The partner's pledges, contributions and allocations received, with their sums. */
import type Database from 'better-sqlite3';
import type { PartnerProfile } from './view.js';

type PledgeRow = {
  fund_id: string;
  name: string | null;
  pledge_id: string;
  amount_pence: number;
  received_pence: number;
  condition: string | null;
  condition_pending: number;
  status: PartnerProfile['pledges'][number]['status'];
};
type ContributionRow = {
  fund_id: string;
  pledge_id: string | null;
  amount_pence: number;
  received_on: string;
  remittance_reference: string;
};
type AllocationRow = {
  fund_id: string;
  allocation_id: string;
  purpose: string;
  amount_pence: number;
  paid_pence: number;
  proposal_id: string;
  resolution: string;
};

export type Money = Pick<PartnerProfile, 'pledges' | 'contributions' | 'allocationsReceived' | 'totals'>;

function pledgesOf(db: Database.Database, organisationId: string): PartnerProfile['pledges'] {
  return db
    .prepare<[string], PledgeRow>(
      `SELECT p.fund_id, f.name, p.pledge_id, p.amount_pence, p.condition, p.condition_pending, p.status,
              (SELECT COALESCE(SUM(c.amount_pence), 0) FROM partner_profile_contributions c WHERE c.fund_id =
                p.fund_id AND c.pledge_id = p.pledge_id) AS received_pence
         FROM partner_profile_pledges p LEFT JOIN partner_profile_funds f ON f.fund_id = p.fund_id
        WHERE p.organisation_id = ? ORDER BY p.fund_id, p.pledge_id`,
    )
    .all(organisationId)
    .map((r) => ({
      fundId: r.fund_id,
      fundName: r.name,
      pledgeId: r.pledge_id,
      amountPence: r.amount_pence,
      receivedPence: r.received_pence,
      condition: r.condition,
      conditionPending: r.condition_pending === 1,
      status: r.status,
    }));
}

function contributionsOf(db: Database.Database, organisationId: string): PartnerProfile['contributions'] {
  return db
    .prepare<[string], ContributionRow>(
      'SELECT fund_id, pledge_id, amount_pence, received_on, remittance_reference FROM ' +
        'partner_profile_contributions WHERE organisation_id = ? ORDER BY received_on, position',
    )
    .all(organisationId)
    .map((r) => ({
      fundId: r.fund_id,
      pledgeId: r.pledge_id,
      amountPence: r.amount_pence,
      receivedOn: r.received_on,
      remittanceReference: r.remittance_reference,
    }));
}

function allocationsOf(db: Database.Database, organisationId: string): PartnerProfile['allocationsReceived'] {
  return db
    .prepare<[string], AllocationRow>(
      'SELECT fund_id, allocation_id, purpose, amount_pence, paid_pence, proposal_id, resolution ' +
        "FROM partner_profile_allocations WHERE recipient_kind = 'organisation' AND recipient_id = " +
        '? ORDER BY fund_id, allocation_id',
    )
    .all(organisationId)
    .map((r) => ({
      fundId: r.fund_id,
      allocationId: r.allocation_id,
      purpose: r.purpose,
      amountPence: r.amount_pence,
      paidPence: r.paid_pence,
      decision: { proposalId: r.proposal_id, resolution: r.resolution },
    }));
}

export function moneyOf(db: Database.Database, organisationId: string): Money {
  const pledges = pledgesOf(db, organisationId);
  const contributions = contributionsOf(db, organisationId);
  const allocationsReceived = allocationsOf(db, organisationId);
  const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
  return {
    pledges,
    contributions,
    allocationsReceived,
    totals: {
      pledgedPence: sum(pledges.filter((p) => p.status === 'live').map((p) => p.amountPence)),
      receivedPence: sum(contributions.map((c) => c.amountPence)),
      allocatedPence: sum(allocationsReceived.map((a) => a.amountPence)),
      paidPence: sum(allocationsReceived.map((a) => a.paidPence)),
    },
  };
}
