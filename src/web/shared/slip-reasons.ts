/**
 * The work programme read model's reasons for a slip ("meeting lg-2019-01-24 was held without it"),
 * with names and months as people write them, for the page and `ledger report work-programme`.
 */
import { formatMonth } from './format.js';
import type { Names } from './names.js';

export function slipReason(reason: string, names: Names): string {
  return reason
    .replace(/^meeting (\S+) was held without it$/, (_all, id: string) => `${names.meeting(id)} was held without it`)
    .replace(/^(\d{4}-\d{2}) ended without it$/, (_all, month: string) => `${formatMonth(month)} ended without it`);
}
