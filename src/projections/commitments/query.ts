/**
 * Questions put to the commitments read model. Knowledge time (`asAt`) is answered by the one
 * as-at mechanism (../read.ts: the same queries over the file as it stood then); business time
 * (`financialYear`) limits entries by the date money moved or the fact happened. Each figure is a
 * SUM of entries, and its trace is the entries themselves.
 */
import type Database from 'better-sqlite3';
import { financialYearEnd, financialYearStart } from '../../domain/shared/financial-year.js';
import { pence } from '../../domain/shared/money.js';
import { readAsAt } from '../read.js';
import type { EntryFigure } from './entries.js';
import { fundCommitments, type AllocationRecord, type FigureSum, type FundRecord } from './figures.js';
import {
  CommitmentsQuery,
  CommitmentsTraceQuery,
  type CommitmentsTraceEntry,
  type CommitmentsView,
  type FundCommitments,
} from './view.js';

interface Window {
  readonly fundId: string | null;
  readonly from: string;
  readonly to: string;
}

function windowOf(query: CommitmentsQuery): Window {
  return {
    fundId: query.fundId ?? null,
    from: query.financialYear ? financialYearStart(query.financialYear) : '0000-01-01',
    to: query.financialYear ? financialYearEnd(query.financialYear) : '9999-12-31',
  };
}

/** The fund condition: an equality when one fund is asked for, so SQLite finds its rows by the fund index. */
const ofFund = (window: Window) => (window.fundId === null ? '1' : 'fund_id = @fundId');
const whereEntries = (window: Window) => `occurred_on >= @from AND occurred_on <= @to AND ${ofFund(window)}`;

type FundRow = { fund_id: string; name: string; kind: FundCommitments['kind']; holder: string; closed: number };
type SumRow = { fund_id: string; organisation: string | null; allocation_id: string | null; figure: EntryFigure; amount_pence: number };
type AllocationRow = { fund_id: string; allocation_id: string; recipient_kind: 'organisation' | 'body'; recipient_id: string; purpose: string };

