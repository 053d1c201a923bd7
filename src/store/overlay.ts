/**
 * A store laid over another: reads pass through to the real store, appends are kept in memory.
 * A CommandRunner on an overlay decides commands exactly as it would on the real store, each
 * seeing the ones decided before it, and nothing is written: the importer decides every command
 * of every file this way, then writes the appends in one atomic batch (`pending()`), or, for a
 * dry run or a refusal, drops them.
 */
import { chainEvents, GENESIS_HASH, type NewEvent, type RecordedEvent } from './envelope.js';
import { checkClaim, claimsOf, type CommandKeyClaim } from './command-keys.js';
import { checkExpectedRevision } from './errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
} from './port.js';

export class OverlayStore implements EventStore {
  readonly kind;
  private readonly appends: StreamAppend[] = [];
  private readonly buffered = new Map<string, RecordedEvent[]>();
  private readonly all: RecordedEvent[] = [];
  private readonly keys = new Map<string, CommandKeyClaim>();
  private baseHead: bigint | undefined;

  constructor(private readonly base: EventStore) {
    this.kind = base.kind;
  }

  /** The appends made on the overlay, in order, each at the revision it was decided on. */
  pending(): readonly StreamAppend[] {
    return this.appends;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const last = await this.lastOf(streamId);
    checkExpectedRevision(streamId, options.expectedRevision, last ? last.revision : -1n);
    const claims = claimsOf(streamId, events);
    for (const claim of claims) checkClaim(this.keys.get(claim.commandId), claim);
    const head = await this.headPosition();
    const chained = chainEvents(
      streamId,
      events,
      last ? last.revision + 1n : 0n,
      last ? last.metadata.hash : GENESIS_HASH,
    );
    const recorded = chained.map((event, index) => ({ ...event, position: head + 1n + BigInt(index) }));
    this.appends.push({ streamId, events, expectedRevision: last ? last.revision : 'no_stream' });
    this.buffered.set(streamId, [...(this.buffered.get(streamId) ?? []), ...recorded]);
    this.all.push(...recorded);
    for (const claim of claims) if (!this.keys.has(claim.commandId)) this.keys.set(claim.commandId, claim);
    const tail = recorded.at(-1)!;
    return { nextRevision: tail.revision, position: tail.position, events: recorded };
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let left = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    for await (const event of this.base.readStream(streamId, options)) {
      if (left-- <= 0) return;
      yield event;
    }
    const from = options.fromRevision ?? 0n;
    for (const event of this.buffered.get(streamId) ?? []) {
      if (event.revision < from) continue;
      if (left-- <= 0) return;
      yield event;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let left = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    for await (const event of this.base.readAll(options)) {
      if (left-- <= 0) return;
      yield event;
    }
    for (const event of this.all) {
      if (options.fromPosition !== undefined && event.position < options.fromPosition) continue;
      if (left-- <= 0) return;
      yield event;
    }
  }

  async streamOfCommand(commandId: string): Promise<string | undefined> {
    return this.keys.get(commandId)?.streamId ?? (await this.base.streamOfCommand?.(commandId));
  }

  async headPosition(): Promise<bigint> {
    this.baseHead ??= await this.base.headPosition();
    return this.all.at(-1)?.position ?? this.baseHead;
  }

  /** Closing the overlay leaves the real store open: it belongs to whoever laid the overlay. */
  async close(): Promise<void> {}

  private async lastOf(streamId: string): Promise<RecordedEvent | undefined> {
    const buffered = this.buffered.get(streamId)?.at(-1);
    if (buffered) return buffered;
    let last: RecordedEvent | undefined;
    for await (const event of this.base.readStream(streamId)) last = event;
    return last;
  }
}
