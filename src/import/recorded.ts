/**
 * What earlier imports recorded, found by the importer's command ids in the event metadata. The
 * whole store is read once per import: a board's ledger holds a few hundred events a year, and
 * reading everything is the only way to notice a command whose document no longer contains it.
 */
import type { EventStore } from '../store/port.js';
import { parseCommandId } from './command-ids.js';

export interface RecordedCommand {
  readonly path: string;
  readonly hash: string;
  readonly commandType: string;
  readonly streamId: string;
  /** The data of the first event the command produced, for describing what changed. */
  readonly eventData: unknown;
}

/** docKey -> path -> the command recorded there. */
export type RecordedImports = ReadonlyMap<string, ReadonlyMap<string, RecordedCommand>>;

export async function readRecordedImports(store: EventStore): Promise<RecordedImports> {
  const byDocument = new Map<string, Map<string, RecordedCommand>>();
  const seen = new Set<string>();
  for await (const event of store.readAll()) {
    const { commandId, commandType } = event.metadata;
    if (seen.has(commandId)) continue;
    seen.add(commandId);
    const parsed = parseCommandId(commandId);
    if (!parsed) continue;
    const paths = byDocument.get(parsed.docKey) ?? new Map<string, RecordedCommand>();
    byDocument.set(parsed.docKey, paths);
    const { path, hash } = parsed;
    paths.set(path, { path, hash, commandType, streamId: event.streamId, eventData: event.data });
  }
  return byDocument;
}
