/**
 * The event store on EventStoreDB / KurrentDB (gRPC, @eventstore/db-client 6), for deployments that
 * outgrow one machine. Revisions are ESDB's own (0-based). Every append names an explicit revision: the
 * adapter reads the event it chains onto (for its hash), chains the new events, and appends at exactly
 * that revision, so the server refuses the append if anyone else wrote first. A write that fails
 * transiently (connection lost, leader changed, node terminated) is resent unchanged, with the same
 * event ids, within a time budget, so the server's idempotency check turns a write that had in fact
 * landed into a success instead of a duplicate. Commands are claimed across streams first (claims.ts).
 *
 * EventStoreDB does not index event ids across streams, so an id already stored in another stream is
 * not refused here (the SQLite store refuses it); ids repeated within one append are refused.
 */
import {
  EventStoreDBClient,
  NO_STREAM,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type EventData,
} from '@eventstore/db-client';
import { chainEvents, GENESIS_HASH, type NewEvent, type RecordedEvent } from '../envelope.js';
import { checkEnvelopes } from '../check-envelope.js';
import { AppendTooLargeError, StoreError, WrongExpectedRevisionError } from '../errors.js';
import type {
  AppendLimit,
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
} from '../port.js';
import { CommandClaims } from './claims.js';
import type { EsdbConnection } from './connection.js';
import { isTransient, mapEsdbError, normalise, toWrongExpectedRevision } from './esdb-errors.js';
import { appendSizeOf, toEventData } from './mapping.js';
import { DEFAULT_STREAM_PREFIX, StreamNames } from './names.js';
import { KnownPositions } from './positions.js';
import { probeAccess } from './probe.js';
import { EsdbReader } from './reader.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { watchAll } from './watch.js';

export interface EventStoreDbOptions {
  /** Every ledger stream's name starts with this (default `ledger-`), so other applications can share the database. */
  readonly streamPrefix?: string;
  /** The server's MaxAppendSize in bytes (default 1 MiB, the server's own default). */
  readonly maxAppendBytes?: number;
  /** The share of maxAppendBytes kept free when import-history sizes its runs (default 0.1). */
  readonly appendHeadroom?: number;
  /**
   * How long a transiently failing request is resent for, in milliseconds (default 10 s: longer than a leader
   * election).
   */
  readonly retryBudgetMs?: number;
  /** The first pause between resends; later ones double (default 50 ms). */
  readonly retryDelayMs?: number;
  /**
   * Appends expecting `any` or `stream_exists` re-read and retry this many times in all when another writer gets in
   * first.
   */
  readonly conflictAttempts?: number;
}

/** The revision and hash an append chains onto: revision -1n and the genesis hash for a new stream. */
interface Tip {
  readonly revision: bigint;
  readonly hash: string;
}

const NEW_STREAM: Tip = { revision: -1n, hash: GENESIS_HASH };
const DEFAULT_MAX_APPEND_BYTES = 1024 * 1024;