/** The funds in fund order; with a page, only that page's (LIMIT -1 is SQLite's "no limit"). */
function funds(db: Database.Database, window: Window, page: Page = { offset: 0, limit: -1 }): FundRecord[] {
  const rows = db
    .prepare<Window & Page, FundRow>(
      `SELECT fund_id, name, kind, holder, (closed_event_id IS NOT NULL) AS closed
       FROM commitments_funds WHERE ${ofFund(window)} ORDER BY fund_id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...window, ...page });
  return rows.map((row) => ({ fundId: row.fund_id, name: row.name, kind: row.kind, holder: row.holder, closed: row.closed === 1 }));
}

function sums(db: Database.Database, window: Window): Map<string, FigureSum[]> {
  const rows = db
    .prepare<Window, SumRow>(
      `SELECT fund_id, organisation, allocation_id, figure, SUM(amount_pence) AS amount_pence
       FROM commitments_entries WHERE ${whereEntries(window)} GROUP BY fund_id, organisation, allocation_id, figure`,
    )
    .all(window);
  const byFund = new Map<string, FigureSum[]>();
  for (const row of rows) {
    const sum = { organisation: row.organisation, allocationId: row.allocation_id, figure: row.figure, amountPence: pence(row.amount_pence) };
    byFund.set(row.fund_id, [...(byFund.get(row.fund_id) ?? []), sum]);
  }
  return byFund;
}

function allocations(db: Database.Database, window: Window): Map<string, AllocationRecord[]> {
  const rows = db
    .prepare<Window, AllocationRow>(
      `SELECT fund_id, allocation_id, recipient_kind, recipient_id, purpose FROM commitments_allocations
       WHERE ${ofFund(window)}`,
    )
    .all(window);
  const byFund = new Map<string, AllocationRecord[]>();
  for (const row of rows) {
    const allocation = { allocationId: row.allocation_id, recipient: { kind: row.recipient_kind, id: row.recipient_id }, purpose: row.purpose };
    byFund.set(row.fund_id, [...(byFund.get(row.fund_id) ?? []), allocation]);
  }
  return byFund;
}

/**
 * Per fund and per partner: asked, pledged, conditional, confirmed, received, outstanding, allocated,
 * paid, balances, exceptions. With `asAt`, from the read models as they stood then.
 */
export function commitmentsView(db: Database.Database, query: CommitmentsQuery = {}): CommitmentsView {
  const valid = CommitmentsQuery.parse(query);
  if (valid.asAt !== undefined) return readAsAt(db, valid.asAt, (snapshot) => ({ ...fundsView(snapshot.db, valid), asAt: valid.asAt ?? null }));
  return fundsView(db, valid);
}

/** Where a page of funds starts, and how many it holds. */
interface Page {
  readonly offset: number;
  readonly limit: number;
}

/**
 * One page of the funds, with how many there are in all: the funds are cut in SQL and only the
 * page's entries are summed, so a long list of funds is never read whole. With `asAt`, as then.
 */
export function commitmentsPage(db: Database.Database, query: CommitmentsQuery, page: Page): FundsPage {
  const valid = CommitmentsQuery.parse(query);
  if (valid.asAt === undefined) return fundsPage(db, valid, page);
  return readAsAt(db, valid.asAt, (snapshot) => ({ ...fundsPage(snapshot.db, valid, page), asAt: valid.asAt ?? null }));
}

type FundsPage = CommitmentsView & { total: number };

function fundsPage(db: Database.Database, valid: CommitmentsQuery, page: Page): FundsPage {
  const window = windowOf(valid);
  const count = `SELECT count(*) AS total FROM commitments_funds WHERE ${ofFund(window)}`;
  const { total } = db.prepare<Window, { total: number }>(count).get(window)!;
  const views = funds(db, window, page).map((fund) => {
    const one = { ...window, fundId: fund.fundId };
    return fundCommitments(fund, sums(db, one).get(fund.fundId) ?? [], allocations(db, one).get(fund.fundId) ?? []);
  });
  return { asAt: null, financialYear: valid.financialYear ?? null, funds: views, total };
}

function fundsView(db: Database.Database, valid: CommitmentsQuery): CommitmentsView {
  const window = windowOf(valid);
  const figureSums = sums(db, window);
  const fundAllocations = allocations(db, window);
  return {
    asAt: null,
    financialYear: valid.financialYear ?? null,
    funds: funds(db, window).map((fund) => fundCommitments(fund, figureSums.get(fund.fundId) ?? [], fundAllocations.get(fund.fundId) ?? [])),
  };
}

/** Which entry figures a view figure is computed from, and how. */
const derivations: Record<CommitmentsTraceQuery['figure'], { formula: string; figures: readonly EntryFigure[] }> = {
  opening: { formula: 'opening', figures: ['opening'] },
  asked: { formula: 'asked', figures: ['asked'] },
  pledged: { formula: 'pledged', figures: ['pledged'] },
  conditional: { formula: 'conditional', figures: ['conditional'] },
  confirmed: { formula: 'confirmed', figures: ['confirmed'] },
  received: { formula: 'received', figures: ['received'] },
  unpledged: { formula: 'unpledged', figures: ['unpledged'] },
  allocated: { formula: 'allocated', figures: ['allocated'] },
  paid: { formula: 'paid', figures: ['paid'] },
  outstanding: { formula: 'pledged - (received - unpledged), not below zero, per partner', figures: ['pledged', 'received', 'unpledged'] },
  overpaid: { formula: '(received - unpledged) - pledged, not below zero, per partner', figures: ['pledged', 'received', 'unpledged'] },
  committable: { formula: 'opening + confirmed - allocated', figures: ['opening', 'confirmed', 'allocated'] },
  cash: { formula: 'opening + received - paid', figures: ['opening', 'received', 'paid'] },
};

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
}

/** The entries, and so the events, behind one figure of one fund, oldest first; with `asAt`, those recorded by then. */
export function commitmentsTrace(db: Database.Database, query: CommitmentsTraceQuery): { formula: string; entries: CommitmentsTraceEntry[] } {
  const valid = CommitmentsTraceQuery.parse(query);
  if (valid.asAt !== undefined) return readAsAt(db, valid.asAt, (snapshot) => traceOf(snapshot.db, valid));
  return traceOf(db, valid);
}

function traceOf(db: Database.Database, valid: CommitmentsTraceQuery): { formula: string; entries: CommitmentsTraceEntry[] } {
  const { formula, figures } = derivations[valid.figure];
  const rows = db
    .prepare<Record<string, unknown>, TraceRow>(
      `SELECT figure, organisation, allocation_id, amount_pence, event_id, event_type, position, recorded_at, occurred_on
       FROM commitments_entries
       WHERE ${whereEntries(windowOf(valid))} AND figure IN (SELECT value FROM json_each(@figures))
         AND (@organisation IS NULL OR organisation = @organisation) AND (@allocationId IS NULL OR allocation_id = @allocationId)
       ORDER BY position, entry_id`,
    )
    .all({ ...windowOf(valid), figures: JSON.stringify(figures), organisation: valid.organisation ?? null, allocationId: valid.allocationId ?? null });
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
  }));
  return { formula, entries };
}
