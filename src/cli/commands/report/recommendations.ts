/**
 * `ledger report recommendations [--overdue-on DATE] [--awaiting-on DATE] [--more-than-days N]`:
 * scrutiny committees' recommendations, their responses and the actions that carry them out;
 * narrowed to those overdue, or waiting more than N days for a response.
 */
import { csvTable } from '../../../audit/csv.js';
import {
  listRecommendations,
  RecommendationFilters,
  type RecommendationList,
} from '../../../projections/scrutiny/index.js';
import type { Names } from '../../../web/shared/names.js';
import type { ReportKind } from './report-kind.js';

type Row = RecommendationList['recommendations'][number];

function lines(row: Row, names: Names): string[] {
  const answer =
    row.response === null
      ? `no response (due ${row.responseDueOn})`
      : `${row.response} on ${row.respondedOn ?? '?'}: ${row.reasons ?? ''}`;
  const waited = row.daysAwaiting === null || row.response !== null ? '' : `, waiting ${row.daysAwaiting} days`;
  return [
    `${row.madeOn}  ${names.body(row.scrutinyBodyId)} to ${names.party(row.to)}${waited}` +
      (names.showsIds ? `  [${row.recommendationId}]` : ''),
    `  ${row.text}`,
    `  ${answer}`,
    ...row.actions.map(
      (a) =>
        `  action${names.idAfter(a.actionId)}: ${a.title ?? '?'} ` +
        `(${[a.status, a.rag, a.dueOn === null ? null : `due ${a.dueOn}`].filter(Boolean).join(', ')})`,
    ),
    '',
  ];
}

export const recommendationsReport: ReportKind<RecommendationList, typeof RecommendationFilters> = {
  name: 'recommendations',
  description:
    'scrutiny recommendations, their responses and actions; --overdue-on DATE, or ' +
    '--more-than-days N (awaiting a response)',
  filters: RecommendationFilters,
  query: (db, filters) => listRecommendations(db, filters, new Date().toISOString().slice(0, 10)),
  table: (list, names) =>
    list.recommendations.length === 0
      ? ['No recommendations match.']
      : list.recommendations.flatMap((row) => lines(row, names)),
  csv: (list) =>
    csvTable<Row>(
      [
        ['recommendation_id', (row) => row.recommendationId],
        ['scrutiny_body', (row) => row.scrutinyBodyId],
        ['made_on', (row) => row.madeOn],
        ['to', (row) => row.to.id],
        ['response_due_on', (row) => row.responseDueOn],
        ['response', (row) => row.response ?? ''],
        ['responded_on', (row) => row.respondedOn ?? ''],
        ['days_awaiting', (row) => (row.daysAwaiting === null ? '' : String(row.daysAwaiting))],
        ['actions', (row) => row.actions.map((a) => `${a.actionId} (${a.status ?? '?'})`).join('; ')],
        ['text', (row) => row.text],
      ],
      list.recommendations,
    ),
};
