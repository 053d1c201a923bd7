/** What every benchmark returns, and how it is printed: one markdown table per section. */

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  /** What `value` counts, rate units last: `events/s`, `appends/s`. */
  readonly unit: string;
  /** The name of the row this figure is compared with. */
  readonly baseline?: string;
  /** This figure divided by its baseline's: 0.5 means half the baseline's throughput. */
  readonly ratio?: number;
}

export interface BenchSection {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  /** Conditions a reader needs to judge the figures: file system, counts, settings. */
  readonly notes?: readonly string[];
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function formatValue(value: number): string {
  return value >= 100 ? integer.format(value) : value.toPrecision(3);
}

export function sectionToMarkdown(section: BenchSection): string {
  const lines = [
    `## ${section.title}`,
    '',
    '| measure | value | unit | compared with | ratio |',
    '| --- | ---: | --- | --- | ---: |',
  ];
  for (const row of section.rows) {
    const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`;
    lines.push(`| ${row.name} | ${formatValue(row.value)} | ${row.unit} | ${row.baseline ?? ''} | ${ratio} |`);
  }
  if (section.notes?.length) lines.push('', ...section.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
