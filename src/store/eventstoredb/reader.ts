/**
 * Reads from EventStoreDB in the port's terms: streams that do not exist read as empty, $all skips the
 * server's own events, and every read of $all starts on a record boundary (see positions.ts).
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
import { mapEsdbError } from './esdb-errors.js';
import { isSystemEvent, toRecordedEvent } from './mapping.js';
import { toEsdbPosition, type KnownPositions } from './positions.js';

const PAGE_SIZE = 500;

export class EsdbReader {
  constructor(
    private readonly connection: EsdbConnection,
    private readonly known: KnownPositions,
  ) {}

  async *stream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    const fromRevision = options.fromRevision !== undefined && options.fromRevision > 0n ? options.fromRevision : 0n;
    const read = this.connection.readStream(streamId, { fromRevision, ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }) });
    try {
      for await (const resolved of read) {
        if (resolved.event) yield this.learn(toRecordedEvent(resolved.event));
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
    let skipBelow = options.fromPosition ?? 0n;
    let start = remaining > 0 ? await this.startOf(skipBelow) : undefined;
    while (start !== undefined) {
      const page = await this.allPage({ fromPosition: start, maxCount: PAGE_SIZE });
      for (const resolved of page) {
        const event = resolved.event;
        if (!event || positionOf(resolved) < skipBelow || isSystemEvent(event)) continue;
        yield this.learn(toRecordedEvent(event));
        if (--remaining === 0) return;
      }
      if (page.length < PAGE_SIZE) return;
      // The next page starts at this page's last record, which has been seen already.
      const last = positionOf(page.at(-1)!);
      start = toEsdbPosition(last);
      skipBelow = last + 1n;
    }
  }

  async headPosition(): Promise<bigint> {
    let cursor: ReadPosition = END;
    for (;;) {
      const page = await this.allPage({ direction: BACKWARDS, fromPosition: cursor, maxCount: PAGE_SIZE });
      const newest = page.find((resolved) => resolved.event && !isSystemEvent(resolved.event))?.event;
      if (newest) return this.learn(toRecordedEvent(newest)).position;
      if (page.length < PAGE_SIZE) return -1n;
      cursor = toEsdbPosition(positionOf(page.at(-1)!));
    }
  }

  private async startOf(from: bigint): Promise<ReadPosition | undefined> {
    if (from <= 0n) return START;
    const start = this.known.startFor(from) ?? (await this.firstRecordAtOrAfter(from));
    return start === undefined ? undefined : toEsdbPosition(start);
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
      const page = await collect(this.connection.readStream(streamId, { ...options, requiresLeader: true }));
      return page.flatMap((resolved) => (resolved.event ? [this.learn(toRecordedEvent(resolved.event))] : []));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw mapEsdbError(error, `reading ${streamId}`);
    }
  }

  private async allPage(options: EsdbReadAllOptions): Promise<AllStreamResolvedEvent[]> {
    try {
      return await collect(this.connection.readAll(options));
    } catch (error) {
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
  if (position === undefined) throw new StoreError('STORE_UNAVAILABLE', 'The EventStoreDB server did not report a position for an event in $all.');
  return position;
}
