/**
 * `ledger import FILE...`: minutes YAML and receipts CSV into the ledger. Every command of every
 * file is decided before anything is written, and then all are written in one batch or none;
 * an unchanged file imports nothing; `--dry-run` is the same run without the write. Exit 2 when
 * the files are refused, by a check or by a rule anywhere in them.
 */
import type { Command } from 'commander';
import { importFiles } from '../../import/import-files.js';
import { reportJson, reportLines } from '../../import/report.js';
import { parseFormat, printJson, UsageError } from '../output.js';
import { withLedger, withStoreOptions, type FormatFlags } from '../store-options.js';

export function registerImport(program: Command): void {
  withStoreOptions(program.command('import'))
    .description('import minutes (.yaml) and receipts (.csv); re-importing an unchanged file records nothing')
    .argument('<files...>', 'minutes YAML and receipts CSV files, imported in the order given')
    .option('--dry-run', 'check the files and list the commands that would run, writing nothing')
    .option('--format <format>', 'table or json', 'table')
    .option('--actor <name>', 'who is recorded as the clerk who imported the files (default: importer)')
    .action(async (files: string[], options: FormatFlags & { actor?: string; dryRun?: boolean }) => {
      const format = parseFormat(options.format, ['table', 'json']);
      const actor = typeof options.actor === 'string' ? { id: options.actor, role: 'clerk' as const } : undefined;
      await withLedger(options, async (ledger) => {
        const result = await importFiles(ledger, files, {
          dryRun: options.dryRun === true,
          ...(actor ? { actor } : {}),
        });
        if (result.status === 'imported' || result.status === 'stopped') await ledger.projections.catchUp();
        if (format === 'json') printJson(reportJson(result));
        if (result.status === 'refused') throw new UsageError(reportLines(result).join('\n'));
        if (format === 'table') process.stdout.write(`${reportLines(result).join('\n')}\n`);
        if (result.status === 'stopped')
          throw new UsageError('the import stopped at a command the ledger refused; see above');
      });
    });
}
