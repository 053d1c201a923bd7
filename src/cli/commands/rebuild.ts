/**
 * `ledger rebuild [--projection NAME] [--compare]`: empties read models and replays every event
 * into them, with a progress line on a terminal. `--compare` instead rebuilds into a temporary
 * file and lists every row that differs from the live read models: exit 1 when any does.
 */
import type { Command } from 'commander';
import { compareReadModels, type ReadModelComparison } from '../../audit/compare.js';
import type { Ledger } from '../../compose.js';
import type { Projection } from '../../projections/projection.js';
import type { CatchUpProgress } from '../../projections/runner.js';
import { CheckFailed, parseFormat, printJson, UsageError } from '../output.js';
import { progress } from '../progress.js';
import { withStoreOptions, type FormatFlags } from '../store-options.js';
import { withExistingLedger } from './open-existing.js';

function selected(ledger: Ledger, name: unknown): readonly Projection[] {
  const all = ledger.projections.projections;
  if (typeof name !== 'string') return all;
  const found = all.filter((projection) => projection.name === name);
  if (found.length === 0)
    throw new UsageError(
      `--projection: there is no read model "${name}"; the read models are ` +
        (all.map((p) => p.name).join(', ') || '(none registered)'),
    );
  return found;
}

/** The runner reports positions; with SQLite's 1, 2, 3 ... the events left are the positions left. */
function track(label: string) {
  const bar = progress(label);
  let done = 0;
  return {
    update: (p: CatchUpProgress) => {
      done = p.done;
      bar.update(p.done, p.done + Math.max(0, Number(p.head - p.position)));
    },
    finish: () => {
      bar.finish();
      return done;
    },
  };
}

export function comparisonLines(comparison: ReadModelComparison): string[] {
  const { position, tables, differences } = comparison;
  const head =
    `Rebuilt ${tables.length} read-model tables up to position ${position} in a temporary file ` +
    `and compared them with the live ones:`;
  if (differences.length === 0) return [head, 'They match.'];
  const rows = differences.map(
    (d) => `  ${d.table}, ${d.side === 'left' ? 'live only:   ' : 'rebuilt only:'} ${d.row}`,
  );
  return [head, `${differences.length} rows differ (a changed row shows once on each side):`, ...rows];
}

async function compare(ledger: Ledger, projections: readonly Projection[], format: string): Promise<void> {
  const bar = track('rebuild --compare');
  const comparison = await compareReadModels(ledger.store, ledger.projections, projections, bar.update);
  bar.finish();
  if (format === 'json') {
    const differences = comparison.differences.map((d) => ({
      table: d.table,
      side: d.side === 'left' ? 'live' : 'rebuilt',
      row: JSON.parse(d.row) as unknown,
    }));
    printJson({ ...comparison, differences });
  } else process.stdout.write(`${comparisonLines(comparison).join('\n')}\n`);
  if (comparison.differences.length > 0)
    throw new CheckFailed(
      `the live read models differ from a fresh rebuild in ${comparison.differences.length} rows; ` +
        `run ledger rebuild to replace them`,
    );
}

export function registerRebuild(program: Command): void {
  withStoreOptions(program.command('rebuild'))
    .description(
      'rebuild read models from the events (progress shown on a terminal); --compare checks the ' +
        'live read models against a fresh rebuild',
    )
    .option('--projection <name>', 'only this read model, e.g. commitments')
    .option(
      '--compare',
      'rebuild into a temporary file and list the rows that differ from the live read models; exit 1 if any do',
    )
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: FormatFlags & { projection?: string; compare?: boolean }) => {
      const format = parseFormat(options.format, ['table', 'json']);
      await withExistingLedger(options, async (ledger) => {
        const projections = selected(ledger, options.projection);
        if (options.compare === true) return compare(ledger, projections, format);
        const bar = track('rebuild');
        const position = await ledger.projections.rebuild(
          projections.map((p) => p.name),
          bar.update,
        );
        const events = bar.finish();
        const names = projections.map((p) => p.name);
        if (format === 'json') {
          printJson({ projections: names, events, position });
          return;
        }
        process.stdout.write(
          `Rebuilt ${names.length} read model(s) (${names.join(', ') || 'none registered'}) from ` +
            `${events} events, up to position ${position}.\n`,
        );
      });
    });
}
