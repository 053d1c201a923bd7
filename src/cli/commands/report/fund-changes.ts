/**
 * What happened to a fund's pledges and money after they were recorded, as the reconciliation prints
 * under each fund: one line per receipt, payment, condition met or waived, withdrawal, lapse and
 * amendment, with its business date and where the ledger recorded it from (the audit trail's view
 * of the fund's stream, read as at the same moment as the figures).
 */
import type Database from 'better-sqlite3';
import { formatPence, pence } from '../../../domain/shared/money.js';
import { financialYearOf, type FinancialYear } from '../../../domain/shared/financial-year.js';
import { auditTrail, describeSource, type AuditEvent } from '../../../projections/audit-trail/index.js';
import { formatDate } from '../../../web/shared/format.js';
import type { Names } from '../../../web/shared/names.js';

type Data = Record<string, unknown>;

const money = (data: Data) => formatPence(pence(Number(data.amountPence)));
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** How each kind of change reads, given the partner's name (the allocation's, for a payment). */
const WHAT: Record<string, (data: Data, name: string) => string> = {
  ContributionRecorded: (data, name) => `received ${money(data)} from ${name}, ref ${text(data.remittanceReference)}`,
  PaymentRecorded: (data, allocation) => `paid ${money(data)}: ${allocation}, ref ${text(data.reference)}`,
  PledgeConditionSatisfied: (data, name) =>
    `condition on ${name}'s pledge met${data.note ? `: ${text(data.note)}` : ''}`,
  PledgeConditionWaived: (data, name) => `condition on ${name}'s pledge waived: ${text(data.reason)}`,
  PledgeWithdrawn: (data, name) => `${name}'s pledge of ${money(data)} withdrawn: ${text(data.reason)}`,
  PledgeLapsed: (data, name) => `${name}'s pledge of ${money(data)} lapsed: ${text(data.reason)}`,
  PledgeAmended: (data, name) => `${name}'s pledge amended to ${money(data)}: ${text(data.reason)}`,
};

function changeLine(event: AuditEvent, names: Names): string | undefined {
  const what = WHAT[event.type];
  if (!what) return undefined;
  const name =
    event.type === 'PaymentRecorded'
      ? names.allocation(text(event.data.fundId), text(event.data.allocationId))
      : names.organisation(text(event.data.organisation));
  return `    ${formatDate(event.occurredAt)}: ${what(event.data, name)} [source: ${describeSource(event.source)}]`;
}

/**
 * The changes to one fund to print, oldest first: in the financial year, if one was asked; with
 * `organisation`, only what happened to that partner's pledge and payments.
 */
export function fundChanges(
  db: Database.Database,
  fundId: string,
  financialYear: FinancialYear | null,
  organisation?: string,
): AuditEvent[] {
  const events = auditTrail(db, `fund-${fundId}`)?.events ?? [];
  return events
    .filter((event) => WHAT[event.type] !== undefined)
    .filter((event) => financialYear === null || financialYearOf(event.occurredAt.slice(0, 10)) === financialYear)
    .filter((event) => organisation === undefined || event.data.organisation === organisation);
}

/** The lines for one fund's changes, headed; none when nothing happened. */
export function fundChangeLines(changes: readonly AuditEvent[], names: Names): string[] {
  const lines = changes.flatMap((event) => changeLine(event, names) ?? []);
  return lines.length === 0 ? [] : ['  what happened since, in the order recorded:', ...lines];
}
