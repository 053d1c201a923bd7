/**
 * Partners' own decisions behind their pledges, in the commitments read model: the decisions cited
 * (who decided, when, their reference and published page) and the pledges no decision of the
 * partner's own backs yet, which a finance officer chases. The sums come from the `authorised`
 * entries (see entries.ts); this file keeps the citations themselves and builds the list.
 */
import type Database from 'better-sqlite3';
import { formatPence, pence } from '../../domain/shared/money.js';
import type { AwaitingPartnerAuthorisation, FundCommitments, PartnerAuthorisationCited } from './view.js';

export const AUTHORISATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS commitments_partner_authorisations (
  fund_id         TEXT NOT NULL,
  organisation    TEXT NOT NULL,
  pledge_id       TEXT NOT NULL,
  amount_pence    INTEGER NOT NULL,
  decided_by      TEXT NOT NULL,
  decided_on      TEXT NOT NULL,
  reference       TEXT NOT NULL,
  url             TEXT,
  event_id        TEXT NOT NULL,
  position        INTEGER NOT NULL,
  recorded_at     TEXT NOT NULL
);
`;

export const INSERT_AUTHORISATION = `INSERT INTO commitments_partner_authorisations
  (fund_id, organisation, pledge_id, amount_pence, decided_by, decided_on, reference, url, event_id, position,
    recorded_at)
  VALUES (@fundId, @organisation, @pledgeId, @amountPence, @decidedBy, @decidedOn, @reference, @url, @eventId,
    @position, @recordedAt)`;

type Row = {
  fund_id: string;
  organisation: string;
  pledge_id: string;
  amount_pence: number;
  decided_by: string;
  decided_on: string;
  reference: string;
  url: string | null;
};

/** The decisions cited, per fund, in the order the partners took them. */
export function citedAuthorisations(
  db: Database.Database,
  fundId: string | null,
): Map<string, PartnerAuthorisationCited[]> {
  const rows = db
    .prepare<{ fundId: string | null }, Row>(
      `SELECT fund_id, organisation, pledge_id, amount_pence, decided_by, decided_on, reference, url
       FROM commitments_partner_authorisations WHERE (@fundId IS NULL OR fund_id = @fundId) ORDER BY decided_on,
         position`,
    )
    .all({ fundId });
  const byFund = new Map<string, PartnerAuthorisationCited[]>();
  for (const row of rows) {
    const cited: PartnerAuthorisationCited = {
      organisation: row.organisation,
      pledgeId: row.pledge_id,
      amountPence: pence(row.amount_pence),
      decidedBy: row.decided_by,
      decidedOn: row.decided_on,
      reference: row.reference,
      url: row.url,
    };
    byFund.set(row.fund_id, [...(byFund.get(row.fund_id) ?? []), cited]);
  }
  return byFund;
}

/**
 * Pledges with a sum no decision of the partner's own backs. An external award is left out: the
 * award is the funder's own decision, recorded when the fund was opened.
 */
export function awaitingOf(fund: Pick<FundCommitments, 'kind' | 'partners'>): AwaitingPartnerAuthorisation[] {
  if (fund.kind === 'external-award') return [];
  return fund.partners
    .filter((partner) => partner.awaitingPartnerAuthorisationPence > 0)
    .map((partner) => ({
      organisation: partner.organisation,
      pledgedPence: partner.pledgedPence,
      authorisedByPartnerPence: partner.authorisedByPartnerPence,
      awaitingPence: partner.awaitingPartnerAuthorisationPence,
      message:
        partner.authorisedByPartnerPence > 0
          ? `${formatPence(partner.awaitingPartnerAuthorisationPence)} of the ` +
            `${formatPence(partner.pledgedPence)} pledged by ${partner.organisation} has no decision of ` +
            `its own behind it yet`
          : `The ${formatPence(partner.pledgedPence)} pledged by ${partner.organisation} is not yet ` +
            `backed by a decision of its own`,
    }));
}
