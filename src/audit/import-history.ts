/**
 * `ledger import-history`: loads an NDJSON export into an empty store, keeping every event id,
 * every piece of metadata and so every hash. The whole file is verified (chains, content, seals)
 * before anything is written; the store recomputes each hash as it appends, and a hash that
 * comes out different from the file's is a bug, not a refusal.
 *
 * Positions are the store's own: the file's are checked for order but not kept. SQLite numbers
 * events from 1, so an export of a SQLite ledger re-imports to the same positions.
 */
import type { NewEvent, RecordedEvent } from '../store/envelope.js';
import type { AppendResult, EventStore, ReadAllOptions } from '../store/port.js';
import { HistoryFileError, readHistoryFile } from './ndjson.js';
import { describeFailure, verifyLedger } from './verify.js';

/** The store or the file is not one a history can be loaded from; nothing was written. */
export class HistoryRefused extends Error {
  override readonly name = 'HistoryRefused';
}

export interface HistoryImported {
  readonly events: number;
  readonly streams: number;
  /** Events whose position in the store differs from the file's. */
  readonly renumbered: number;
}

/** A read-only store over a history file, so the file can be verified as the ledger is. */
function fileStore(file: string): EventStore {
  const refuse = () => Promise.reject(new Error('A history file is read-only'));
  return {
    // The port names three kinds; a file, like memory, has nothing to connect to.
    kind: 'in-memory',
    append: refuse,
    readStream: () => {
      throw new Error('Bug: a history file is only read in global order');
    },
    readAll: (options: ReadAllOptions = {}) => fromPosition(readHistoryFile(file), options),
    headPosition: refuse,
    close: () => Promise.resolve(),
  };
}

async function* fromPosition(events: AsyncIterable<RecordedEvent>, options: ReadAllOptions): AsyncGenerator<RecordedEvent> {
  let left = options.maxCount ?? Infinity;
  for await (const event of events) {
    if (left <= 0) return;
    if (options.fromPosition !== undefined && event.position < options.fromPosition) continue;
    left--;
    yield event;
  }
}

/** Verifies the file and returns what it holds; throws HistoryRefused when it does not verify. */
async function checkHistory(file: string): Promise<{ events: number; streams: number }> {
  try {
    const report = await verifyLedger(fileStore(file));
    if (report.failure) throw new HistoryRefused(`${file} does not verify, at ${describeFailure(report.failure)}. Nothing was written.`);
    return { events: report.events, streams: report.streams };
  } catch (error) {
    if (error instanceof HistoryFileError) throw new HistoryRefused(`${error.message} Nothing was written.`);
    throw error;
  }
}

/** Consecutive events of one stream, appended together. */
interface Run {
  readonly streamId: string;
  readonly events: RecordedEvent[];
}

function append(store: EventStore, run: Run): Promise<AppendResult> {
  const first = run.events[0]!.revision;
  const events: NewEvent[] = run.events.map(({ eventId, type, data, metadata }) => {
    const { prevHash: _prevHash, hash: _hash, ...supplied } = metadata;
    return { eventId, type, data, metadata: supplied };
  });
  return store.append(run.streamId, events, { expectedRevision: first === 0n ? 'no_stream' : first - 1n });
}

function compare(run: Run, result: AppendResult): number {
  let renumbered = 0;
  run.events.forEach((event, index) => {
    const stored = result.events[index]!;
    if (stored.metadata.hash !== event.metadata.hash) {
      throw new Error(`Bug: ${event.streamId}@${event.revision} was stored with hash ${stored.metadata.hash}, the file says ${event.metadata.hash}`);
    }
    if (stored.position !== event.position) renumbered++;
  });
  return renumbered;
}

/** Appends the file's events, a run of one stream's events at a time; returns how many were renumbered. */
async function writeEvents(store: EventStore, file: string, onProgress?: (done: number) => void): Promise<number> {
  // SQLite's group commit writes appends submitted together in one transaction, in the order they
  // were submitted, so many may be in flight; other stores take one at a time to keep the file's order.
  const inFlight = store.kind === 'sqlite' ? 256 : 1;
  let pending: Array<Promise<number>> = [];
  let renumbered = 0;
  let done = 0;
  const submit = async (run: Run) => {
    pending.push(append(store, run).then((result) => compare(run, result)));
    done += run.events.length;
    if (pending.length < inFlight) return;
    for (const count of await Promise.all(pending)) renumbered += count;
    pending = [];
    onProgress?.(done);
  };
  let run: Run | undefined;
  for await (const event of readHistoryFile(file)) {
    if (run && run.streamId === event.streamId && run.events.length < MAX_RUN) {
      run.events.push(event);
      continue;
    }
    if (run) await submit(run);
    run = { streamId: event.streamId, events: [event] };
  }
  if (run) await submit(run);
  for (const count of await Promise.all(pending)) renumbered += count;
  onProgress?.(done);
  return renumbered;
}

const MAX_RUN = 1000;

/** Loads a verified history file into an empty store. Throws HistoryRefused, writing nothing, when either is not so. */
export async function importHistory(store: EventStore, file: string, onProgress?: (done: number, total: number) => void): Promise<HistoryImported> {
  const head = await store.headPosition();
  if (head >= 0n) {
    throw new HistoryRefused(`The store already holds events (up to position ${head}). import-history loads a history into an empty store only: give --store a new file.`);
  }
  const checked = await checkHistory(file);
  const renumbered = await writeEvents(store, file, onProgress && ((done) => onProgress(done, checked.events)));
  return { ...checked, renumbered };
}
