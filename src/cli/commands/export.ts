/**
 * `ledger export --format ndjson|csv [--as-at ISO] [--output FILE]`: every event in global order.
 * The open-data formats (360giving, 360giving-csv, popolo) write the documents of src/open-data.
 * NDJSON keeps envelopes and hashes and is what `ledger import-history` loads (src/audit/ndjson.ts
 * describes it); CSV is one row per event for a spreadsheet. A file is written under a temporary
 * name and renamed when complete, so a failed export leaves no half-written file behind.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { exportLines, type ExportFormat } from '../../audit/export.js';
import {
  isOpenDataExportFormat,
  openDataExport,
  openDataExportFormats,
  type OpenDataExportFormat,
} from '../../open-data/export.js';
import { OrganisationsWithoutIdentifier } from '../../open-data/org-ids.js';
import { openDataSettings } from '../../open-data/settings.js';
import { configFrom } from '../../compose.js';
import { UsageError } from '../output.js';
import { withStoreOptions, type StoreFlags } from '../store-options.js';
import { parseAsAt, withExistingLedger } from './open-existing.js';

function parseExportFormat(value: string): ExportFormat | OpenDataExportFormat {
  if (value === 'ndjson' || value === 'csv' || isOpenDataExportFormat(value)) return value;
  throw new UsageError(`--format must be ndjson, csv, ${openDataExportFormats.join(', ')}; got "${value}"`);
}

/** An open-data document, as one chunk; a recipient without an identifier is the user's to fix (exit 2). */
async function* openDataLines(document: () => Promise<string>): AsyncIterable<string> {
  try {
    yield await document();
  } catch (error) {
    if (error instanceof OrganisationsWithoutIdentifier) throw new UsageError(error.message);
    throw error;
  }
}

async function writeAll(lines: AsyncIterable<string>, sink: Writable): Promise<number> {
  let count = 0;
  for await (const line of lines) {
    count++;
    if (!sink.write(line)) await once(sink, 'drain');
  }
  return count;
}

/** The reader went away (`ledger export ... | head`): stop writing, as other command-line tools do. */
function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

async function toStdout(lines: AsyncIterable<string>): Promise<void> {
  const ignoreClosedPipe = (error: unknown) => {
    if (!isClosedPipe(error)) throw error;
  };
  process.stdout.on('error', ignoreClosedPipe);
  try {
    await writeAll(lines, process.stdout);
  } catch (error) {
    ignoreClosedPipe(error);
  }
}

async function toFile(lines: AsyncIterable<string>, file: string): Promise<number> {
  const partial = `${file}.partial`;
  const sink = createWriteStream(partial, { encoding: 'utf8' });
  try {
    const count = await writeAll(lines, sink);
    sink.end();
    await once(sink, 'finish');
    await rename(partial, file);
    return count;
  } catch (error) {
    sink.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

type ExportFlags = StoreFlags & {
  format: string;
  localOrgIds?: boolean;
  publicUrl?: string;
  grantIdPrefix?: string;
  asAt?: string;
  output?: string;
};

export function registerExport(program: Command): void {
  withStoreOptions(program.command('export'))
    .description(
      'write every event, with its envelope and hashes, in global order: NDJSON to re-import or ' +
        'check, CSV for a spreadsheet',
    )
    .requiredOption(
      '--format <format>',
      `ndjson (one JSON event per line; ledger import-history loads it), csv, or open data: ` +
        openDataExportFormats.join(', '),
    )
    .option(
      '--local-org-ids',
      'open data: identify organisations and bodies with no org-id identifier in the local scheme instead of refusing',
    )
    .option(
      '--public-url <url>',
      "open data: where the ledger's pages are published (env LEDGER_PUBLIC_URL; default http://localhost:3000)",
    )
    .option(
      '--grant-id-prefix <prefix>',
      'open data: the 360Giving prefix (env LEDGER_GRANT_ID_PREFIX; default 360G-leadershipglos-)',
    )
    .option(
      '--as-at <date>',
      'only events the ledger had recorded by then: YYYY-MM-DD (end of day, UTC) or an ISO date-time',
    )
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (options: ExportFlags) => {
      const format = parseExportFormat(options.format);
      const asAt = parseAsAt(options.asAt);
      await withExistingLedger(options, async (ledger) => {
        if (isOpenDataExportFormat(format)) {
          const config = configFrom({ publicUrl: options.publicUrl, grantIdPrefix: options.grantIdPrefix });
          const settings = openDataSettings(config, options.localOrgIds === true);
          const lines = openDataLines(() => openDataExport(ledger, format, asAt, settings));
          if (typeof options.output !== 'string') return toStdout(lines);
          await toFile(lines, options.output);
          return void process.stderr.write(`Exported ${format} to ${options.output}.\n`);
        }
        const lines = exportLines(ledger.store, asAt === undefined ? { format } : { format, asAt });
        if (typeof options.output !== 'string') return toStdout(lines);
        const count = await toFile(lines, options.output);
        process.stderr.write(`Exported ${format === 'csv' ? count - 1 : count} events to ${options.output}.\n`);
      });
    });
}
