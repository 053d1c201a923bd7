/**
 * A stand-in for an EventStoreDB server behind @eventstore/db-client, so the contract suite and the
 * fault cases exercise the adapter's own logic where no container runtime exists. It keeps the server
 * behaviours the adapter relies on, with the client's own error classes (fake-esdb-errors.ts):
 * - positions are byte offsets with gaps, and a read of $all from a position that is not the start of
 *   a record is refused as an invalid position; the server writes events of its own between ours;
 * - expected revisions are enforced; a resent append with the same event ids at the same revision
 *   succeeds without writing twice (the server's idempotency check);
 * - MaxAppendSize, counted as from 24.10.4: data + metadata + 2 x type, over the whole append;
 * - subscribeToAll with the client's filters, catch-up then live (fake-esdb-subscription.ts);
 * - faults: the server down, a reply lost after the write, CANCELLED during an append (written, then
 *   the node terminated), a follower answering NotLeader with the leader's address (the client then
 *   reconnects there: `redirects` counts them), and access denied.
 * The real server is covered by tests/store/eventstoredb.int.test.ts where a container engine exists.
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
  type AllStreamSubscription,
  type AppendExpectedRevision,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import type { EsdbConnection } from '../../src/store/eventstoredb/connection.js';
import { accessDenied, cancelled, invalidPosition, maxAppendSizeExceeded, notLeader } from './fake-esdb-errors.js';
import { FakeSubscription, type SubscribedRecord } from './fake-esdb-subscription.js';

interface LogRecord extends SubscribedRecord {
  readonly id: string;
  readonly revision: bigint;
  readonly data: string;
  readonly metadata: string;
}

const RECORD_OVERHEAD_BYTES = 90n;

export class FakeEventStoreDb implements EsdbConnection {
  private readonly log: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private readonly subscriptions = new Set<FakeSubscription>();
  private end = 0n;
  private appends = 0;
  /** The server's MaxAppendSize in bytes (its default, 1 MiB). */
  maxAppendSize = 1024 * 1024;
  /** The next this-many appends are written but their replies are lost, as when a connection drops. */
  dropRepliesAfterWrite = 0;
  /** The next this-many appends are written, then the node is terminated and the call CANCELLED. */
  cancelAfterWrite = 0;
  /** The next this-many appends reach a follower, which writes nothing and names the leader. */
  answerNotLeader = 0;
  /** NotLeader replies given; the client reconnects to the leader each names. */
  redirects = 0;
  /** The next append to this stream fails before anything is written, as when a process crashes mid-command. */
  failNextAppendTo: string | undefined;
  /** While true, every request fails as if the server were down, and live subscriptions drop. */
  unavailable = false;
  /** While true, every request is refused for want of rights, as for a wrong password. */
  denyAccess = false;
  /** Records returned by reads of $all, for tests of how much a read costs. */
  recordsReadFromAll = 0;
  subscriptionsOpened = 0;

  constructor() {
    this.write('$settings', '$settings', '{}');
  }

  async appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult> {
    await this.roundTrip();
    if (this.answerNotLeader > 0) {
      this.answerNotLeader--;
      this.redirects++;
      throw notLeader('esdb-node2', 2113);
    }
    if (this.failNextAppendTo === streamName) {
      this.failNextAppendTo = undefined;
      throw new UnavailableError(undefined, 'the writer went away before the append was sent');
    }
    const size = events.reduce((total, event) => total + sizeOnDisk(event), 0);
    if (size > this.maxAppendSize) throw maxAppendSizeExceeded(this.maxAppendSize);
    const stream = this.streams.get(streamName) ?? [];
    const current = BigInt(stream.length) - 1n;
    const expected = options.expectedRevision ?? ANY;
    if (!this.isResend(stream, expected, events)) {
      if (!matches(expected, current)) {
        throw new WrongExpectedVersionError(undefined, {
          streamName,
          expected,
          current: current < 0n ? NO_STREAM : current,
        });
      }
      this.writeAppend(streamName, events);
    }
    if (this.dropRepliesAfterWrite > 0) {
      this.dropRepliesAfterWrite--;
      throw new UnavailableError(undefined, 'the connection dropped before the reply');
    }
    if (this.cancelAfterWrite > 0) {
      this.cancelAfterWrite--;
      throw cancelled();
    }
    const last = this.streams.get(streamName)!.at(-1)!;
    return {
      success: true,
      nextExpectedRevision: last.revision,
      position: { commit: last.position, prepare: last.position },
    };
  }

  async *readStream(streamName: string, options: ReadStreamOptions): AsyncIterable<ResolvedEvent> {
    await this.roundTrip();
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const ordered = options.direction === BACKWARDS ? [...stream].reverse() : stream;
    const from = options.fromRevision;
    const selected = ordered.filter(
      (record) =>
        typeof from !== 'bigint' ||
        (options.direction === BACKWARDS ? record.revision <= from : record.revision >= from),
    );
    for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)))
      yield { event: toEvent(record) };
  }

  async *readAll(options: ReadAllOptions): AsyncIterable<AllStreamResolvedEvent> {
    await this.roundTrip();
    const from = options.fromPosition;
    if (
      typeof from === 'object' &&
      (from.commit !== from.prepare ||
        (from.commit < this.end && !this.log.some((record) => record.position === from.commit)))
    ) {
      throw invalidPosition();
    }
    const backwards = options.direction === BACKWARDS;
    const ordered = backwards ? [...this.log].reverse() : this.log;
    // Forwards a position is inclusive; backwards it is the end of the previous record, so exclusive.
    const selected = ordered.filter(
      (record) =>
        typeof from !== 'object' || (backwards ? record.position < from.commit : record.position >= from.commit),
    );
    for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) {
      this.recordsReadFromAll++;
      yield record.resolved;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllStreamSubscription {
    const subscription = new FakeSubscription(options, (closed) => this.subscriptions.delete(closed));
    this.subscriptionsOpened++;
    setImmediate(() => {
      if (this.unavailable || this.denyAccess)
        return subscription.fail(
          this.unavailable ? new UnavailableError(undefined, 'No connection established') : accessDenied(),
        );
      this.subscriptions.add(subscription);
      subscription.start(this.log);
    });
    return subscription;
  }

  /** Takes the server down (every live subscription fails) or brings it back. */
  setUnavailable(unavailable: boolean): void {
    this.unavailable = unavailable;
    if (unavailable)
      for (const subscription of [...this.subscriptions])
        subscription.fail(new UnavailableError(undefined, 'the server went away'));
  }

  /** Writes an event as another application (or a test write through the admin UI) would: no ledger envelope. */
  writeForeign(streamName: string, type = 'SomethingElseHappened', data = '{"note":"not the ledger"}'): void {
    this.write(streamName, type, data);
  }

  async dispose(): Promise<void> {}

  /** The events of one stream as stored, for tests that look behind the adapter. */
  storedIds(streamName: string): string[] {
    return (this.streams.get(streamName) ?? []).map((record) => record.id);
  }

  streamNames(): string[] {
    return [...this.streams.keys()];
  }

  private async roundTrip(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.unavailable) throw new UnavailableError(undefined, 'No connection established');
    if (this.denyAccess) throw accessDenied();
  }

  /** The server's idempotency check: the same ids at the same revision are the same append, resent. */
  private isResend(
    stream: readonly LogRecord[],
    expected: AppendExpectedRevision,
    events: readonly EventData[],
  ): boolean {
    const after = expected === NO_STREAM ? 0 : typeof expected === 'bigint' ? Number(expected) + 1 : undefined;
    if (after === undefined || stream.length < after + events.length) return false;
    return events.every((event, index) => stream[after + index]!.id === event.id);
  }

  private writeAppend(streamName: string, events: readonly EventData[]): void {
    for (const event of events)
      this.write(streamName, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), event.id);
    // The real server writes its statistics into $all every so often, between the ledger's events.
    if (++this.appends % 3 === 0) this.write('$stats-127.0.0.1:2113', '$statsCollected', '{"proc-cpu":1}');
  }

  private write(streamId: string, type: string, data: string, metadata = '{}', id: string = randomUUID()): void {
    const stream = this.streams.get(streamId) ?? [];
    const base = { streamId, id, type, revision: BigInt(stream.length), data, metadata, position: this.end };
    const record: LogRecord = { ...base, resolved: { event: toEvent(base), commitPosition: base.position } };
    stream.push(record);
    this.streams.set(streamId, stream);
    this.log.push(record);
    this.end += RECORD_OVERHEAD_BYTES + BigInt(data.length + metadata.length);
    for (const subscription of this.subscriptions) subscription.offer(record);
  }
}

/** The server's count for MaxAppendSize (Event.SizeOnDisk from 24.10.4): data + metadata + 2 x type. */
function sizeOnDisk(event: EventData): number {
  return (
    Buffer.byteLength(JSON.stringify(event.data)) +
    Buffer.byteLength(JSON.stringify(event.metadata ?? {})) +
    2 * event.type.length
  );
}

function matches(expected: AppendExpectedRevision, current: bigint): boolean {
  if (expected === ANY) return true;
  if (expected === NO_STREAM) return current < 0n;
  if (expected === STREAM_EXISTS) return current >= 0n;
  return expected === current;
}

function toEvent(record: Omit<LogRecord, 'resolved'>) {
  const position = { commit: record.position, prepare: record.position };
  const { streamId, id, type, revision } = record;
  return {
    streamId,
    id,
    type,
    revision,
    isJson: true,
    created: new Date(0),
    data: JSON.parse(record.data),
    metadata: JSON.parse(record.metadata),
    position,
  };
}
