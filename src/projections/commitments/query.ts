/**
 * Questions put to the commitments read model. Knowledge time (`asAt`) is the caller's, through the
 * one as-at mechanism (../read.ts: the same queries over the file as it stood then); business time
 * (`financialYear`) limits entries by the date money moved or the fact happened. Each figure is a
 * SUM of entries, and its trace is the entries themselves.
 */
import type Database from 'better-sqlite3';
import { financialYearEnd, financialYearStart } from '../../domain/shared/financial-year.js';
import { addPence, pence, subtractPence } from '../../domain/shared/money.js';
import { citedAuthorisations } from './authorisations.js';
import type { EntryFigure } from './entries.js';
import { derivations, fundCommitments, type AllocationRecord, type FigureSum, type FundRecord } from './figures.js';
import {
  CommitmentsFilters,
  CommitmentsTraceQuery,
  type CommitmentsTraceEntry,
  type CommitmentsView,
  type FundCommitments,
  type IllustrativeFigures,
  type ViewFigure,
  type YearCashFlow,
} from './view.js';

interface Window {
  readonly fundId: string | null;
  readonly from: string;
  readonly to: string;
}

function windowOf(query: CommitmentsFilters): Window {
  return {
    fundId: query.fundId ?? null,
    from: query.financialYear ? financialYearStart(query.financialYear) : '0000-01-01',
    to: query.financialYear ? financialYearEnd(query.financialYear) : '9999-12-31',
  };
}

const WHERE_ENTRIES = `occurred_on >= @from AND occurred_on <= @to AND (@fundId IS NULL OR fund_id = @fundId)`;

type FundRow = {
  fund_id: string;
  name: string;
  kind: FundCommitments['kind'];
  holder: string;
  funder: string | null;
  purpose: string | null;
  decision_proposal: string | null;
  decision_resolution: string | null;
  closed: number;
};
type SumRow = {
  fund_id: string;
  organisation: string | null;
  allocation_id: string | null;
  figure: EntryFigure;
  amount_pence: number;
  illustrative: number;
};
type AllocationRow = {
  fund_id: string;
  allocation_id: string;
  recipient_kind: 'organisation' | 'body';
  recipient_id: string;
  purpose: string;
  decision_proposal: string | null;
  decision_resolution: string | null;
};

/** The decision a row cites, from its two columns. */
function decisionOf(row: { decision_proposal: string | null; decision_resolution: string | null }) {
  const { decision_proposal: proposalId, decision_resolution: resolution } = row;
  return proposalId === null || resolution === null ? null : { proposalId, resolution };
}

function funds(db: Database.Database, window: Window): FundRecord[] {
  const rows = db
    .prepare<Window, FundRow>(
      `SELECT fund_id, name, kind, holder, funder, purpose, decision_proposal, decision_resolution,
              (closed_event_id IS NOT NULL) AS closed
       FROM commitments_funds WHERE (@fundId IS NULL OR fund_id = @fundId) ORDER BY fund_id`,
    )
    .all(window);
  return rows.map((row) => ({
    fundId: row.fund_id,
    name: row.name,
    kind: row.kind,
    holder: row.holder,
    funder: row.funder,
    purpose: row.purpose,
    decision: decisionOf(row),
    closed: row.closed === 1,
  }));
}

function sums(db: Database.Database, window: Window): Map<string, FigureSum[]> {
  const rows = db
    .prepare<Window, SumRow>(
      `SELECT fund_id, organisation, allocation_id, figure, SUM(amount_pence) AS amount_pence, MAX(illustrative) AS
        illustrative
       FROM commitments_entries WHERE ${WHERE_ENTRIES} GROUP BY fund_id, organisation, allocation_id, figure`,
    )
    .all(window);
  const byFund = new Map<string, FigureSum[]>();
  for (const row of rows) {
    const { organisation, figure } = row;
    const amountPence = pence(row.amount_pence);
    const sum = {
      organisation,
      allocationId: row.allocation_id,
      figure,
      amountPence,
      illustrative: row.illustrative === 1,
    };
    byFund.set(row.fund_id, [...(byFund.get(row.fund_id) ?? []), sum]);
  }
  return byFund;
}

function allocations(db: Database.Database, window: Window): Map<string, AllocationRecord[]> {
  const rows = db
    .prepare<Window, AllocationRow>(
      `SELECT fund_id, allocation_id, recipient_kind, recipient_id, purpose, decision_proposal, decision_resolution
       FROM commitments_allocations
       WHERE (@fundId IS NULL OR fund_id = @fundId)`,
    )
    .all(window);
  const byFund = new Map<string, AllocationRecord[]>();
  for (const row of rows) {
    const allocation = {
      allocationId: row.allocation_id,
      recipient: { kind: row.recipient_kind, id: row.recipient_id },
      purpose: row.purpose,
      decision: decisionOf(row),
    };
    byFund.set(row.fund_id, [...(byFund.get(row.fund_id) ?? []), allocation]);
  }
  return byFund;
}

