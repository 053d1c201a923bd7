/**
 * The event-store port. Every adapter (SQLite, EventStoreDB, in-memory) passes the same contract
 * suite in tests/store/contract.ts: 0-based revisions, one global order, all-or-nothing appends.
 */
import type { NewEvent, RecordedEvent } from './envelope.js';

export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

export interface AppendResult {
  /** Revision of the last event appended (the stream's current revision). */
  readonly nextRevision: bigint;
  /** Global position of the last event appended. */
  readonly position: bigint;
  readonly events: readonly RecordedEvent[];
}

export interface ReadStreamOptions {
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Inclusive: the first event returned is the one at this position, or the next after it. */
  readonly fromPosition?: bigint;
  /**
   * Exclusive: the first event returned is the next after this position, which should be one the
   * store returned (a checkpoint). Resuming from it costs no search on any adapter. Wins over fromPosition.
   */
  readonly after?: bigint;
  readonly maxCount?: number;
}

/** The largest append a store accepts (EventStoreDB's MaxAppendSize, less headroom) and how it counts an event. */
export interface AppendLimit {
  readonly bytes: number;
  sizeOf(event: NewEvent): number;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedRevision: ExpectedRevision;
}

export interface EventStore {
  readonly kind: 'sqlite' | 'eventstoredb' | 'in-memory';
  append(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /**
   * Several appends, in the order given (one stream may appear more than once), all or nothing:
   * each expected revision is checked as of the appends before it, and one failure writes none of
   * them. Optional: an import into a store without it writes its streams one append at a time.
   */
  appendMany?(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * Calls `wake` soon after anyone appends (EventStoreDB: a subscription to $all). Wakes are
   * coalesced: while the promise `wake` returned is pending, further appends leave one wake to
   * follow. Optional: where it is missing, the server polls `headPosition`. `warn` hears of an
   * outage once. Returns a function that stops watching.
   */
  watch?(wake: () => Promise<unknown> | void, warn?: (message: string) => void): () => void;
  /**
   * The stream holding the events of a command, found by its commandId across the whole store.
   * Optional (EventStoreDB has no such index): without it, idempotency is checked within the
   * command's own stream only.
   */
  streamOfCommand?(commandId: string): Promise<string | undefined>;
  /** Position of the newest event, or -1n for an empty store. */
  headPosition(): Promise<bigint>;
  /**
   * How many events the store holds after `position` (a checkpoint), counted up to `limit`: the
   * lag of a reader, in events. Positions are not counts (EventStoreDB's are byte offsets).
   */
  countAfter?(position: bigint, limit: number): Promise<number>;
  /** Where the store limits the size of one append; import-history keeps its runs under it. */
  readonly appendLimit?: AppendLimit;
  close(): Promise<void>;
}
