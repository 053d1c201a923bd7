/**
 * A stand-in for an EventStoreDB server behind @eventstore/db-client, so the contract suite exercises
 * the adapter's own logic where no container runtime exists. It keeps the server behaviours the adapter
 * relies on: positions are byte offsets with gaps (so `position + 1n` lands inside a record, where a
 * read cannot start), the server writes events of its own into $all between ours, expected revisions
 * are enforced with the client's WrongExpectedVersionError, a resent append with the same event ids at
 * the same revision succeeds without writing twice, and reading a missing stream fails with
 * StreamNotFoundError. The real server is covered by tests/store/eventstoredb.int.test.ts.
 */
import { randomUUID } from 'node:crypto';
import {
  ANY,
  BACKWARDS,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { EsdbConnection } from '../../src/store/eventstoredb/connection.js';

interface LogRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly data: string;
  readonly metadata: string;
  readonly position: bigint;
}

const RECORD_OVERHEAD_BYTES = 90n;

export class FakeEventStoreDb implements EsdbConnection {
  private readonly log: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private end = 0n;
  private appends = 0;
  /** The next this-many appends are written but their replies are lost, as when a connection drops. */
  dropRepliesAfterWrite = 0;
  /** While true, every request fails as if the server were down. */
  unavailable = false;

  constructor() {
    this.write('$settings', '$settings', '{}');
  }

  async appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult> {
    await this.roundTrip();
    const stream = this.streams.get(streamName) ?? [];
    const current = BigInt(stream.length) - 1n;
    const expected = options.expectedRevision ?? ANY;
    if (!this.isResend(stream, expected, events)) {
      if (!matches(expected, current)) {
        throw new WrongExpectedVersionError(undefined, { streamName, expected, current: current < 0n ? NO_STREAM : current });
      }
      this.writeAppend(streamName, events);
    }
    if (this.dropRepliesAfterWrite > 0) {
      this.dropRepliesAfterWrite--;
      throw new UnavailableError(undefined, 'the connection dropped before the reply');
    }
    const last = this.streams.get(streamName)!.at(-1)!;
    return { success: true, nextExpectedRevision: last.revision, position: { commit: last.position, prepare: last.position } };
  }

  async *readStream(streamName: string, options: ReadStreamOptions): AsyncIterable<ResolvedEvent> {
    await this.roundTrip();
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const ordered = options.direction === BACKWARDS ? [...stream].reverse() : stream;
    const from = options.fromRevision;
    const selected = ordered.filter((record) => typeof from !== 'bigint' || (options.direction === BACKWARDS ? record.revision <= from : record.revision >= from));
    for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) yield { event: toEvent(record) } as ResolvedEvent;
  }

  async *readAll(options: ReadAllOptions): AsyncIterable<AllStreamResolvedEvent> {
    await this.roundTrip();
    const from = options.fromPosition;
    if (typeof from === 'object' && (from.commit !== from.prepare || (from.commit < this.end && !this.log.some((record) => record.position === from.commit)))) {
      throw new Error(`Invalid position ${from.commit}/${from.prepare}: not the start of a record`);
    }
    const backwards = options.direction === BACKWARDS;
    const ordered = backwards ? [...this.log].reverse() : this.log;
    // Forwards a position is inclusive; backwards it is the end of the previous record, so exclusive.
    const selected = ordered.filter((record) => typeof from !== 'object' || (backwards ? record.position < from.commit : record.position >= from.commit));
    for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) {
      yield { event: toEvent(record), commitPosition: record.position } as AllStreamResolvedEvent;
    }
  }

  async dispose(): Promise<void> {}

  /** The events of one stream as stored, for tests that look behind the adapter. */
  storedIds(streamName: string): string[] {
    return (this.streams.get(streamName) ?? []).map((record) => record.id);
  }

  private async roundTrip(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.unavailable) throw new UnavailableError(undefined, 'No connection established');
  }

  /** The server's idempotency check: the same ids at the same revision are the same append, resent. */
  private isResend(stream: readonly LogRecord[], expected: AppendExpectedRevision, events: readonly EventData[]): boolean {
    const after = expected === NO_STREAM ? 0 : typeof expected === 'bigint' ? Number(expected) + 1 : undefined;
    if (after === undefined || stream.length < after + events.length) return false;
    return events.every((event, index) => stream[after + index]!.id === event.id);
  }

  private writeAppend(streamName: string, events: readonly EventData[]): void {
    for (const event of events) this.write(streamName, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), event.id);
    // The real server writes its statistics into $all every so often, between the ledger's events.
    if (++this.appends % 3 === 0) this.write('$stats-127.0.0.1:2113', '$statsCollected', '{"proc-cpu":1}');
  }

  private write(streamId: string, type: string, data: string, metadata = '{}', id: string = randomUUID()): void {
    const stream = this.streams.get(streamId) ?? [];
    const record = { streamId, id, type, revision: BigInt(stream.length), data, metadata, position: this.end };
    stream.push(record);
    this.streams.set(streamId, stream);
    this.log.push(record);
    this.end += RECORD_OVERHEAD_BYTES + BigInt(data.length + metadata.length);
  }
}

function matches(expected: AppendExpectedRevision, current: bigint): boolean {
  if (expected === ANY) return true;
  if (expected === NO_STREAM) return current < 0n;
  if (expected === STREAM_EXISTS) return current >= 0n;
  return expected === current;
}

function toEvent(record: LogRecord) {
  const position = { commit: record.position, prepare: record.position };
  const { streamId, id, type, revision } = record;
  return { streamId, id, type, revision, isJson: true, created: new Date(0), data: JSON.parse(record.data), metadata: JSON.parse(record.metadata), position };
}