/**
 * Per fund and per partner: asked, pledged, conditional, confirmed, received, outstanding, allocated,
 * paid, balances, exceptions, from the read models it is given (live, or as they stood at a time:
 * see withReadModel in ../read.ts). `asAt` is null here: a reader as at a time fills it in.
 */
export function commitmentsView(db: Database.Database, filters: CommitmentsFilters = {}): CommitmentsView {
  const valid = CommitmentsFilters.parse(filters);
  const window = windowOf(valid);
  const figureSums = sums(db, window);
  const fundAllocations = allocations(db, window);
  const years = valid.financialYear ? yearCashFlows(db, window) : undefined;
  const cited = citedAuthorisations(db, window.fundId);
  return {
    asAt: null,
    financialYear: valid.financialYear ?? null,
    funds: funds(db, window).map((fund) => {
      const view = fundCommitments(
        fund,
        figureSums.get(fund.fundId) ?? [],
        fundAllocations.get(fund.fundId) ?? [],
        cited.get(fund.fundId) ?? [],
      );
      if (!years) return view;
      const { year, illustrative } = years(fund);
      return { ...view, year, illustrative: mergeIllustrative(view.illustrative, illustrative) };
    }),
  };
}

/** A year's figures carried forward from earlier years keep those years' marks. */
function mergeIllustrative(a: IllustrativeFigures, b: IllustrativeFigures): IllustrativeFigures {
  const marked = (figure: ViewFigure) => a.figures.includes(figure) || b.figures.includes(figure);
  const figures = (Object.keys(derivations) as ViewFigure[]).filter(marked);
  return { figures, partners: [...new Set([...a.partners, ...b.partners])].sort() };
}

/** The day before an ISO date, e.g. 2017-04-01 -> 2017-03-31. */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * A financial year carries the cash forward: the fund as it stood the day before the year began and
 * on its last day, from every movement dated up to then, gives the opening and closing cash and what
 * was still owed (or awaiting a condition) at year end.
 */
type YearOfFund = (fund: FundRecord) => { year: YearCashFlow; illustrative: IllustrativeFigures };

function yearCashFlows(db: Database.Database, window: Window): YearOfFund {
  const before = sums(db, { ...window, from: '0000-01-01', to: dayBefore(window.from) });
  const through = sums(db, { ...window, from: '0000-01-01' });
  return (fund) => {
    const start = fundCommitments(fund, before.get(fund.fundId) ?? [], []);
    const end = fundCommitments(fund, through.get(fund.fundId) ?? [], []);
    // cash = opening balance + received - paid, so what was received is what the cash does not otherwise explain.
    const received = (view: FundCommitments) =>
      addPence(subtractPence(view.cashBalancePence, view.openingBalancePence), view.paidPence);
    const year = {
      openingCashPence: addPence(
        start.cashBalancePence,
        subtractPence(end.openingBalancePence, start.openingBalancePence),
      ),
      receivedPence: subtractPence(received(end), received(start)),
      paidPence: subtractPence(end.paidPence, start.paidPence),
      closingCashPence: end.cashBalancePence,
      owedAtYearEndPence: end.totals.outstandingPence,
      awaitingConditionAtYearEndPence: end.totals.conditionalPence,
    };
    return { year, illustrative: end.illustrative };
  };
}

interface TraceRow {
  figure: EntryFigure;
  organisation: string | null;
  allocation_id: string | null;
  amount_pence: number;
  event_id: string;
  event_type: string;
  position: number;
  recorded_at: string;
  occurred_on: string;
  illustrative: number;
}

/** The entries, and so the events, behind one figure of one fund, oldest first, in the read models it is given. */
export function commitmentsTrace(
  db: Database.Database,
  query: CommitmentsTraceQuery,
): { formula: string; entries: CommitmentsTraceEntry[] } {
  const valid = CommitmentsTraceQuery.parse(query);
  const { formula, figures } = derivations[valid.figure];
  const rows = db
    .prepare<Record<string, unknown>, TraceRow>(
      `SELECT figure, organisation, allocation_id, amount_pence, event_id, event_type, position, recorded_at,
        occurred_on, illustrative
       FROM commitments_entries
       WHERE ${WHERE_ENTRIES} AND figure IN (SELECT value FROM json_each(@figures))
         AND (@organisation IS NULL OR organisation = @organisation) AND (@allocationId IS NULL OR allocation_id =
           @allocationId)
       ORDER BY position, entry_id`,
    )
    .all({
      ...windowOf(valid),
      figures: JSON.stringify(figures),
      organisation: valid.organisation ?? null,
      allocationId: valid.allocationId ?? null,
    });
  const entries = rows.map((row) => ({
    figure: row.figure,
    organisation: row.organisation,
    allocationId: row.allocation_id,
    amountPence: pence(row.amount_pence),
    eventId: row.event_id,
    eventType: row.event_type,
    position: row.position,
    recordedAt: row.recorded_at,
    occurredOn: row.occurred_on,
    illustrative: row.illustrative === 1,
  }));
  return { formula, entries };
}
