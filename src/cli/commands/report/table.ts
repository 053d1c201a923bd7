/**
 * Plain-text tables for a terminal: a header, a rule, and columns padded to their widest cell.
 * A cell longer than its column's width wraps onto the lines below at word boundaries, so nothing
 * is ever cut short ("Dr Tanya Richar…" told the reader nothing).
 */
export type Align = 'left' | 'right';

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  readonly align?: Align;
  /** Longer cells wrap onto further lines of this many characters (a longer single word keeps its line). */
  readonly maxWidth?: number;
}

/** The text in lines of at most `maxWidth` characters, broken between words. */
export function wrap(text: string, maxWidth: number | undefined): string[] {
  if (maxWidth === undefined || text.length <= maxWidth) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxWidth) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  return [...lines, line];
}

export function textTable<T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[], indent = '  '): string[] {
  const cells = rows.map((row) => columns.map((column) => wrap(column.value(row), column.maxWidth)));
  const widthOf = (index: number) => Math.max(...cells.flatMap((row) => row[index]!.map((part) => part.length)));
  const widths = columns.map((column, index) => Math.max(column.header.length, widthOf(index)));
  const pad = (text: string, index: number) =>
    columns[index]!.align === 'right' ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
  const line = (values: readonly string[]) => `${indent}${values.map(pad).join('  ')}`.trimEnd();
  const rowLines = (row: string[][]) => {
    const height = Math.max(...row.map((parts) => parts.length));
    return Array.from({ length: height }, (_, at) => line(row.map((parts) => parts[at] ?? '')));
  };
  return [
    line(columns.map((column) => column.header)),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.flatMap(rowLines),
  ];
}
