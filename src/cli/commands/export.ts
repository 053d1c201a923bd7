/**
 * `ledger export --format ndjson|csv [--as-at ISO] [--output FILE]`: every event in global order.
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
import { UsageError } from '../output.js';
import { withStoreOptions } from '../store-options.js';
import { parseAsAt, withExistingLedger } from './open-existing.js';

function parseExportFormat(value: string): ExportFormat {
  if (value === 'ndjson' || value === 'csv') return value;
  throw new UsageError(`--format must be ndjson or csv; got "${value}"`);
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

export function registerExport(program: Command): void {
  withStoreOptions(program.command('export'))
    .description('write every event, with its envelope and hashes, in global order: NDJSON to re-import or check, CSV for a spreadsheet')
    .requiredOption('--format <format>', 'ndjson (one JSON event per line; ledger import-history loads it) or csv')
    .option('--as-at <date>', 'only events the ledger had recorded by then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (options) => {
      const format = parseExportFormat(options.format);
      const asAt = parseAsAt(options.asAt);
      await withExistingLedger(options, async (ledger) => {
        const lines = exportLines(ledger.store, asAt === undefined ? { format } : { format, asAt });
        if (typeof options.output !== 'string') return toStdout(lines);
        const count = await toFile(lines, options.output);
        process.stderr.write(`Exported ${format === 'csv' ? count - 1 : count} events to ${options.output}.\n`);
      });
    });
}
