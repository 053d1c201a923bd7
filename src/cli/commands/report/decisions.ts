/**
 * `ledger report decisions`: the decision register, meeting by meeting: what was resolved, which
 * option was agreed, who was party to it, and each partner's position and concerns.
 */
import { csvTable } from '../../../audit/csv.js';
import { formatPence, pence } from '../../../domain/shared/money.js';
import { z } from 'zod';
import {
  decisionRegister,
  type DecisionList,
  type DecisionView,
} from '../../../projections/decision-register/index.js';
import { describeSource } from '../../../projections/audit-trail/view.js';
import { formatDate } from '../../../web/shared/format.js';
import { organisationName, positionCell, positionLines } from './positions.js';
import type { ReportKind } from './report-kind.js';

function authorisedText(decision: DecisionView, item: DecisionView['authorised'][number]): string {
  const amount = item.amountPence === null ? '' : ` ${formatPence(pence(item.amountPence))}`;
  const subject =
    item.kind === 'pledge' && item.party
      ? `pledge from ${organisationName(decision, item.party.id)}`
      : item.kind === 'body'
        ? `set up the body ${item.id}`
        : `${item.kind} ${item.id}`;
  return `${subject}${amount}${item.description ? ` (${item.description})` : ''}`;
}

/** "amended at lg-2018-09-20 on 20 September 2018: why", then where the ledger recorded it from. */
function changeLines(change: DecisionView['statusChanges'][number]): string[] {
  const date = change.occurredOn ?? change.meetingDate;
  return [
    `  ${change.change} at ${change.meetingId}${date ? ` on ${formatDate(date)}` : ''}: ${change.reason}`,
    `    source: ${describeSource(change.source)}`,
  ];
}

function decisionLines(decision: DecisionView): string[] {
  const list = (label: string, items: readonly string[]) =>
    items.length > 0 ? [`  ${label}: ${items.join(', ')}`] : [];
  return [
    `${decision.meetingDate ?? '(date unknown)'} ${decision.meetingId} item ${decision.item} ${decision.resolution}) ${decision.itemTitle ?? ''} [${decision.status}]`.replace(
      '  [',
      ' [',
    ),
    `  ${decision.text}`,
    ...(decision.optionAgreed ? [`  Agreed option ${decision.optionAgreed.key}: ${decision.optionAgreed.text}`] : []),
    ...list(
      'Present',
      decision.organisationsPresent.map((id) => organisationName(decision, id)),
    ),
    ...list(
      'Apologies',
      decision.organisationsWithApologies.map((id) => organisationName(decision, id)),
    ),
    ...positionLines(decision),
    ...decision.authorised.map((item) => `  Authorised: ${authorisedText(decision, item)}`),
    ...decision.statusChanges.flatMap(changeLines),
    '',
  ];
}

function citesFund(decision: DecisionView, fundId: string): boolean {
  return decision.authorised.some((item) => item.fundId === fundId || (item.kind === 'fund' && item.id === fundId));
}

/** The register's own filters, and `--fund`: only decisions that opened the fund or authorised money from it. */
const DecisionReportFilters = decisionRegister.filters.extend({
  fundId: z
    .string()
    .min(1)
    .optional()
    .describe('Only decisions that opened this fund or authorised something from it, e.g. devolution-capacity'),
});

export const decisionsReport: ReportKind<DecisionList, typeof DecisionReportFilters> = {
  name: 'decisions',
  description: "the decision register: resolutions, options agreed, who was present, partners' positions and concerns",
  filters: DecisionReportFilters,
  query: (db, { fundId, ...filters }) => {
    const { decisions } = decisionRegister.read(db, filters);
    return {
      decisions: fundId === undefined ? decisions : decisions.filter((decision) => citesFund(decision, fundId)),
    };
  },
  table: (list) => (list.decisions.length === 0 ? ['No decisions recorded.'] : list.decisions.flatMap(decisionLines)),
  csv: (list) =>
    csvTable<DecisionView>(
      [
        ['meeting_date', (d) => d.meetingDate],
        ['meeting_id', (d) => d.meetingId],
        ['item', (d) => d.item],
        ['resolution', (d) => d.resolution],
        ['item_title', (d) => d.itemTitle],
        ['text', (d) => d.text],
        ['option_agreed', (d) => d.optionAgreed?.key],
        ['status', (d) => d.status],
        ['organisations_present', (d) => d.organisationsPresent.join('; ')],
        ['organisations_with_apologies', (d) => d.organisationsWithApologies.join('; ')],
        ['positions', (d) => d.positions.map((position) => positionCell(d, position)).join('; ')],
        ['no_position_recorded', (d) => d.noPositionRecorded.join('; ')],
      ],
      list.decisions,
    ),
};
