/**
 * CSV for spreadsheet users (RFC 4180): UTF-8, a header row, CRLF line ends, and a field quoted
 * when it holds a comma, a quote or a line break.
 */
export type CsvValue = string | number | boolean | null | undefined;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole table: the header row, then one row per record, columns in the header's order. */
export function csvTable<T>(columns: ReadonlyArray<readonly [header: string, value: (row: T) => CsvValue]>, rows: readonly T[]): string {
  return [csvRow(columns.map(([header]) => header)), ...rows.map((row) => csvRow(columns.map(([, value]) => value(row))))].join('');
}
