/**
 * What happened to a fund's pledges and money after they were recorded, as the reconciliation prints
 * under each fund: one line per receipt, payment, condition met or waived, withdrawal, lapse and
 * amendment, with its business date and where the ledger recorded it from (the audit trail's view
 * of the fund's stream, read as at the same moment as the figures).
 */
import type Database from 'better-sqlite3';
import { financialYearOf, type FinancialYear } from '../../../domain/shared/financial-year.js';
import { auditTrail, describeSource, type AuditEvent } from '../../../projections/audit-trail/index.js';
import { eventSentence } from '../../../web/shared/event-sentences.js';
import { formatDate } from '../../../web/shared/format.js';
import type { Names } from '../../../web/shared/names.js';

/** The events that change a fund's pledges or money after they were recorded. */
const CHANGES: ReadonlySet<string> = new Set([
  'ContributionRecorded',
  'PaymentRecorded',
  'PledgeConditionSatisfied',
  'PledgeConditionWaived',
  'PledgeWithdrawn',
  'PledgeLapsed',
  'PledgeAmended',
]);

/** One change, in the sentence ledger history and the audit page give it, with its date and source. */
function changeLine(event: AuditEvent, names: Names): string {
  const source = describeSource(event.source);
  return `    ${formatDate(event.occurredAt)}: ${eventSentence(event, names)} [source: ${source}]`;
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
    .filter((event) => CHANGES.has(event.type))
    .filter((event) => financialYear === null || financialYearOf(event.occurredAt.slice(0, 10)) === financialYear)
    .filter((event) => organisation === undefined || event.data.organisation === organisation);
}

/** The lines for one fund's changes, headed; none when nothing happened. */
export function fundChangeLines(changes: readonly AuditEvent[], names: Names): string[] {
  const lines = changes.map((event) => changeLine(event, names));
  return lines.length === 0 ? [] : ['  what happened since, in the order recorded:', ...lines];
}
