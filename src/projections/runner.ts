/**
 * The projection runner. Each projection has a checkpoint (the position of the last event it
 * applied); the runner reads `readAll` from the lowest checkpoint and, for each page of events,
 * writes every projection's rows and checkpoint in one SQLite transaction, so a crash never applies
 * an event twice or skips one. A projection whose version changed is emptied and replayed.
 */
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../store/envelope.js';
import { StoreError } from '../store/errors.js';
import { sqliteFailureCode } from '../store/sqlite/sqlite-errors.js';
import type { EventStore } from '../store/port.js';
import { toProjectedEvent } from './projected-event.js';
import type { Projection, ProjectedEvent } from './projection.js';

const PAGE_SIZE = 10_000;

export interface CatchUpProgress {
  readonly done: number;
  readonly position: bigint;
  readonly head: bigint;
}

interface Prepared {
  readonly projection: Projection;
  readonly fold: (event: ProjectedEvent) => void;
  checkpoint: bigint;
}

export class ProjectionRunner {
  private readonly prepared: Prepared[];
  private readonly saveCheckpoint;
  private running: Promise<bigint> | undefined;

  constructor(
    private readonly store: EventStore,
    readonly db: Database.Database,
    readonly projections: readonly Projection[],
  ) {
    const checkpoints = db.prepare<[string], { version: number; position: number }>(
      'SELECT version, position FROM projection_checkpoints WHERE name = ?',
    );
    this.saveCheckpoint = db.prepare<[string, number, number]>(
      'INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position',
    );
    this.prepared = projections.map((projection) => {
      const saved = checkpoints.get(projection.name);
      if (saved && saved.version !== projection.version) this.reset(projection);
      db.exec(projection.tables);
      const checkpoint = saved && saved.version === projection.version ? BigInt(saved.position) : -1n;
      return { projection, fold: projection.prepare(db), checkpoint };
    });
  }

  /** The position every projection has reached (the lowest checkpoint); -1n before the first event. */
  get position(): bigint {
    return this.prepared.reduce((low, p) => (p.checkpoint < low ? p.checkpoint : low), this.prepared[0]?.checkpoint ?? -1n);
  }

  checkpointOf(name: string): bigint | undefined {
    return this.prepared.find((p) => p.projection.name === name)?.checkpoint;
  }

  /**
   * Applies every event recorded so far. Concurrent callers share one pass; a call made while a
   * pass runs waits for a further pass, so it always sees the events appended before it was made.
   */
  catchUp(onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    if (this.running) return this.running.then(() => this.catchUp(onProgress));
    this.running = this.pass(onProgress).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Empties the named projections (all when none are named) and replays them from the first event. */
  async rebuild(names?: readonly string[], onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    await this.running;
    for (const prepared of this.prepared) {
      if (names && !names.includes(prepared.projection.name)) continue;
      this.reset(prepared.projection);
      this.db.exec(prepared.projection.tables);
      prepared.checkpoint = -1n;
    }
    return this.catchUp(onProgress);
  }

  private async pass(onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    const head = await this.store.headPosition();
    let done = 0;
    let after = this.position;
    for (;;) {
      const page: RecordedEvent[] = [];
      for await (const event of this.store.readAll({ after, maxCount: PAGE_SIZE })) page.push(event);
      if (page.length === 0) return this.position;
      this.applyPage(page);
      after = page.at(-1)!.position;
      done += page.length;
      onProgress?.({ done, position: page.at(-1)!.position, head });
      if (page.length < PAGE_SIZE) return this.position;
      // Reading and folding are synchronous underneath; without this a long catch-up would hold the
      // event loop, and a server could not answer /ready or a read until it had finished.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private applyPage(page: readonly RecordedEvent[]): void {
    const transaction = this.db.transaction(() => {
      for (const recorded of page) {
        const event = toProjectedEvent(recorded);
        for (const prepared of this.prepared) {
          if (recorded.position > prepared.checkpoint && event) prepared.fold(event);
        }
      }
      const last = page.at(-1)!.position;
      for (const prepared of this.prepared) {
        if (last > prepared.checkpoint) this.saveCheckpoint.run(prepared.projection.name, prepared.projection.version, Number(last));
      }
    });
    try {
      transaction.immediate();
    } catch (error) {
      throw readModelFailure(error);
    }
    const last = page.at(-1)!.position;
    for (const prepared of this.prepared) if (last > prepared.checkpoint) prepared.checkpoint = last;
  }

  private reset(projection: Projection): void {
    this.db.transaction(() => {
      for (const table of projection.tableNames) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
      this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(projection.name);
    })();
  }
}

/**
 * The read-model file failing (locked, full, read-only) is an adapter failure, not a bug: the events
 * are safe in the store, and the same catch-up can be tried again. A fold that throws anything else is a bug.
 */
function readModelFailure(error: unknown): unknown {
  const kind = sqliteFailureCode(error);
  if (kind === undefined || kind === 'INVALID_EVENT') return error;
  const detail = `The read models could not be brought up to date (${(error as Error).message}); the events recorded are safe in the event store.`;
  return new StoreError(kind, `${detail} Retry a command with the same Idempotency-Key to get its original result.`, { cause: error });
}
