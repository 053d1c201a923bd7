/**
 * Just enough CSV for a finance officer's receipts file: comma-separated fields, double quotes
 * around a field that holds a comma ("£10,000"), a doubled quote for a quote inside one, and
 * lines starting with # as comments. A field may not run over a line end.
 */

export interface CsvLine {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvResult =
  | { readonly ok: true; readonly lines: CsvLine[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

export function readCsv(text: string): CsvResult {
  const lines: CsvLine[] = [];
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, row] of rows.entries()) {
    if (row.trim() === '' || row.trimStart().startsWith('#')) continue;
    const fields = splitRow(row);
    if (typeof fields === 'string') return { ok: false, line: index + 1, message: fields };
    lines.push({ line: index + 1, fields });
  }
  return { ok: true, lines };
}

/** The fields of one row, or a sentence saying why the row cannot be read. */
function splitRow(row: string): string[] | string {
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    if (row[position] === '"') {
      let value = '';
      position++;
      for (;;) {
        const close = row.indexOf('"', position);
        if (close < 0) return 'a quoted field is not closed: end it with a double quote on the same line';
        value += row.slice(position, close);
        position = close + 1;
        if (row[position] !== '"') break;
        value += '"';
        position++;
      }
      if (position < row.length && row[position] !== ',')
        return 'a quoted field must be followed by a comma or the end of the line';
      fields.push(value);
    } else {
      const comma = row.indexOf(',', position);
      const end = comma < 0 ? row.length : comma;
      fields.push(row.slice(position, end).trim());
      position = end;
    }
    if (position >= row.length) return fields;
    position++;
  }
}
