/**
 * The command runner: read the stream, fold, decide, append at the revision read. A conflict with
 * another writer means re-read and re-decide, a bounded number of times. A command whose commandId
 * the stream already holds returns its original result and appends nothing.
 */
import { monotonicFactory } from 'ulid';
import { pooledRandom } from './random-source.js';
import { commandEntry, deciderForStream, eventSchemaOf } from '../domain/index.js';
import { createHash } from 'node:crypto';
import { isRejection, reject, type DomainCommand, type DomainEvent, type Rejection } from '../domain/shared/decider.js';
import type { AnyDecider } from '../domain/shared/feature.js';
import { relatedFrom } from '../domain/related.js';
import {
  canonicalJson,
  SCHEMA_VERSION,
  type Actor,
  type NewEvent,
  type RecordedEvent,
  type SourceReference,
} from './envelope.js';
import { isIdempotencyKeyReused, reuseOf } from './command-keys.js';
import { isWrongExpectedRevision } from './errors.js';
import { KeyedLock } from './keyed-lock.js';
import type { EventStore } from './port.js';
import { StreamCache, type StreamSnapshot } from './stream-cache.js';

export interface CommandContext {
  /** Idempotency key: a retried command with the same id appends nothing. */
  readonly commandId: string;
  readonly actor: Actor;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Business time, e.g. the meeting date; defaults to the time of recording. */
  readonly occurredAt?: string;
  readonly source?: SourceReference;
  /** Optimistic concurrency from the caller (HTTP If-Match): the revision the caller last saw. */
  readonly expectedRevision?: bigint;
}

export type CommandOutcome =
  | {
      readonly status: 'accepted';
      readonly streamId: string;
      /** The stream's revision after the command, -1n if it appended nothing to a new stream. */
      readonly revision: bigint;
      /** Global position of the command's last event, -1n if it appended nothing. */
      readonly position: bigint;
      readonly events: readonly RecordedEvent[];
      /** True when this is a retry of a command already recorded. */
      readonly replayed: boolean;
    }
  | { readonly status: 'rejected'; readonly streamId: string; readonly rejection: Rejection }
  | { readonly status: 'conflict'; readonly streamId: string; readonly expected: bigint; readonly actual: bigint }
  | { readonly status: 'invalid'; readonly issues: ReadonlyArray<{ path: string; message: string }> };

interface HashedContext extends CommandContext {
  readonly commandHash: string;
}

/** One attempt at a command: what each named step of decideAndAppend looks at. */
interface Attempt {
  readonly decider: AnyDecider;
  readonly stream: string;
  readonly command: DomainCommand;
  readonly context: HashedContext;
  readonly snapshot: StreamSnapshot;
  /** True from the second attempt: the snapshot was caught up with the store. */
  readonly fresh: boolean;
  readonly attempt: number;
}

/** A step's answer meaning: catch up with the store and try again. */
const RETRY = Symbol('retry');

/** The one rejection the runner itself makes: an idempotency key that already stands for another command. */
function keyReused(stream: string, usedFor: string): CommandOutcome {
  return {
    status: 'rejected',
    streamId: stream,
    rejection: reject(
      'IDEMPOTENCY_KEY_REUSED',
      `This idempotency key was already used for ${usedFor}; use a new key for a new command.`,
    ),
  };
}

export interface RunnerOptions {
  readonly clock?: () => Date;
  readonly maxAttempts?: number;
}

export class CommandRunner {
  private readonly cache: StreamCache;
  private readonly locks = new KeyedLock();
  private readonly newId = monotonicFactory(pooledRandom());
  private readonly clock: () => Date;
  private readonly maxAttempts: number;

  constructor(
    readonly store: EventStore,
    options: RunnerOptions = {},
  ) {
    this.cache = new StreamCache(store);
    this.clock = options.clock ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 10;
  }

  /** A runner deciding on `store` (an overlay, say) exactly as this one does, with the same clock. */
  on(store: EventStore): CommandRunner {
    return new CommandRunner(store, { clock: this.clock, maxAttempts: this.maxAttempts });
  }

  async run(command: DomainCommand, context: CommandContext): Promise<CommandOutcome> {
    const entry = commandEntry(command.type);
    if (!entry)
      return { status: 'invalid', issues: [{ path: 'type', message: `unknown command type ${command.type}` }] };
    const parsed = entry.definition.schema.safeParse(command.data);
    if (!parsed.success) {
      return {
        status: 'invalid',
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      };
    }
    const valid = { type: command.type, data: parsed.data };
    const stream = entry.decider.streamIdOf(valid);
    const commandHash = createHash('sha256').update(canonicalJson(valid)).digest('hex');
    return this.locks.run(stream, () =>
      this.decideAndAppend(entry.decider, stream, valid, { ...context, commandHash }),
    );
  }

  /** A stream's current revision (-1n when it has no events), read from the store: for ETags. */
  async currentRevision(stream: string): Promise<bigint> {
    const decider = deciderForStream(stream);
    if (!decider) return -1n;
    return (await this.cache.catchUp(stream, decider)).revision;
  }

