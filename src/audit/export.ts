/**
 * `ledger export`: every event in global order, optionally as the ledger stood at a knowledge time
 * (only events recorded by then). NDJSON (ndjson.ts) keeps everything, hashes included, and is
 * what `ledger import-history` loads; CSV is one row per event for reading in a spreadsheet.
 * An as-at export holds each stream's events recorded by then, which is a prefix of the stream
 * (and so still verifies) as long as the server clock never went backwards between its appends.
 */
import { canonicalJson, type RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/port.js';
import { storeAsAt } from '../projections/as-at.js';
import { csvRow, type CsvValue } from './csv.js';
import { exportLine } from './ndjson.js';

export type ExportFormat = 'ndjson' | 'csv';

const CSV_COLUMNS: ReadonlyArray<readonly [string, (event: RecordedEvent) => CsvValue]> = [
  ['position', (e) => e.position.toString()],
  ['stream_id', (e) => e.streamId],
  ['revision', (e) => e.revision.toString()],
  ['event_id', (e) => e.eventId],
  ['type', (e) => e.type],
  ['actor', (e) => e.metadata.actor.id],
  ['actor_role', (e) => e.metadata.actor.role],
  ['recorded_at', (e) => e.metadata.recordedAt],
  ['occurred_at', (e) => e.metadata.occurredAt],
  ['source_document', (e) => e.metadata.source?.document],
  ['source_section', (e) => e.metadata.source?.section],
  ['command_type', (e) => e.metadata.commandType],
  ['prev_hash', (e) => e.metadata.prevHash],
  ['hash', (e) => e.metadata.hash],
  ['data', (e) => canonicalJson(e.data)],
];

/** The export's lines, each ending in its newline. */
export async function* exportLines(
  store: EventStore,
  options: { format: ExportFormat; asAt?: string },
): AsyncGenerator<string> {
  const source = options.asAt === undefined ? store : storeAsAt(store, options.asAt);
  if (options.format === 'csv') yield csvRow(CSV_COLUMNS.map(([header]) => header));
  for await (const event of source.readAll()) {
    yield options.format === 'csv' ? csvRow(CSV_COLUMNS.map(([, value]) => value(event))) : `${exportLine(event)}\n`;
  }
}
