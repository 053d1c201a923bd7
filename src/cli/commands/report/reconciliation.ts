/**
 * `ledger report reconciliation`: per fund, what each partner was asked, pledged (and on what
 * condition), paid and still owes; allocations and payments; exceptions to chase.
 */
import { csvNumber, csvTable } from '../../../audit/csv.js';
import { formatPence, toPoundsDecimal, type Pence } from '../../../domain/shared/money.js';
import { CommitmentsQuery, commitmentsView, type CommitmentsView, type FundCommitments } from '../../../projections/commitments/index.js';
import type { ReportKind } from './report-kind.js';
import { textTable, type Column } from './table.js';

type Partner = FundCommitments['partners'][number];
type Allocation = FundCommitments['allocations'][number];

const money = (header: string, value: (row: Partner) => Pence): Column<Partner> => ({ header, value: (row) => formatPence(value(row)), align: 'right' });

const PARTNER_COLUMNS: ReadonlyArray<Column<Partner>> = [
  { header: 'partner', value: (row) => row.organisation },
  money('asked', (row) => row.askedPence),
  money('pledged', (row) => row.pledgedPence),
  money('conditional', (row) => row.conditionalPence),
  money('confirmed', (row) => row.confirmedPence),
  money('authorised by partner', (row) => row.authorisedByPartnerPence),
  money('received', (row) => row.receivedPence),
  money('outstanding', (row) => row.outstandingPence),
  money('overpaid', (row) => row.overpaidPence),
];

const ALLOCATION_COLUMNS: ReadonlyArray<Column<Allocation>> = [
  { header: 'allocation', value: (row) => row.allocationId },
  { header: 'recipient', value: (row) => row.recipient.id },
  { header: 'allocated', value: (row) => formatPence(row.allocatedPence), align: 'right' },
  { header: 'paid', value: (row) => formatPence(row.paidPence), align: 'right' },
  { header: 'remaining', value: (row) => formatPence(row.remainingPence), align: 'right' },
  { header: 'purpose', value: (row) => row.purpose },
];

function fundLines(fund: FundCommitments): string[] {
  const totals: Partner = { organisation: 'total', ...fund.totals };
  return [
    `${fund.name} (${fund.fundId}): ${fund.kind}, held by ${fund.holder}, ${fund.status}`,
    `  opening balance ${formatPence(fund.openingBalancePence)}; committable ${formatPence(fund.committableBalancePence)}; cash held ${formatPence(fund.cashBalancePence)}`,
    ...(fund.partners.length > 0 ? textTable(PARTNER_COLUMNS, [...fund.partners, totals]) : ['  no partners asked or pledged']),
    ...(fund.allocations.length > 0 ? textTable(ALLOCATION_COLUMNS, fund.allocations) : []),
    ...fund.exceptions.map((exception) => `  ! ${exception.message}`),
    ...fund.partnerAuthorisations.map((cited) => `  partner's own decision: ${cited.organisation}, ${cited.decidedBy}, ${cited.decidedOn}, ${cited.reference}${cited.url ? ` (${cited.url})` : ''}`),
    '',
  ];
}

type PartnerRow = Partner & { fund: FundCommitments };
const pounds = (value: (row: PartnerRow) => Pence) => (row: PartnerRow) => csvNumber(toPoundsDecimal(value(row)));

/** The reconciliation's filters as its HTTP route takes them; `--as-at` is the report command's own. */
const ReconciliationFilters = CommitmentsQuery.omit({ asAt: true });

export const reconciliationReport: ReportKind<CommitmentsView, typeof ReconciliationFilters> = {
  name: 'reconciliation',
  description: "per fund and partner: asked, pledged, conditional, confirmed, authorised by the partner's own decision, received, outstanding; allocations; exceptions",
  filters: ReconciliationFilters,
  // The database is already the read models as at `asAt`; the view only echoes it.
  query: (db, filters, asAt) => ({ ...commitmentsView(db, filters), asAt: asAt ?? null }),
  table: (view) => (view.funds.length === 0 ? ['No funds recorded.'] : view.funds.flatMap(fundLines)),
  csv: (view) =>
    csvTable<PartnerRow>(
      [
        ['fund_id', (row) => row.fund.fundId],
        ['fund', (row) => row.fund.name],
        ['organisation', (row) => row.organisation],
        ['asked', pounds((row) => row.askedPence)],
        ['pledged', pounds((row) => row.pledgedPence)],
        ['conditional', pounds((row) => row.conditionalPence)],
        ['confirmed', pounds((row) => row.confirmedPence)],
        ['authorised_by_partner', pounds((row) => row.authorisedByPartnerPence)],
        ['received', pounds((row) => row.receivedPence)],
        ['received_without_pledge', pounds((row) => row.receivedWithoutPledgePence)],
        ['outstanding', pounds((row) => row.outstandingPence)],
        ['overpaid', pounds((row) => row.overpaidPence)],
      ],
      view.funds.flatMap((fund) => fund.partners.map((partner) => ({ ...partner, fund }))),
    ),
};
