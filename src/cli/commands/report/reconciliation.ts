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
import type { AuditEvent } from '../../../projections/audit-trail/index.js';
import type { Names } from '../../../web/shared/names.js';
import { fundChangeLines, fundChanges } from './fund-changes.js';
import type { ReportKind } from './report-kind.js';
import { textTable, type Column } from './table.js';

type Partner = FundCommitments['partners'][number];
type Allocation = FundCommitments['allocations'][number];
/** A partner row, or the total (organisation null), with its fund. */
type PartnerLine = Omit<Partner, 'organisation'> & { organisation: string | null; fund: FundCommitments };

/** Each fund's later changes with their dates and sources (fund-changes.ts), kept out of the JSON (the API's view). */
const CHANGES = Symbol('changes');
type Reconciliation = CommitmentsView & { readonly [CHANGES]?: ReadonlyMap<string, readonly AuditEvent[]> };

/** After a figure that includes a value made up for the demo; explained under each table that uses it. */
const MARK = '*';
const MARK_NOTE =
  `  ${MARK} illustrative: not from the minutes or a finance system, made up to show the ` + `ledger working`;

/** Each figure is marked by its own flags: a row's (a partner's, the total's, an allocation's) or the fund's. */
type Flagged = readonly ViewFigure[];

function marked(flags: Flagged, figure: ViewFigure, amount: Pence): string {
  return `${formatPence(amount)}${flags.includes(figure) ? MARK : ''}`;
}

const money = (header: string, figure: ViewFigure, value: (row: PartnerLine) => Pence): Column<PartnerLine> => ({
  header,
  value: (row) => marked(row.illustrative, figure, value(row)),
  align: 'right',
});

const partnerColumns = (names: Names): ReadonlyArray<Column<PartnerLine>> => [
  {
    header: 'partner',
    value: (row) => (row.organisation === null ? 'total' : names.organisation(row.organisation)),
  },
  money('asked', 'asked', (row) => row.askedPence),
  money('pledged', 'pledged', (row) => row.pledgedPence),
  money('conditional', 'conditional', (row) => row.conditionalPence),
  money('confirmed', 'confirmed', (row) => row.confirmedPence),
  money('authorised by partner', 'authorised', (row) => row.authorisedByPartnerPence),
  money('received', 'received', (row) => row.receivedPence),
  money('outstanding', 'outstanding', (row) => row.outstandingPence),
  money('overpaid', 'overpaid', (row) => row.overpaidPence),
];

const allocationColumns = (names: Names): ReadonlyArray<Column<Allocation>> => [
  ...(names.showsIds ? [{ header: 'allocation', value: (row: Allocation) => row.allocationId }] : []),
  { header: 'recipient', value: (row) => names.party(row.recipient) },
  { header: 'allocated', value: (row) => marked(row.illustrative, 'allocated', row.allocatedPence), align: 'right' },
  { header: 'paid', value: (row) => marked(row.illustrative, 'paid', row.paidPence), align: 'right' },
  {
    header: 'remaining',
    value: (row) => `${formatPence(row.remainingPence)}${row.illustrative.length > 0 ? MARK : ''}`,
    align: 'right',
  },
  { header: 'made by', value: (row) => (row.decision ? names.minute(row.decision) : ''), maxWidth: 40 },
  { header: 'purpose', value: (row) => row.purpose },
];

