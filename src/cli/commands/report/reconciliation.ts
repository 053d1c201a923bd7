/**
 * `ledger report reconciliation`: per fund, what each partner was asked, pledged (and on what
 * condition), paid and still owes; allocations and payments; exceptions to chase.
 */
import { csvNumber, csvTable } from '../../../audit/csv.js';
import { formatPence, toPoundsDecimal, type Pence } from '../../../domain/shared/money.js';
import {
  commitments,
  type CommitmentsView,
  type FundCommitments,
  type ViewFigure,
} from '../../../projections/commitments/index.js';
import type { ReportKind } from './report-kind.js';
import { textTable, type Column } from './table.js';

type Partner = FundCommitments['partners'][number];
type Allocation = FundCommitments['allocations'][number];
/** A partner row, or the total (organisation null), with the fund whose illustrative figures it marks. */
type PartnerLine = Omit<Partner, 'organisation'> & { organisation: string | null; fund: FundCommitments };

/** After a figure that includes a value made up for the demo; explained under each table that uses it. */
const MARK = '*';
const MARK_NOTE = `  ${MARK} illustrative: not from the minutes or a finance system, made up to show the ledger working`;

function isIllustrative(fund: FundCommitments, figure: ViewFigure, organisation: string | null): boolean {
  const { figures, partners } = fund.illustrative;
  return figures.includes(figure) && (organisation === null || partners.includes(organisation));
}

function marked(fund: FundCommitments, figure: ViewFigure, amount: Pence, organisation: string | null = null): string {
  return `${formatPence(amount)}${isIllustrative(fund, figure, organisation) ? MARK : ''}`;
}

const money = (header: string, figure: ViewFigure, value: (row: PartnerLine) => Pence): Column<PartnerLine> => ({
  header,
  value: (row) => marked(row.fund, figure, value(row), row.organisation),
  align: 'right',
});

const PARTNER_COLUMNS: ReadonlyArray<Column<PartnerLine>> = [
  { header: 'partner', value: (row) => row.organisation ?? 'total' },
  money('asked', 'asked', (row) => row.askedPence),
  money('pledged', 'pledged', (row) => row.pledgedPence),
  money('conditional', 'conditional', (row) => row.conditionalPence),
  money('confirmed', 'confirmed', (row) => row.confirmedPence),
  money('authorised by partner', 'authorised', (row) => row.authorisedByPartnerPence),
  money('received', 'received', (row) => row.receivedPence),
  money('outstanding', 'outstanding', (row) => row.outstandingPence),
  money('overpaid', 'overpaid', (row) => row.overpaidPence),
];

const ALLOCATION_COLUMNS: ReadonlyArray<Column<Allocation>> = [
  { header: 'allocation', value: (row) => row.allocationId },
  { header: 'recipient', value: (row) => row.recipient.id },
  { header: 'allocated', value: (row) => formatPence(row.allocatedPence), align: 'right' },
  { header: 'paid', value: (row) => formatPence(row.paidPence), align: 'right' },
  { header: 'remaining', value: (row) => formatPence(row.remainingPence), align: 'right' },
  { header: 'purpose', value: (row) => row.purpose },
];

function fundLines(fund: FundCommitments, financialYear: string | null): string[] {
  const rows: PartnerLine[] = [
    ...fund.partners.map((partner) => ({ ...partner, fund })),
    { organisation: null, ...fund.totals, fund },
  ];
  const balances = [
    `opening balance ${marked(fund, 'opening', fund.openingBalancePence)}`,
    `committable ${marked(fund, 'committable', fund.committableBalancePence)}`,
    `cash held ${marked(fund, 'cash', fund.cashBalancePence)}`,
  ];
  return [
    `${fund.name} (${fund.fundId}): ${fund.kind}, held by ${fund.holder}, ${fund.status}`,
    `  ${balances.join('; ')}`,
    ...(fund.award ? [awardLine(fund, fund.award)] : []),
    ...(fund.year ? [yearLine(fund, fund.year, financialYear)] : []),
    ...(fund.partners.length > 0 ? textTable(PARTNER_COLUMNS, rows) : ['  no partners asked or pledged']),
    ...(fund.allocations.length > 0 ? textTable(ALLOCATION_COLUMNS, fund.allocations) : []),
    ...fund.exceptions.map((exception) => `  ! ${exception.message}`),
    ...(fund.illustrative.figures.length > 0 ? [MARK_NOTE] : []),
    ...fund.partnerAuthorisations.map(
      (cited) =>
        `  partner's own decision: ${cited.organisation}, ${cited.decidedBy}, ${cited.decidedOn}, ${cited.reference}${cited.url ? ` (${cited.url})` : ''}`,
    ),
    '',
  ];
}

