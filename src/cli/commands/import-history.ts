/**
 * `ledger import-history FILE`: loads an NDJSON export (`ledger export --format ndjson`) into an
 * empty event store, keeping event ids, metadata and hashes. The file is verified in full before
 * anything is written; a non-empty store or a file that does not verify is refused with exit 2.
 */
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { HistoryRefused, importHistory } from '../../audit/import-history.js';
import { parseFormat, printJson, UsageError } from '../output.js';
import { progress } from '../progress.js';
import { withLedger, withStoreOptions, type FormatFlags } from '../store-options.js';

function checkReadable(file: string): void {
  if (!existsSync(file))
    throw new UsageError(`${file}: no such file. Give the path of an export written by ledger export --format ndjson.`);
  if (!statSync(file).isFile())
    throw new UsageError(`${file} is not a file. Give the path of an export written by ledger export --format ndjson.`);
}

export function registerImportHistory(program: Command): void {
  withStoreOptions(program.command('import-history'))
    .description(
      'load an NDJSON export into an empty store, keeping event ids, metadata and hashes; the ' +
        'file must verify first; run it again to complete an import that stopped half way',
    )
    .argument('<file>', 'an export written by ledger export --format ndjson')
    .option('--format <format>', 'table or json', 'table')
    .action(async (file: string, options: FormatFlags) => {
      const format = parseFormat(options.format, ['table', 'json']);
      checkReadable(file);
      await withLedger(options, async (ledger) => {
        const bar = progress('import-history');
        try {
          const imported = await importHistory(ledger.store, file, (done, total) => bar.update(done, total));
          bar.finish();
          await ledger.projections.catchUp();
          if (format === 'json') {
            printJson(imported);
            return;
          }
          const renumbered =
            imported.renumbered === 0
              ? 'every position as in the file'
              : `${imported.renumbered} events at new positions (the store numbers its own)`;
          const resumed =
            imported.alreadyStored === 0
              ? ''
              : ` (${imported.alreadyStored} were already stored by an earlier run, which this one completed)`;
          process.stdout.write(
            `Imported ${imported.events} events in ${imported.streams} streams from ${file}${resumed}: ` +
              `hashes identical, ${renumbered}.\n`,
          );
        } catch (error) {
          bar.finish();
          if (error instanceof HistoryRefused) throw new UsageError(error.message);
          throw error;
        }
      });
    });
}
