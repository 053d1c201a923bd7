/**
 * Reads from EventStoreDB in the port's terms: streams that do not exist read as empty, and $all
 * yields the ledger's events only (see ledgerEventOf), so another application's events, the server's
 * own and a stray test write are passed over instead of stopping every read. A read resumed from a
 * checkpoint (`after`) starts at the checkpoint itself, which is always the start of a record, and
 * drops that first record, as the server's own subscriptions do: no search, whatever the lag.
 */
import {
  BACKWARDS,
  END,
  START,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type ReadAllOptions as EsdbReadAllOptions,
  type ReadPosition,
  type ReadStreamOptions as EsdbReadStreamOptions,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../envelope.js';
import { StoreError } from '../errors.js';
import type { ReadAllOptions, ReadStreamOptions } from '../port.js';
import { collect, type EsdbConnection } from './connection.js';
import { isInvalidPosition, mapEsdbError } from './esdb-errors.js';
import { ledgerEventOf, toRecordedEvent } from './mapping.js';
import type { StreamNames } from './names.js';
import { toEsdbPosition, type KnownPositions } from './positions.js';
import { withRetry, type RetryPolicy } from './retry.js';

const PAGE_SIZE = 500;

/** Where a read of $all begins, and the position at or below which records are dropped. */
interface Start {
  readonly at: ReadPosition;
  readonly dropThrough: bigint;
}

export class EsdbReader {
  constructor(
    private readonly connection: EsdbConnection,
    private readonly known: KnownPositions,
    private readonly names: StreamNames,
    private readonly retry: RetryPolicy,
  ) {}

  async *stream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    const fromRevision = options.fromRevision !== undefined && options.fromRevision > 0n ? options.fromRevision : 0n;
    const read = this.connection.readStream(this.names.toEsdb(streamId), {
      fromRevision,
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    try {
      for await (const resolved of read) {
        if (resolved.event) yield this.learn(toRecordedEvent(resolved.event, streamId));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw mapEsdbError(error, `reading ${streamId}`);
    }
  }

  /** The stream's newest event, read from the leader so an append never chains onto a stale copy. */
  async last(streamId: string): Promise<RecordedEvent | undefined> {
    return (await this.streamPage(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }))[0];
  }

  async at(streamId: string, revision: bigint): Promise<RecordedEvent | undefined> {
    const [event] = await this.streamPage(streamId, { fromRevision: revision, maxCount: 1 });
    return event?.revision === revision ? event : undefined;
  }

  async range(streamId: string, fromRevision: bigint, count: number): Promise<RecordedEvent[]> {
    return this.streamPage(streamId, { fromRevision, maxCount: count });
  }

  async *all(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (remaining <= 0) return;
    let start = await this.startOf(options);
    while (start !== undefined) {
      const page = await this.pageFrom(start, options.after);
      if (page === undefined) return;
      for (const resolved of page) {
        const event = resolved.event;
        if (!event || positionOf(resolved) <= start.dropThrough) continue;
        const recorded = ledgerEventOf(event, this.names);
        if (!recorded) continue;
        yield this.learn(recorded);
        if (--remaining === 0) return;
      }
      if (page.length < PAGE_SIZE) return;
      // The next page starts at this page's last record, which has been seen already.
      const last = positionOf(page.at(-1)!);
      start = { at: toEsdbPosition(last), dropThrough: last };
    }
  }

  /**
   * The newest ledger event's position: usually one event read backwards from the end. Where the
   * newest records are not the ledger's (the server's statistics, another application), the pages
   * grow eightfold up to the usual page size.
   */
  async headPosition(): Promise<bigint> {
    let cursor: ReadPosition = END;
    for (let size = 1; ; size = Math.min(size * 8, PAGE_SIZE)) {
      const page = await this.allPage({ direction: BACKWARDS, fromPosition: cursor, maxCount: size });
      for (const resolved of page) {
        const recorded = resolved.event && ledgerEventOf(resolved.event, this.names);
        if (recorded) return this.learn(recorded).position;
      }
      if (page.length < size) return -1n;
      cursor = toEsdbPosition(positionOf(page.at(-1)!));
    }
  }

  /** Ledger events after `position`, counted (by reading them) up to `limit`. */
  async countAfter(position: bigint, limit: number): Promise<number> {
    let count = 0;
    for await (const _event of this.all({ after: position, maxCount: limit })) count++;
    return count;
  }

  private async startOf(options: ReadAllOptions): Promise<Start | undefined> {
    if (options.after !== undefined) {
      return options.after < 0n
        ? { at: START, dropThrough: -1n }
        : { at: toEsdbPosition(options.after), dropThrough: options.after };
    }
    const from = options.fromPosition ?? 0n;
    if (from <= 0n) return { at: START, dropThrough: -1n };
    const record = this.known.startFor(from) ?? (await this.firstRecordAtOrAfter(from));
    return record === undefined ? undefined : { at: toEsdbPosition(record), dropThrough: from - 1n };
  }

  /**
   * One page from `start`. A checkpoint that is not the start of a record (a read-model file from
   * another database, or a position typed by hand) is refused by the server as an invalid position;
   * the read then starts at the first record after it, found by reading $all backwards.
   */
  private async pageFrom(start: Start, after: bigint | undefined): Promise<AllStreamResolvedEvent[] | undefined> {
    try {
      return await this.allPage({ fromPosition: start.at, maxCount: PAGE_SIZE });
    } catch (error) {
      if (after === undefined || !isInvalidPosition(error)) throw error;
      const record = await this.firstRecordAtOrAfter(after + 1n);
      return record === undefined
        ? undefined
        : this.allPage({ fromPosition: toEsdbPosition(record), maxCount: PAGE_SIZE });
    }
  }

  /** Reads $all backwards from its end to the first record at or after `from`; undefined if there is none. */
  private async firstRecordAtOrAfter(from: bigint): Promise<bigint | undefined> {
    let cursor: ReadPosition = END;
    let earliest: bigint | undefined;
    for (;;) {
      const page = await this.allPage({ direction: BACKWARDS, fromPosition: cursor, maxCount: PAGE_SIZE });
      for (const resolved of page) {
        const position = positionOf(resolved);
        if (earliest !== undefined && position >= earliest) continue;
        if (position < from) return earliest;
        earliest = position;
      }
      if (page.length < PAGE_SIZE || earliest === undefined) return earliest;
      cursor = toEsdbPosition(earliest);
    }
  }

  private async streamPage(streamId: string, options: EsdbReadStreamOptions): Promise<RecordedEvent[]> {
    try {
      const page = await withRetry(this.retry, () =>
        collect(this.connection.readStream(this.names.toEsdb(streamId), { ...options, requiresLeader: true })),
      );
      return page.flatMap((resolved) =>
        resolved.event ? [this.learn(toRecordedEvent(resolved.event, streamId))] : [],
      );
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw mapEsdbError(error, `reading ${streamId}`);
    }
  }

  private async allPage(options: EsdbReadAllOptions): Promise<AllStreamResolvedEvent[]> {
    try {
      return await collect(this.connection.readAll(options));
    } catch (error) {
      if (isInvalidPosition(error)) throw error;
      throw mapEsdbError(error, 'reading $all');
    }
  }

  private learn(event: RecordedEvent): RecordedEvent {
    this.known.remember(event.position);
    return event;
  }
}

function positionOf(resolved: AllStreamResolvedEvent): bigint {
  const position = resolved.event?.position.commit ?? resolved.commitPosition;
  if (position === undefined)
    throw new StoreError(
      'STORE_UNAVAILABLE',
      'The EventStoreDB server did not report a position for an event in $all.',
    );
  return position;
}