export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  readonly appendLimit: AppendLimit;
  private readonly names: StreamNames;
  private readonly reader: EsdbReader;
  private readonly claims: CommandClaims;
  private readonly retry: RetryPolicy;
  private readonly maxAppendBytes: number;
  private readonly conflictAttempts: number;

  /** `esdb://host:2113?tls=false`, or `esdb://user:password@node1:2113,node2:2113,node3:2113` for a cluster. */
  static connect(connectionString: string, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  /**
   * Connects and checks the credentials: access denied fails here, with what to fix; an unreachable server does not.
   */
  static async open(
    connection: string | EsdbConnection,
    options: EventStoreDbOptions = {},
  ): Promise<EventStoreDbEventStore> {
    const store =
      typeof connection === 'string'
        ? EventStoreDbEventStore.connect(connection, options)
        : new EventStoreDbEventStore(connection, options);
    try {
      await probeAccess(store.connection);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  constructor(
    private readonly connection: EsdbConnection,
    options: EventStoreDbOptions = {},
  ) {
    this.names = new StreamNames(options.streamPrefix ?? DEFAULT_STREAM_PREFIX);
    this.retry = {
      ...DEFAULT_RETRY,
      budgetMs: options.retryBudgetMs ?? DEFAULT_RETRY.budgetMs,
      firstDelayMs: options.retryDelayMs ?? DEFAULT_RETRY.firstDelayMs,
    };
    this.reader = new EsdbReader(connection, new KnownPositions(), this.names, this.retry);
    this.claims = new CommandClaims(connection, this.names, this.retry);
    this.maxAppendBytes = options.maxAppendBytes ?? DEFAULT_MAX_APPEND_BYTES;
    this.appendLimit = {
      bytes: Math.floor(this.maxAppendBytes * (1 - (options.appendHeadroom ?? 0.1))),
      sizeOf: appendSizeOf,
    };
    this.conflictAttempts = options.conflictAttempts ?? 10;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    checkAppend(streamId, events);
    checkEnvelopes(streamId, events);
    this.checkSize(streamId, events);
    const expected = options.expectedRevision;
    for (let attempt = 1; ; attempt++) {
      const tip = await this.tipFor(streamId, expected);
      await this.claims.claimFor(streamId, events, expected, tip.revision);
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

  watch(wake: () => Promise<unknown> | void, warn: (message: string) => void = () => undefined): () => void {
    return watchAll(this.connection, wake, {
      prefix: this.names.prefix,
      backoff: { firstDelayMs: this.retry.firstDelayMs, maxDelayMs: this.retry.maxDelayMs },
      warn,
    });
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

  countAfter(position: bigint, limit: number): Promise<number> {
    return this.reader.countAfter(position, limit);
  }

  streamOfCommand(commandId: string): Promise<string | undefined> {
    return this.claims.streamOf(commandId);
  }

  async close(): Promise<void> {
    await this.connection.dispose();
  }

  private checkSize(streamId: string, events: readonly NewEvent[]): void {
    const bytes = events.reduce((total, event) => total + appendSizeOf(event), 0);
    if (bytes <= this.maxAppendBytes) return;
    throw new AppendTooLargeError(
      `The append to ${streamId} is ${bytes.toLocaleString('en-GB')} bytes as EventStoreDB counts ` +
        `it, over the server's MaxAppendSize of ${this.maxAppendBytes.toLocaleString('en-GB')}; ` +
        `nothing was recorded. Send less in one command (shorter notes, fewer items).`,
    );
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
    if (
      recorded.length !== events.length ||
      recorded.some((event, index) => event.eventId !== events[index]!.eventId)
    ) {
      throw new Error(`Bug: the events read back from ${streamId} are not the ones just appended`);
    }
    const tail = recorded.at(-1)!;
    return { nextRevision: tail.revision, position: tail.position, events: recorded };
  }

  private async send(streamId: string, data: EventData[], expectedRevision: AppendExpectedRevision): Promise<void> {
    const name = this.names.toEsdb(streamId);
    await withRetry(this.retry, () => this.connection.appendToStream(name, data, { expectedRevision })).catch(
      (error: unknown) => {
        throw isTransient(error)
          ? mapEsdbError(error, `appending to ${streamId} (resent for ${this.retry.budgetMs} ms)`)
          : error;
      },
    );
  }
}

function checkAppend(streamId: string, events: readonly NewEvent[]): void {
  if (events.length === 0) throw new StoreError('INVALID_EVENT', 'An append needs at least one event');
  if (streamId.startsWith('$'))
    throw new StoreError('INVALID_EVENT', `Stream names starting with $ belong to EventStoreDB itself: ${streamId}`);
  const seen = new Set<string>();
  for (const event of events) {
    if (event.type.startsWith('$'))
      throw new StoreError('INVALID_EVENT', `Event types starting with $ belong to EventStoreDB itself: ${event.type}`);
    if (seen.has(event.eventId))
      throw new StoreError('INVALID_EVENT', `Event id ${event.eventId} appears twice in one append`);
    seen.add(event.eventId);
  }
}
