/**
 * The one CSV writer of the ledger, for spreadsheet users (RFC 4180): UTF-8, a header row, CRLF line
 * ends, and a field quoted when it holds a comma, a quote or a line break. A text cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, as OWASP recommends for CSV injection; numbers the ledger writes itself
 * (a JavaScript number, or text marked with `csvNumber`, such as "-5.50" pounds) are left as they are.
 */

/** A cell the ledger itself writes as a number, such as pounds "-5.50": written as it is. */
export class CsvNumber {
  constructor(readonly text: string) {}
}

export const csvNumber = (text: string): CsvNumber => new CsvNumber(text);

export type CsvValue = string | number | boolean | null | undefined | CsvNumber;

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof CsvNumber
      ? value.text
      : typeof value === 'string' && FORMULA_START.test(value)
        ? `'${value}`
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole table: the header row, then one row per record, columns in the header's order. */
export function csvTable<T>(
  columns: ReadonlyArray<readonly [header: string, value: (row: T) => CsvValue]>,
  rows: readonly T[],
): string {
  return [
    csvRow(columns.map(([header]) => header)),
    ...rows.map((row) => csvRow(columns.map(([, value]) => value(row)))),
  ].join('');
}