function awardLine(fund: FundCommitments, award: NonNullable<FundCommitments['award']>): string {
  const received = marked(fund, 'received', award.receivedPence);
  return `  awarded by ${award.funder}: ${formatPence(award.awardedPence)}; received ${received}; still to come ${formatPence(award.remainingPence)}`;
}

function yearLine(
  fund: FundCommitments,
  year: NonNullable<FundCommitments['year']>,
  financialYear: string | null,
): string {
  const cash =
    `cash at start ${marked(fund, 'cash', year.openingCashPence)}, received ${marked(fund, 'received', year.receivedPence)}, ` +
    `paid out ${marked(fund, 'paid', year.paidPence)}, cash at end ${marked(fund, 'cash', year.closingCashPence)}`;
  const owed = `owed at year end ${marked(fund, 'outstanding', year.owedAtYearEndPence)}, awaiting a condition ${formatPence(year.awaitingConditionAtYearEndPence)}`;
  return `  ${financialYear ?? 'the year'}: ${cash}; ${owed}`;
}

/** The figures of a CSV row that include an illustrative value, e.g. "received outstanding"; empty when none do. */
function illustrativeColumn(row: PartnerLine): string {
  const figures = [
    'asked',
    'pledged',
    'conditional',
    'confirmed',
    'received',
    'unpledged',
    'outstanding',
    'overpaid',
  ] as const;
  return figures.filter((figure) => isIllustrative(row.fund, figure, row.organisation)).join(' ');
}

const pounds = (value: (row: PartnerLine) => Pence) => (row: PartnerLine) => csvNumber(toPoundsDecimal(value(row)));

export const reconciliationReport: ReportKind<CommitmentsView, typeof commitments.filters> = {
  name: 'reconciliation',
  description:
    "per fund and partner: asked, pledged, conditional, confirmed, authorised by the partner's own decision, received, outstanding; allocations; exceptions",
  filters: commitments.filters,
  // The database is already the read models as at `asAt`; the view only echoes it.
  query: (db, filters, asAt) => ({ ...commitments.read(db, filters), asAt: asAt ?? null }),
  table: (view) =>
    view.funds.length === 0
      ? ['No funds recorded.']
      : view.funds.flatMap((fund) => fundLines(fund, view.financialYear)),
  csv: (view) =>
    csvTable<PartnerLine>(
      [
        ['fund_id', (row) => row.fund.fundId],
        ['fund', (row) => row.fund.name],
        ['organisation', (row) => row.organisation ?? ''],
        ['asked', pounds((row) => row.askedPence)],
        ['pledged', pounds((row) => row.pledgedPence)],
        ['conditional', pounds((row) => row.conditionalPence)],
        ['confirmed', pounds((row) => row.confirmedPence)],
        ['authorised_by_partner', pounds((row) => row.authorisedByPartnerPence)],
        ['received', pounds((row) => row.receivedPence)],
        ['received_without_pledge', pounds((row) => row.receivedWithoutPledgePence)],
        ['outstanding', pounds((row) => row.outstandingPence)],
        ['overpaid', pounds((row) => row.overpaidPence)],
        ['illustrative', illustrativeColumn],
      ],
      view.funds.flatMap((fund) => fund.partners.map((partner) => ({ ...partner, fund }))),
    ),
};