function fundLines(
  fund: FundCommitments,
  financialYear: string | null,
  names: Names,
  changes: readonly AuditEvent[],
): string[] {
  const rows: PartnerLine[] = [
    ...fund.partners.map((partner) => ({ ...partner, fund })),
    { organisation: null, ...fund.totals, fund },
  ];
  const own = fund.illustrative.figures;
  const balances = [
    `opening balance ${marked(own, 'opening', fund.openingBalancePence)}`,
    `committable ${marked(own, 'committable', fund.committableBalancePence)}`,
    `cash held ${marked(own, 'cash', fund.cashBalancePence)}`,
  ];
  return [
    `${fund.name}${names.idAfter(fund.fundId)}: ${fund.kind}, ` +
      `held by ${names.organisation(fund.holder)}, ${fund.status}`,
    ...(fund.purpose ? [`  purpose: ${fund.purpose}`] : []),
    ...(fund.decision ? [`  set up by ${names.minute(fund.decision)}`] : []),
    `  ${balances.join('; ')}`,
    ...(fund.award ? [awardLine(fund, fund.award, names)] : []),
    ...(fund.year ? [yearLine(fund, fund.year, financialYear)] : []),
    ...(fund.partners.length > 0 ? textTable(partnerColumns(names), rows) : ['  no partners asked or pledged']),
    ...(fund.allocations.length > 0 ? textTable(allocationColumns(names), fund.allocations) : []),
    ...fund.exceptions.map((exception) => `  ! ${exception.message}`),
    ...(fund.illustrative.figures.length > 0 ? [MARK_NOTE] : []),
    ...fund.partnerAuthorisations.map(
      (cited) =>
        `  partner's own decision: ${names.organisation(cited.organisation)}, ${cited.decidedBy}, ` +
        `${cited.decidedOn}, ${cited.reference}${cited.url ? ` (${cited.url})` : ''}`,
    ),
    ...fundChangeLines(changes, names),
    '',
  ];
}

function awardLine(fund: FundCommitments, award: NonNullable<FundCommitments['award']>, names: Names): string {
  const received = marked(fund.illustrative.figures, 'received', award.receivedPence);
  return (
    `  awarded by ${names.organisation(award.funder)}: ${formatPence(award.awardedPence)}; ` +
    `received ${received}; still to come ${formatPence(award.remainingPence)}`
  );
}

function yearLine(
  fund: FundCommitments,
  year: NonNullable<FundCommitments['year']>,
  financialYear: string | null,
): string {
  const own = fund.illustrative.figures;
  const cash =
    `cash at start ${marked(own, 'cash', year.openingCashPence)}, received ` +
    `${marked(own, 'received', year.receivedPence)}, ` +
    `paid out ${marked(own, 'paid', year.paidPence)}, cash at end ${marked(own, 'cash', year.closingCashPence)}`;
  const owed =
    `owed at year end ${marked(own, 'outstanding', year.owedAtYearEndPence)}, awaiting a ` +
    `condition ${formatPence(year.awaitingConditionAtYearEndPence)}`;
  return `  ${financialYear ?? 'the year'}: ${cash}; ${owed}`;
}

/** The figures of a CSV row that include an illustrative value, e.g. "received outstanding"; empty when none do. */
function illustrativeColumn(row: PartnerLine): string {
  return row.illustrative.join(' ');
}

const pounds = (value: (row: PartnerLine) => Pence) => (row: PartnerLine) => csvNumber(toPoundsDecimal(value(row)));

export const reconciliationReport: ReportKind<CommitmentsView, typeof commitments.filters> = {
  name: 'reconciliation',
  description:
    "per fund and partner: asked, pledged, conditional, confirmed, authorised by the partner's " +
    'own decision, received, outstanding; allocations; exceptions',
  filters: commitments.filters,
  // The database is already the read models as at `asAt`; the view only echoes it.
  query: (db, filters, asAt) => {
    const view: Reconciliation = { ...commitments.read(db, filters), asAt: asAt ?? null };
    const changes = new Map(
      view.funds.map((fund) => [fund.fundId, fundChanges(db, fund.fundId, filters.financialYear ?? null)]),
    );
    Object.defineProperty(view, CHANGES, { value: changes, enumerable: false });
    return view;
  },
  table: (view: Reconciliation, names) =>
    view.funds.length === 0
      ? ['No funds recorded.']
      : view.funds.flatMap((fund) => fundLines(fund, view.financialYear, names, view[CHANGES]?.get(fund.fundId) ?? [])),
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