  /**
   * The first attempt decides on the snapshot this process already holds (no read); anything that
   * could have been caused by a stale snapshot (a conflict, a rejection, an If-Match mismatch) is
   * re-tried once on a snapshot caught up with the store before it is reported.
   */
  private async decideAndAppend(
    decider: AnyDecider,
    stream: string,
    command: DomainCommand,
    context: HashedContext,
  ): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt++) {
      const fresh = attempt > 1;
      const snapshot = fresh ? await this.cache.catchUp(stream, decider) : await this.cache.known(stream, decider);
      const step: Attempt = { decider, stream, command, context, snapshot, fresh, attempt };
      const outcome =
        (await this.replayOf(step)) ??
        (await this.keyReuse(step)) ??
        this.expectedRevision(step) ??
        (await this.decideOn(step));
      if (outcome !== RETRY) return outcome;
    }
  }

  /** Replay: the snapshot already holds this commandId, so the command was recorded before. */
  private async replayOf({ stream, command, context, snapshot }: Attempt): Promise<CommandOutcome | undefined> {
    const earlier = snapshot.commands.get(context.commandId);
    if (!earlier) return undefined;
    // Events recorded before commands were fingerprinted carry no hash; their type is all there is to compare.
    const { commandType, commandHash, actorId } = earlier;
    const held = { commandId: context.commandId, streamId: stream, commandType, commandHash, actorId };
    const usedFor = reuseOf(held, {
      ...held,
      commandType: command.type,
      commandHash: context.commandHash,
      actorId: context.actor.id,
    });
    if (usedFor !== undefined) return keyReused(stream, usedFor);
    const range = { fromRevision: earlier.firstRevision, maxCount: earlier.count };
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readStream(stream, range)) events.push(event);
    const last = events.at(-1)!;
    return {
      status: 'accepted',
      streamId: stream,
      revision: last.revision,
      position: last.position,
      events,
      replayed: true,
    };
  }

  /** Key reuse: the key stands for a command on another stream, or on this one beyond a stale snapshot. */
  private async keyReuse({ stream, context, fresh }: Attempt): Promise<CommandOutcome | typeof RETRY | undefined> {
    const elsewhere = await this.store.streamOfCommand?.(context.commandId);
    if (elsewhere !== undefined && elsewhere !== stream) return keyReused(stream, `a command on ${elsewhere}`);
    if (elsewhere === stream && !fresh) return RETRY;
    return undefined;
  }

  /** Expected revision: the caller's If-Match, checked against a fresh snapshot before it is refused. */
  private expectedRevision({ stream, context, snapshot, fresh }: Attempt): CommandOutcome | typeof RETRY | undefined {
    const expected = context.expectedRevision;
    if (expected === undefined || expected === snapshot.revision) return undefined;
    return fresh ? { status: 'conflict', streamId: stream, expected, actual: snapshot.revision } : RETRY;
  }

  /** Decide: a rejection stands only on a fresh snapshot; no events is an accepted no-op. */
  private async decideOn(step: Attempt): Promise<CommandOutcome | typeof RETRY> {
    const { decider, stream, command, snapshot, fresh } = step;
    const related = await this.loadRelated(decider, command, snapshot.state);
    const decision: readonly DomainEvent[] | Rejection = decider.decide(command, snapshot.state, related);
    if (isRejection(decision)) return fresh ? { status: 'rejected', streamId: stream, rejection: decision } : RETRY;
    if (decision.length === 0) {
      return {
        status: 'accepted',
        streamId: stream,
        revision: snapshot.revision,
        position: -1n,
        events: [],
        replayed: false,
      };
    }
    return this.appendOrRetry(step, decision);
  }

  /** Append at the snapshot's revision; another writer in between means retry, up to maxAttempts. */
  private async appendOrRetry(step: Attempt, decision: readonly DomainEvent[]): Promise<CommandOutcome | typeof RETRY> {
    const { decider, stream, command, context, snapshot, fresh, attempt } = step;
    try {
      const result = await this.store.append(stream, this.envelope(command, decision, context), {
        expectedRevision: snapshot.revision < 0n ? 'no_stream' : snapshot.revision,
      });
      this.cache.record(stream, decider, result.events);
      return {
        status: 'accepted',
        streamId: stream,
        revision: result.nextRevision,
        position: result.position,
        events: result.events,
        replayed: false,
      };
    } catch (error) {
      // Another request claimed the key for another command since the lookup: it won.
      if (isIdempotencyKeyReused(error)) return keyReused(stream, error.usedFor);
      if (!isWrongExpectedRevision(error)) throw error;
      if ((fresh && context.expectedRevision !== undefined) || attempt >= this.maxAttempts) {
        return { status: 'conflict', streamId: stream, expected: snapshot.revision, actual: error.actual };
      }
      return RETRY;
    }
  }

  private async loadRelated(decider: AnyDecider, command: DomainCommand, state: unknown) {
    const states = new Map<string, unknown>();
    for (const other of decider.related?.(command, state) ?? []) {
      const otherDecider = deciderForStream(other);
      if (!otherDecider) continue;
      const snapshot: StreamSnapshot = await this.cache.catchUp(other, otherDecider);
      if (snapshot.revision >= 0n) states.set(other, snapshot.state);
    }
    return relatedFrom(states);
  }

  private envelope(command: DomainCommand, events: readonly DomainEvent[], context: HashedContext): NewEvent[] {
    const recordedAt = this.clock().toISOString();
    return events.map((event) => {
      const schema = eventSchemaOf(event.type);
      if (!schema) throw new Error(`Bug: decider produced ${event.type}, which has no registered schema`);
      return {
        eventId: this.newId(),
        type: event.type,
        data: definedFields(schema.parse(event.data)),
        metadata: {
          commandId: context.commandId,
          commandType: command.type,
          commandHash: context.commandHash,
          correlationId: context.correlationId ?? context.commandId,
          causationId: context.causationId ?? context.commandId,
          actor: context.actor,
          recordedAt,
          occurredAt: context.occurredAt ?? recordedAt,
          ...(context.source ? { source: context.source } : {}),
          schemaVersion: SCHEMA_VERSION,
        },
      };
    });
  }
}

/**
 * An event's data with its top-level undefined fields left out: deciders build data field by field
 * (`{ note, reason }`), and the stored event says only what is known, in every adapter alike.
 */
function definedFields(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
