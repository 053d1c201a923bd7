/**
 * The 360Giving flat CSV: one row per grant, the standard's column titles (its summary-table
 * spreadsheet), one organisation per row as the ledger records. Payments appear as Amount Disbursed.
 */
import { csvTable, type CsvValue } from '../../audit/csv.js';
import type { Grant } from './schema.js';

const columns: ReadonlyArray<readonly [string, (grant: Grant) => CsvValue]> = [
  ['Identifier', (g) => g.id],
  ['Title', (g) => g.title],
  ['Description', (g) => g.description],
  ['Currency', (g) => g.currency],
  ['Amount Awarded', (g) => g.amountAwarded],
  ['Amount Disbursed', (g) => g.amountDisbursed],
  ['Award Date', (g) => g.awardDate],
  ['URL', (g) => g.url],
  ['Recipient Org:Identifier', (g) => g.recipientOrganization[0]?.id],
  ['Recipient Org:Name', (g) => g.recipientOrganization[0]?.name],
  ['Funding Org:Identifier', (g) => g.fundingOrganization[0]?.id],
  ['Funding Org:Name', (g) => g.fundingOrganization[0]?.name],
  ['Grant Programme:Code', (g) => g.grantProgramme[0]?.code],
  ['Grant Programme:Title', (g) => g.grantProgramme[0]?.title],
  ['Data Source', (g) => g.dataSource],
];

export function grantsCsv(grants: readonly Grant[]): string {
  return csvTable(columns, grants);
}
