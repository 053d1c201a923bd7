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
import { decisionText } from '../../../web/shared/decision-text.js';
import { describeSource } from '../../../projections/audit-trail/view.js';
import { formatDate, minute } from '../../../web/shared/format.js';
import type { Names } from '../../../web/shared/names.js';
import { positionCell, positionLines } from './positions.js';
import type { ReportKind } from './report-kind.js';

type Authorised = DecisionView['authorised'][number];

/** What the decision set up or authorised, by name: "set up Gloucestershire Community Safety Partnership". */
function authorisedText(item: Authorised, names: Names): string {
  const amount = item.amountPence === null ? '' : ` ${formatPence(pence(item.amountPence))}`;
  const described = item.description ? ` (${item.description})` : '';
  switch (item.kind) {
    case 'body':
      return `set up ${item.description ?? names.body(item.id)}${names.idAfter(item.id)}`;
    case 'fund':
      return `opened ${item.description ?? names.fund(item.id)}${names.idAfter(item.id)}${amount}`;
    case 'pledge':
    case 'pledge-amendment': {
      const what = item.kind === 'pledge' ? 'pledge' : 'pledge amendment';
      return `${what} from ${names.party(item.party)}${amount} to ${names.fund(item.fundId)}${described}`;
    }
    case 'allocation':
      return (
        `allocation${amount} from ${names.fund(item.fundId)} to ${names.party(item.party)}` +
        `${names.idAfter(item.id)}${described}`
      );
    case 'action':
      return `action${names.idAfter(item.id)}: ${item.description ?? ''}`;
  }
}

/**
 * "amended at Leadership Gloucestershire, 20 September 2018: why" (with the business date when it is not
 * the meeting's), then where the ledger recorded it from.
 */
function changeLines(change: DecisionView['statusChanges'][number], names: Names): string[] {
  const on =
    change.occurredOn && change.occurredOn !== change.meetingDate ? ` on ${formatDate(change.occurredOn)}` : '';
  return [
    `  ${change.change} at ${names.meeting(change.meetingId)}${on}: ${change.reason}`,
    `    source: ${describeSource(change.source)}`,
  ];
}

function heading(decision: DecisionView, names: Names): string {
  const title = decision.itemTitle ? ` ${decision.itemTitle}` : '';
  const meeting = names.meeting(decision.meetingId);
  return `${meeting}, item ${minute(decision)}${title} [${decision.status}]`;
}

function decisionLines(decision: DecisionView, names: Names): string[] {
  const list = (label: string, items: readonly string[]) =>
    items.length > 0 ? [`  ${label}: ${items.join(', ')}`] : [];
  return [
    heading(decision, names),
    `  ${decisionText(decision, names)}`,
    ...(decision.optionAgreed ? [`  Agreed option ${decision.optionAgreed.key}: ${decision.optionAgreed.text}`] : []),
    ...list('Present', decision.organisationsPresent.map(names.organisation)),
    ...list('Apologies', decision.organisationsWithApologies.map(names.organisation)),
    ...positionLines(decision, names.organisation),
    ...decision.authorised.map((item) => `  Authorised: ${authorisedText(item, names)}`),
    ...decision.statusChanges.flatMap((change) => changeLines(change, names)),
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
  table: (list, names) =>
    list.decisions.length === 0
      ? ['No decisions recorded.']
      : list.decisions.flatMap((decision) => decisionLines(decision, names)),
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
