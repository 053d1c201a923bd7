/** Plain-text tables for a terminal: a header, a rule, and columns padded to their widest cell. */
export type Align = 'left' | 'right';

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  readonly align?: Align;
  /** Longer cells are cut to this many characters, ending in an ellipsis. */
  readonly maxWidth?: number;
}

function cut(text: string, maxWidth: number | undefined): string {
  return maxWidth === undefined || text.length <= maxWidth ? text : `${text.slice(0, maxWidth - 1)}…`;
}

export function textTable<T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[], indent = '  '): string[] {
  const cells = rows.map((row) => columns.map((column) => cut(column.value(row), column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => line[index]!.length)),
  );
  const pad = (text: string, index: number) =>
    columns[index]!.align === 'right' ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
  const line = (values: readonly string[]) => `${indent}${values.map(pad).join('  ')}`.trimEnd();
  return [
    line(columns.map((column) => column.header)),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
  ];
}
