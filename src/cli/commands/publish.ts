/**
 * `ledger publish DIR [--as-at DATE]`: the static transparency site. Every public page (the same
 * templates as `ledger serve`), its CSS and JSON alternates, the open-data files and feeds and the
 * verification instructions with the latest seal, written to DIR with relative links and a
 * contents.html; a council puts the folder on any web server or file share. The same ledger gives
 * the same files, byte for byte (pages that count "overdue" or "coming" do so as of the day of
 * publishing). A folder that holds other things is refused rather than written into.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildApp } from '../../api/app.js';
import { UsageError } from '../output.js';
import { withStoreOptions } from '../store-options.js';
import { parseAsAt, withExistingLedger } from './open-existing.js';
import { contentsPage, crawl, PublishFailed, rewriteLinks, startsOf } from './publish-site.js';

const CONTENTS = 'contents.html';

function checkFolder(directory: string): void {
  if (!existsSync(directory)) return;
  const entries = readdirSync(directory);
  if (entries.length > 0 && !entries.includes(CONTENTS)) {
    throw new UsageError(
      `${directory} already holds files that are not a published site (no ${CONTENTS}); give an empty or new folder.`,
    );
  }
}

function progressLine(done: number, waiting: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\rpublish: ${done} files fetched, ${waiting} to go   `);
}

export function registerPublish(program: Command): void {
  withStoreOptions(program.command('publish'))
    .description('write the static transparency site (every public page, the open data and the feeds) to a folder')
    .argument('<dir>', 'the folder to write; new, empty, or a site published there before')
    .option(
      '--local-org-ids',
      '360Giving: identify organisations and bodies with no org-id identifier in the local scheme instead of refusing',
    )
    .option('--as-at <date>', 'the ledger as it stood then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .action(async (dir: string, options: Record<string, unknown>) => {
      const asAt = parseAsAt(options.asAt);
      const directory = resolve(dir);
      checkFolder(directory);
      await withExistingLedger(options, async (ledger) => {
        await ledger.projections.catchUp();
        const app = await buildApp(ledger);
        try {
          const files = await crawl(app, startsOf(options.localOrgIds === true), asAt, progressLine);
          for (const file of files.values()) rewriteLinks(file, files, asAt);
          const all = [...files.values()];
          for (const file of all) {
            mkdirSync(dirname(join(directory, file.file)), { recursive: true });
            writeFileSync(join(directory, file.file), file.body);
          }
          writeFileSync(join(directory, CONTENTS), contentsPage(all, ledger.config.name));
          const pages = all.filter((f) => f.file.endsWith('.html')).length;
          if (process.stderr.isTTY) process.stderr.write('\n');
          process.stderr.write(
            `Published ${all.length + 1} files (${pages} ` +
              `pages${asAt ? `, as the ledger stood at the end of ${asAt}` : ''}) to ${directory}: open ` +
              `${join(directory, 'index.html')}, or ${CONTENTS} for the list.\n`,
          );
        } catch (error) {
          if (error instanceof PublishFailed) throw new UsageError(error.message);
          throw error;
        } finally {
          await app.close();
        }
      });
    });
}
