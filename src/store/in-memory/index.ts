/** An event store held in memory, for unit tests. Same contract as the durable adapters. */
import { checkClaim, claimsOf, type CommandKeyClaim } from '../command-keys.js';
import { chainEvents, GENESIS_HASH, type NewEvent, type RecordedEvent } from '../envelope.js';
import { checkEnvelopes } from '../check-envelope.js';
import { checkExpectedRevision, StoreError } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
} from '../port.js';

export interface InMemoryStoreOptions {
  /** False only for tests that build a ledger `verify` must refuse: the store then writes what it is given. */
  readonly checkEnvelopes?: boolean;
}

export class InMemoryEventStore implements EventStore {
  readonly kind = 'in-memory' as const;

  constructor(private readonly options: InMemoryStoreOptions = {}) {}
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly eventIds = new Set<string>();
  private readonly keys = new Map<string, CommandKeyClaim>();

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new StoreError('INVALID_EVENT', 'An append needs at least one event');
    if (this.options.checkEnvelopes !== false) checkEnvelopes(streamId, events);
    const stream = this.streams.get(streamId) ?? [];
    const last = stream.at(-1);
    checkExpectedRevision(streamId, options.expectedRevision, last ? last.revision : -1n);
    const duplicate = firstRepeatedId(events, this.eventIds);
    if (duplicate)
      throw new StoreError('INVALID_EVENT', `Event id ${duplicate} is already stored, or appears twice in the append`);
    const claims = claimsOf(streamId, events);
    for (const claim of claims) checkClaim(this.keys.get(claim.commandId), claim);
    const chained = chainEvents(
      streamId,
      events,
      last ? last.revision + 1n : 0n,
      last ? last.metadata.hash : GENESIS_HASH,
    );
    const recorded = chained.map((event, index) => ({ ...event, position: BigInt(this.all.length + index) }));
    this.all.push(...recorded);
    this.streams.set(streamId, [...stream, ...recorded]);
    for (const event of recorded) this.eventIds.add(event.eventId);
    for (const claim of claims) if (!this.keys.has(claim.commandId)) this.keys.set(claim.commandId, claim);
    const tail = recorded.at(-1)!;
    return { nextRevision: tail.revision, position: tail.position, events: recorded };
  }

  /** All or nothing: on any failure every collection is put back as it was. */
  async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const saved = {
      length: this.all.length,
      streams: new Map(this.streams),
      eventIds: new Set(this.eventIds),
      keys: new Map(this.keys),
    };
    const results: AppendResult[] = [];
    try {
      for (const one of appends)
        results.push(await this.append(one.streamId, one.events, { expectedRevision: one.expectedRevision }));
      return results;
    } catch (error) {
      this.all.length = saved.length;
      for (const [target, source] of [
        [this.streams, saved.streams],
        [this.keys, saved.keys],
      ] as const) {
        target.clear();
        for (const [key, value] of source) (target as Map<string, unknown>).set(key, value);
      }
      this.eventIds.clear();
      for (const id of saved.eventIds) this.eventIds.add(id);
      throw error;
    }
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const from = Number(options.fromRevision ?? 0n);
    const stream = this.streams.get(streamId) ?? [];
    yield* stream.slice(from, options.maxCount === undefined ? undefined : from + options.maxCount);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const from = Number(options.after !== undefined ? options.after + 1n : (options.fromPosition ?? 0n));
    yield* this.all.slice(
      Math.max(0, from),
      options.maxCount === undefined ? undefined : Math.max(0, from) + options.maxCount,
    );
  }

  async countAfter(position: bigint, limit: number): Promise<number> {
    return Math.min(limit, Math.max(0, this.all.length - Number(position + 1n)));
  }

  async streamOfCommand(commandId: string): Promise<string | undefined> {
    return this.all.find((event) => event.metadata.commandId === commandId)?.streamId;
  }

  async headPosition(): Promise<bigint> {
    return BigInt(this.all.length - 1);
  }

  async close(): Promise<void> {}
}

/**
 * The first event id that is already stored or appears earlier in the same append, as SQLite's UNIQUE(event_id) would
 * find it.
 */
function firstRepeatedId(events: readonly NewEvent[], stored: ReadonlySet<string>): string | undefined {
  const seen = new Set<string>();
  for (const { eventId } of events) {
    if (stored.has(eventId) || seen.has(eventId)) return eventId;
    seen.add(eventId);
  }
  return undefined;
}
