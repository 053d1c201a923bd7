/**
 * `ledger import-history`: loads an NDJSON export into an empty store, keeping every event id,
 * every piece of metadata and so every hash; run again after a failure half way, it recognises the
 * events already written and completes the rest. Runs are sized to the store's append limit. The whole file is verified
 * (chains, content, seals)
 * before anything is written; the store recomputes each hash as it appends, and a hash that
 * comes out different from the file's is a bug, not a refusal.
 *
 * Positions are the store's own: the file's are checked for order but not kept. SQLite numbers
 * events from 1, so an export of a SQLite ledger re-imports to the same positions.
 */
import type { NewEvent, RecordedEvent } from '../store/envelope.js';
import type { AppendResult, EventStore, ReadAllOptions } from '../store/port.js';
import { runsOf, type Run } from './history-runs.js';
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
  /** Events a re-run found already written by an import that stopped half way. */
  readonly alreadyStored: number;
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

async function* fromPosition(
  events: AsyncIterable<RecordedEvent>,
  options: ReadAllOptions,
): AsyncGenerator<RecordedEvent> {
  let left = options.maxCount ?? Infinity;
  for await (const event of events) {
    if (left <= 0) return;
    if (options.after !== undefined && event.position <= options.after) continue;
    if (options.after === undefined && options.fromPosition !== undefined && event.position < options.fromPosition)
      continue;
    left--;
    yield event;
  }
}

/** Verifies the file and returns what it holds; throws HistoryRefused when it does not verify. */
async function checkHistory(file: string): Promise<{ events: number; streams: number }> {
  try {
    const report = await verifyLedger(fileStore(file));
    if (report.failure)
      throw new HistoryRefused(`${file} does not verify, at ${describeFailure(report.failure)}. Nothing was written.`);
    return { events: report.events, streams: report.streams };
  } catch (error) {
    if (error instanceof HistoryFileError) throw new HistoryRefused(`${error.message} Nothing was written.`);
    throw error;
  }
}

function append(store: EventStore, streamId: string, events: readonly RecordedEvent[]): Promise<AppendResult> {
  const first = events[0]!.revision;
  const fresh: NewEvent[] = events.map(({ eventId, type, data, metadata }) => {
    const { prevHash: _prevHash, hash: _hash, ...supplied } = metadata;
    return { eventId, type, data, metadata: supplied };
  });
  return store.append(streamId, fresh, { expectedRevision: first === 0n ? 'no_stream' : first - 1n });
}

function compare(events: readonly RecordedEvent[], result: AppendResult): number {
  let renumbered = 0;
  events.forEach((event, index) => {
    const stored = result.events[index]!;
    if (stored.metadata.hash !== event.metadata.hash) {
      throw new Error(
        `Bug: ${event.streamId}@${event.revision} was stored with hash ${stored.metadata.hash}, the ` +
          `file says ${event.metadata.hash}`,
      );
    }
    if (stored.position !== event.position) renumbered++;
  });
  return renumbered;
}

/**
 * On a re-run, how many of the run's events the store already holds: the same ids at the same
 * revisions, from the start of the run. Anything else at those revisions is a different history.
 */
async function alreadyStored(store: EventStore, run: Run): Promise<number> {
  let held = 0;
  for await (const stored of store.readStream(run.streamId, {
    fromRevision: run.events[0]!.revision,
    maxCount: run.events.length,
  })) {
    const expected = run.events[held]!;
    if (stored.eventId !== expected.eventId) {
      throw new HistoryRefused(
        `The store holds event ${stored.eventId} at ${run.streamId} revision ${stored.revision}, ` +
          `where the file has ${expected.eventId}: it holds a different history. Nothing more was ` +
          `written.`,
      );
    }
    held++;
  }
  return held;
}

interface Written {
  renumbered: number;
  alreadyStored: number;
}

/**
 * Appends the file's events, a run at a time. A re-run (the store already holds some of them, from an
 * import that stopped half way) checks each run against the store and appends only what is missing.
 */
async function writeEvents(
  store: EventStore,
  file: string,
  resuming: boolean,
  onProgress?: (done: number) => void,
): Promise<Written> {
  // SQLite's group commit writes appends submitted together in one transaction, in the order they
  // were submitted, so many may be in flight; other stores, and a re-run, take one at a time to keep the file's order.
  const inFlight = store.kind === 'sqlite' && !resuming ? 256 : 1;
  let pending: Array<Promise<number>> = [];
  const written: Written = { renumbered: 0, alreadyStored: 0 };
  let done = 0;
  const flush = async () => {
    for (const count of await Promise.all(pending)) written.renumbered += count;
    pending = [];
    onProgress?.(done);
  };
  // An append that fails stops further submissions; its error is thrown by the next flush.
  const submissions = { failed: false };
  for await (const run of runsOf(readHistoryFile(file), store.appendLimit)) {
    if (submissions.failed) break;
    const held = resuming ? await alreadyStored(store, run) : 0;
    written.alreadyStored += held;
    const missing = run.events.slice(held);
    if (missing.length > 0) {
      const appended = append(store, run.streamId, missing).then((result) => compare(missing, result));
      appended.catch(() => {
        submissions.failed = true;
      });
      pending.push(appended);
    }
    done += run.events.length;
    if (pending.length >= inFlight) await flush();
  }
  await flush();
  return written;
}

/** The store's first event must be the file's, or the store holds some other ledger. */
async function checkSameLedger(store: EventStore, file: string, head: bigint): Promise<void> {
  const [stored] = await firstOf(store.readAll({ maxCount: 1 }));
  const [expected] = await firstOf(readHistoryFile(file));
  if (stored && expected && stored.eventId === expected.eventId) return;
  throw new HistoryRefused(
    `The store already holds events (up to position ${head}) that are not from this file: its ` +
      `first event is ${stored?.eventId ?? 'none'}, the file's ${expected?.eventId ?? 'none'}. ` +
      `import-history loads a history into an empty store, or completes an import of the same ` +
      `file that stopped half way: give --store a new file.`,
  );
}

async function firstOf<T>(items: AsyncIterable<T>): Promise<T[]> {
  for await (const item of items) return [item];
  return [];
}

/**
 * Loads a verified history file into an empty store, or completes an import of the same file that
 * stopped half way (the events already written are recognised by id and revision, and kept).
 * Throws HistoryRefused, writing nothing more, when the file does not verify or the store holds another history.
 */
export async function importHistory(
  store: EventStore,
  file: string,
  onProgress?: (done: number, total: number) => void,
): Promise<HistoryImported> {
  const head = await store.headPosition();
  const checked = await checkHistory(file);
  if (head >= 0n) await checkSameLedger(store, file, head);
  const written = await writeEvents(
    store,
    file,
    head >= 0n,
    onProgress && ((done) => onProgress(done, checked.events)),
  );
  return { ...checked, ...written };
}
