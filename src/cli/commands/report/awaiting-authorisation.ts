/**
 * `ledger report awaiting-authorisation [--fund ID]`: the pledges a finance officer chases because
 * no decision of the partner's own (its cabinet, a committee, an officer) backs them yet.
 */
import { csvNumber, csvTable } from '../../../audit/csv.js';
import { formatPence, toPoundsDecimal } from '../../../domain/shared/money.js';
import {
  AwaitingAuthorisationFilters,
  pledgesAwaitingAuthorisation,
  type AwaitingAuthorisationList,
} from '../../../projections/commitments/index.js';
import type { ReportKind } from './report-kind.js';
import { textTable } from './table.js';

type Row = AwaitingAuthorisationList['pledges'][number];

export const awaitingAuthorisationReport: ReportKind<AwaitingAuthorisationList, typeof AwaitingAuthorisationFilters> = {
  name: 'awaiting-authorisation',
  description: "pledges not yet backed by the partner's own decision (cabinet, committee or officer), per fund",
  filters: AwaitingAuthorisationFilters,
  query: (db, filters) => pledgesAwaitingAuthorisation(db, filters),
  table: (list, names) =>
    list.pledges.length === 0
      ? ["Every pledge is backed by the partner's own decision."]
      : textTable<Row>(
          [
            { header: 'fund', value: (row) => names.fund(row.fundId) },
            { header: 'partner', value: (row) => names.organisation(row.organisation), maxWidth: 40 },
            { header: 'pledged', value: (row) => formatPence(row.pledgedPence), align: 'right' },
            {
              header: 'authorised by partner',
              value: (row) => formatPence(row.authorisedByPartnerPence),
              align: 'right',
            },
            { header: 'awaiting', value: (row) => formatPence(row.awaitingPence), align: 'right' },
          ],
          list.pledges,
        ),
  csv: (list) =>
    csvTable<Row>(
      [
        ['fund_id', (row) => row.fundId],
        ['fund', (row) => row.fundName],
        ['organisation', (row) => row.organisation],
        ['pledged', (row) => csvNumber(toPoundsDecimal(row.pledgedPence))],
        ['authorised_by_partner', (row) => csvNumber(toPoundsDecimal(row.authorisedByPartnerPence))],
        ['awaiting', (row) => csvNumber(toPoundsDecimal(row.awaitingPence))],
      ],
      list.pledges,
    ),
};
