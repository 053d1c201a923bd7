/**
 * The event store on EventStoreDB / KurrentDB (gRPC, @eventstore/db-client 6), for deployments that
 * outgrow one machine. Revisions are ESDB's own (0-based). Every append names an explicit revision: the
 * adapter reads the event it chains onto (for its hash), chains the new events, and appends at exactly
 * that revision, so the server refuses the append if anyone else wrote first. A write that fails for
 * want of a connection is resent unchanged, with the same event ids, so the server's idempotency check
 * turns a write that had in fact landed into a success instead of a duplicate.
 *
 * EventStoreDB does not index event ids across streams, so an id already stored in another stream is
 * not refused here (the SQLite store refuses it); ids repeated within one append are refused.
 */
import { EventStoreDBClient, NO_STREAM, WrongExpectedVersionError, type AppendExpectedRevision, type EventData } from '@eventstore/db-client';
import { setTimeout as delay } from 'node:timers/promises';
import { chainEvents, GENESIS_HASH, type NewEvent, type RecordedEvent } from '../envelope.js';
import { checkEnvelopes } from '../check-envelope.js';
import { StoreError, WrongExpectedRevisionError } from '../errors.js';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions } from '../port.js';
import type { EsdbConnection } from './connection.js';
import { isTransient, mapEsdbError, normalise, toWrongExpectedRevision } from './esdb-errors.js';
import { toEventData } from './mapping.js';
import { KnownPositions } from './positions.js';
import { EsdbReader } from './reader.js';
import { watchAll } from './watch.js';

export interface EventStoreDbOptions {
  /** Appends expecting `any` or `stream_exists` re-read and retry this many times in all when another writer gets in first. */
  readonly conflictAttempts?: number;
  /** A write that fails for want of a connection is sent this many times in all, unchanged. */
  readonly sendAttempts?: number;
  readonly retryDelayMs?: number;
}

/** The revision and hash an append chains onto: revision -1n and the genesis hash for a new stream. */
interface Tip {
  readonly revision: bigint;
  readonly hash: string;
}

const NEW_STREAM: Tip = { revision: -1n, hash: GENESIS_HASH };

export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly reader: EsdbReader;
  private readonly conflictAttempts: number;
  private readonly sendAttempts: number;
  private readonly retryDelayMs: number;

  /** `esdb://host:2113?tls=false`, or `esdb://node1:2113,node2:2113,node3:2113?tls=false` for a cluster. */
  static connect(connectionString: string, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  constructor(
    private readonly connection: EsdbConnection,
    options: EventStoreDbOptions = {},
  ) {
    this.reader = new EsdbReader(connection, new KnownPositions());
    this.conflictAttempts = options.conflictAttempts ?? 10;
    this.sendAttempts = options.sendAttempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 100;
  }

  async append(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    checkAppend(streamId, events);
    checkEnvelopes(streamId, events);
    const expected = options.expectedRevision;
    for (let attempt = 1; ; attempt++) {
      const tip = await this.tipFor(streamId, expected);
      try {
        return await this.appendAt(streamId, events, tip);
      } catch (error) {
        const failure = normalise(error);
        if (!(failure instanceof WrongExpectedVersionError)) throw mapEsdbError(failure, `appending to ${streamId}`);
        const retry = (expected === 'any' || expected === 'stream_exists') && attempt < this.conflictAttempts;
        if (!retry) throw toWrongExpectedRevision(streamId, expected, failure);
      }
    }
  }

  watch(wake: () => void): () => void {
    const connection = this.connection;
    if (!connection.subscribeToAll) return () => undefined;
    return watchAll({ subscribeToAll: (options) => connection.subscribeToAll!(options) }, wake, this.retryDelayMs);
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.reader.stream(streamId, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.reader.all(options);
  }

  headPosition(): Promise<bigint> {
    return this.reader.headPosition();
  }

  async close(): Promise<void> {
    await this.connection.dispose();
  }

  private async tipFor(streamId: string, expected: ExpectedRevision): Promise<Tip> {
    if (expected === 'no_stream') return NEW_STREAM;
    if (typeof expected === 'bigint') {
      // Chaining onto the expected revision, not the newest, keeps a resent append identical to the
      // first, so the server can recognise it.
      const at = expected >= 0n ? await this.reader.at(streamId, expected) : undefined;
      if (at) return { revision: at.revision, hash: at.metadata.hash };
      throw new WrongExpectedRevisionError(streamId, expected, (await this.reader.last(streamId))?.revision ?? -1n);
    }
    const last = await this.reader.last(streamId);
    if (last) return { revision: last.revision, hash: last.metadata.hash };
    if (expected === 'stream_exists') throw new WrongExpectedRevisionError(streamId, expected, -1n);
    return NEW_STREAM;
  }

  private async appendAt(streamId: string, events: readonly NewEvent[], tip: Tip): Promise<AppendResult> {
    const chained = chainEvents(streamId, events, tip.revision + 1n, tip.hash);
    await this.send(streamId, chained.map(toEventData), tip.revision < 0n ? NO_STREAM : tip.revision);
    // The server reports only the last event's position; reading the events back gives every one.
    const recorded = await this.reader.range(streamId, tip.revision + 1n, events.length);
    if (recorded.length !== events.length || recorded.some((event, index) => event.eventId !== events[index]!.eventId)) {
      throw new Error(`Bug: the events read back from ${streamId} are not the ones just appended`);
    }
    const tail = recorded.at(-1)!;
    return { nextRevision: tail.revision, position: tail.position, events: recorded };
  }

  private async send(streamId: string, data: EventData[], expectedRevision: AppendExpectedRevision): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.connection.appendToStream(streamId, data, { expectedRevision });
        return;
      } catch (error) {
        if (!isTransient(error) || attempt >= this.sendAttempts) throw error;
        await delay(this.retryDelayMs * attempt);
      }
    }
  }
}

function checkAppend(streamId: string, events: readonly NewEvent[]): void {
  if (events.length === 0) throw new StoreError('INVALID_EVENT', 'An append needs at least one event');
  if (streamId.startsWith('$')) throw new StoreError('INVALID_EVENT', `Stream names starting with $ belong to EventStoreDB itself: ${streamId}`);
  const seen = new Set<string>();
  for (const event of events) {
    if (event.type.startsWith('$')) throw new StoreError('INVALID_EVENT', `Event types starting with $ belong to EventStoreDB itself: ${event.type}`);
    if (seen.has(event.eventId)) throw new StoreError('INVALID_EVENT', `Event id ${event.eventId} appears twice in one append`);
    seen.add(event.eventId);
  }
}
