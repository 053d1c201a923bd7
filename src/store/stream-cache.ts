/**
 * The runner's memory of streams it has folded: revision, state, and which commands each holds.
 * Never trusted blindly: before every decision the runner reads whatever was appended after the
 * cached revision, so another process's appends are always seen.
 */
import type { RecordedEvent } from './envelope.js';
import type { EventStore } from './port.js';
import type { AnyDecider } from '../domain/shared/feature.js';

export interface CommandRecord {
  readonly commandType: string;
  readonly commandHash: string | undefined;
  /** Who recorded the command: a key is one actor's. */
  readonly actorId: string;
  readonly firstRevision: bigint;
  readonly count: number;
}

export interface StreamSnapshot {
  /** Current revision, -1n when the stream has no events. */
  revision: bigint;
  state: unknown;
  readonly commands: Map<string, CommandRecord>;
}

export class StreamCache {
  private readonly snapshots = new Map<string, StreamSnapshot>();

  constructor(
    private readonly store: EventStore,
    private readonly maxStreams = 10_000,
  ) {}

  /** Brings the stream's snapshot up to date with the store and returns it. */
  async catchUp(stream: string, decider: AnyDecider): Promise<StreamSnapshot> {
    const snapshot = this.snapshots.get(stream) ?? { revision: -1n, state: decider.initialState, commands: new Map() };
    for await (const event of this.store.readStream(stream, { fromRevision: snapshot.revision + 1n })) {
      // Two callers may catch up the same snapshot at once (a stream read as related to another);
      // each event is folded exactly once, in order.
      if (event.revision === snapshot.revision + 1n) applyToSnapshot(snapshot, decider, event);
    }
    this.remember(stream, snapshot);
    return snapshot;
  }

  /**
   * The snapshot as this process last saw it, without asking the store, or a fresh one for a stream
   * not seen before. It may miss another process's appends: the runner's append at the snapshot's
   * revision then fails and the runner catches up, so a stale snapshot never leads to a wrong write.
   */
  async known(stream: string, decider: AnyDecider): Promise<StreamSnapshot> {
    return this.snapshots.get(stream) ?? this.catchUp(stream, decider);
  }

  /** Folds events this process has just appended into the cached snapshot. */
  record(stream: string, decider: AnyDecider, events: readonly RecordedEvent[]): void {
    const snapshot = this.snapshots.get(stream);
    if (!snapshot) return;
    for (const event of events) {
      if (event.revision === snapshot.revision + 1n) applyToSnapshot(snapshot, decider, event);
    }
  }

  private remember(stream: string, snapshot: StreamSnapshot): void {
    this.snapshots.delete(stream);
    this.snapshots.set(stream, snapshot);
    if (this.snapshots.size > this.maxStreams) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
    }
  }
}

function applyToSnapshot(snapshot: StreamSnapshot, decider: AnyDecider, event: RecordedEvent): void {
  snapshot.state = decider.evolve(snapshot.state, { type: event.type, data: event.data });
  snapshot.revision = event.revision;
  const { commandId, commandType, commandHash, actor } = event.metadata;
  const existing = snapshot.commands.get(commandId);
  if (existing) snapshot.commands.set(commandId, { ...existing, count: existing.count + 1 });
  else
    snapshot.commands.set(commandId, {
      commandType,
      commandHash,
      actorId: actor.id,
      firstRevision: event.revision,
      count: 1,
    });
}
