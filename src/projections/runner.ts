/**
 * The projection runner. Each projection has a checkpoint (the position of the last event it
 * applied); the runner reads `readAll` from the lowest checkpoint and, for each page of events,
 * writes every projection's rows and checkpoint in one IMMEDIATE SQLite transaction, so a crash
 * never applies an event twice or skips one. The checkpoints are read from the file inside that
 * transaction: another process folding into the same file (`ledger import` while a server follows)
 * may have applied some of the page already, and those events are passed over, not counted twice.
 * A projection whose version changed is emptied and replayed.
 */
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../store/envelope.js';
import { StoreError } from '../store/errors.js';
import { appliedUpTo, Checkpoints } from './checkpoints.js';
import { KnowledgeClock } from './clock.js';
import { sqliteFailureCode } from '../store/sqlite/sqlite-errors.js';
import type { EventStore } from '../store/port.js';
import { toProjectedEvent } from './projected-event.js';
import type { Fold, Projection } from './projection.js';
import { beginBulkVersions, bulkVersionsPending, finishBulkVersions } from './bulk-versions.js';
import { createVersions, foldPositionCell, logTableOf, versionsTableOf } from './versions.js';

/**
 * Events folded per transaction. Half of what it was: at 1,000,000 events the page held in memory
 * was 10 to 15 MiB of a rebuild's peak, and the CPU time did not move between 5,000 and 40,000 (issue 18).
 */
const PAGE_SIZE = 5_000;

/** From how many events a projection folding from empty writes its versions in bulk (see bulk-versions.ts). */
const BULK_FROM = 10_000;

/** The page cache of a bulk pass, in KiB (see beginBulk). */
const BULK_CACHE_KIB = 49_152;

/**
 * The page cache while the versions a bulk pass logged are written, in KiB: SQLite sorts them (the
 * window that closes each version, the indexes built after) in memory up to the cache's size, and at
 * 1,000,000 events that sort was the rebuild's peak (398 MiB resident against 314 with this, in the
 * same CPU time; issue 18). What it sorts beyond this goes through temporary files.
 */
const FINISH_CACHE_KIB = 8_192;

/** The connection's page cache, in bytes (a negative cache_size is in KiB, a positive one in pages). */
function cacheBytes(db: Database.Database): number {
  const size = db.pragma('cache_size', { simple: true }) as number;
  return size < 0 ? -size * 1024 : size * (db.pragma('page_size', { simple: true }) as number);
}

/** Gives the connection a page cache of `kib` KiB; returns the setting it had, for `cache_size = ` to give back. */
function swapCache(db: Database.Database, kib: number): number {
  const previous = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${kib}`);
  return previous;
}

export interface RunnerOptions {
  /** From how many events in the store a projection folding from its first event writes its versions in bulk. */
  readonly bulkFrom?: number;
}

export interface CatchUpProgress {
  readonly done: number;
  readonly position: bigint;
  readonly head: bigint;
}

interface Prepared {
  readonly projection: Projection;
  readonly fold: Fold;
  checkpoint: bigint;
}

export class ProjectionRunner {
  private readonly prepared: Prepared[];
  private readonly checkpoints: Checkpoints;
  private readonly clock: KnowledgeClock;
  private readonly folding: { position: number };
  private running: Promise<bigint> | undefined;
  /** The page cache to give back when the bulk pass running ends (see beginBulk). */
  private cacheSize: number | undefined;
  /** The one pass that follows the running one, shared by every caller who arrived while it ran. */
  private following: Promise<bigint> | undefined;
  private readonly schemaVersion: Database.Statement<[], { schema_version: number }>;
  /**
   * The file's schema version when no bulk versions were last found pending: looking for them reads
   * the whole schema, and a live pass after every command would pay for it each time (issue 18).
   */
  private noLogsAtSchema: number | undefined;

  constructor(
    private readonly store: EventStore,
    readonly db: Database.Database,
    readonly projections: readonly Projection[],
    private readonly options: RunnerOptions = {},
  ) {
    this.checkpoints = new Checkpoints(db);
    this.clock = new KnowledgeClock(db);
    this.folding = foldPositionCell(db);
    this.schemaVersion = db.prepare('PRAGMA schema_version');
    const saved = this.checkpoints.read();
    this.prepared = projections.map((projection) => {
      const checkpoint = saved.get(projection.name);
      if (checkpoint && checkpoint.version !== projection.version) this.reset(projection);
      else this.create(projection);
      return { projection, fold: projection.prepare(db), checkpoint: appliedUpTo(checkpoint, projection.version) };
    });
    // A file no read model has folded into yet (new, or every version changed) starts its clock afresh.
    if (this.position === -1n) this.clock.reset();
  }

  /** The position every projection has reached (the lowest checkpoint); -1n before the first event. */
  get position(): bigint {
    return this.prepared.reduce(
      (low, p) => (p.checkpoint < low ? p.checkpoint : low),
      this.prepared[0]?.checkpoint ?? -1n,
    );
  }

  checkpointOf(name: string): bigint | undefined {
    return this.prepared.find((p) => p.projection.name === name)?.checkpoint;
  }

  /**
   * Applies every event recorded so far. A call made while a pass runs waits for one further pass,
   * so it always sees the events appended before it was made; every call made during the same pass
   * shares that further pass (a burst of commands answered together costs two passes, not one each).
   * The further pass reports its progress to the first of them that asked for it.
   */
  catchUp(onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    if (!this.running) {
      this.running = this.pass(onProgress).finally(() => {
        this.running = this.following = undefined;
      });
      return this.running;
    }
    this.following ??= this.running.then(() => this.catchUp(onProgress));
    return this.following;
  }

  /**
   * Read-your-writes for a command that appended up to `position`: resolves once every read model
   * holds it, at once when they already do (another caller's pass folded it).
   */
  catchUpTo(position: bigint): Promise<bigint> {
    return this.position >= position ? Promise.resolve(this.position) : this.catchUp();
  }

  /** Empties the named projections (all when none are named) and replays them from the first event. */
  async rebuild(names?: readonly string[], onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    await this.running;
    if (!names) this.clock.reset();
    for (const prepared of this.prepared) {
      if (names && !names.includes(prepared.projection.name)) continue;
      this.reset(prepared.projection);
      prepared.checkpoint = -1n;
    }
    return this.catchUp(onProgress);
  }

  /**
   * Folds events the caller has already read, in order, after those applied: for tests and tools
   * that hold a history in memory. False when they do not follow on from the read models' position.
   */
  applyEvents(events: readonly RecordedEvent[]): boolean {
    if (events.length === 0) return true;
    const applied = this.applyPage(events[0]!.position, events);
    this.finishVersions();
    return applied;
  }

  /** Turns the versions logged while projections folded from empty into row versions (see bulk-versions.ts). */
  private finishVersions(): void {
    // A log is a table: while the file's schema is as it was at the last look, there is still none.
    const schema = this.schemaVersion.get()!.schema_version;
    if (schema === this.noLogsAtSchema) return;
    const projections = this.prepared.map((p) => p.projection);
    if (!bulkVersionsPending(this.db, projections)) {
      this.noLogsAtSchema = schema;
      return;
    }
    const cacheSize = swapCache(this.db, FINISH_CACHE_KIB);
    try {
      this.db.transaction(() => finishBulkVersions(this.db, projections)).immediate();
    } catch (error) {
      throw readModelFailure(error);
    } finally {
      this.db.pragma(`cache_size = ${cacheSize}`);
    }
  }

  private async pass(onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    try {
      const position = await this.foldAll(onProgress);
      this.finishVersions();
      return position;
    } finally {
      if (this.cacheSize !== undefined) this.db.pragma(`cache_size = ${this.cacheSize}`);
      this.cacheSize = undefined;
    }
  }

  private async foldAll(onProgress?: (progress: CatchUpProgress) => void): Promise<bigint> {
    const head = await this.store.headPosition();
    let done = 0;
    if (this.prepared.length === 0) return this.position;
    this.refresh(this.checkpoints.read());
    this.beginBulk(head);
    for (;;) {
      this.refresh(this.checkpoints.read());
      const after = this.position;
      const from = after + 1n;
      const page: RecordedEvent[] = [];
      for await (const event of this.store.readAll({ after, maxCount: PAGE_SIZE })) page.push(event);
      if (page.length === 0) return this.position;
      if (!this.applyPage(from, page)) continue;
      done += page.length;
      onProgress?.({ done, position: page.at(-1)!.position, head });
      if (page.length < PAGE_SIZE) return this.position;
      // Reading and folding are synchronous underneath; without this a long catch-up would hold the
      // event loop, and a server could not answer /ready or a read until it had finished.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Takes the checkpoints another process may have moved (on, or back to -1n by a rebuild) from the file. */
  private refresh(saved: ReturnType<Checkpoints['read']>): void {
    for (const prepared of this.prepared)
      prepared.checkpoint = appliedUpTo(saved.get(prepared.projection.name), prepared.projection.version);
  }

  /**
   * Folds the page (read from `from`) into every projection that has not applied it yet, by the
   * checkpoints in the file at the moment the write lock is held. False when another process
   * rebuilt a projection since the page was read: the page then starts too late, and is read again.
   */
  private applyPage(from: bigint, page: readonly RecordedEvent[]): boolean {
    const last = page.at(-1)!.position;
    const transaction = this.db.transaction(() => {
      this.refresh(this.checkpoints.read());
      if (this.position < from - 1n) return false;
      for (const prepared of this.prepared) prepared.fold.forget?.();
      this.clock.record(page);
      for (const recorded of page) {
        const event = toProjectedEvent(recorded);
        this.folding.position = Number(recorded.position);
        for (const prepared of this.prepared) {
          if (recorded.position > prepared.checkpoint && event) prepared.fold(event);
        }
      }
      for (const prepared of this.prepared) {
        if (last > prepared.checkpoint)
          this.checkpoints.write(prepared.projection.name, prepared.projection.version, last);
      }
      return true;
    });
    try {
      if (!transaction.immediate()) return false;
    } catch (error) {
      throw readModelFailure(error);
    }
    for (const prepared of this.prepared) if (last > prepared.checkpoint) prepared.checkpoint = last;
    return true;
  }

  /** Creates the projection's tables, and the versions that let them answer as at any position. */
  private create(projection: Projection): void {
    this.db.exec(projection.tables);
    createVersions(this.db, projection);
  }

  /**
   * Projections about to fold a long history from their first event log their versions and have
   * them written in bulk when the pass ends (see bulk-versions.ts); a short one keeps the triggers.
   */
  private beginBulk(head: bigint): void {
    const empty = this.prepared.filter((p) => p.checkpoint === -1n).map((p) => p.projection);
    if (empty.length === 0 || Number(head) + 1 < (this.options.bulkFrom ?? BULK_FROM)) return;
    // A bulk pass writes each page of the file once, mostly at the end of its tables, and gains
    // nothing from the large cache that readers use: at 1,000,000 events the same CPU time with 48
    // of its 256 MiB, and 200 MiB less resident memory; 16 MiB cost half as much CPU again (issue
    // 18). The pass gives the cache back.
    if (cacheBytes(this.db) > BULK_CACHE_KIB * 1024) this.cacheSize = swapCache(this.db, BULK_CACHE_KIB);
    try {
      this.db.transaction(() => empty.forEach((projection) => beginBulkVersions(this.db, projection))).immediate();
    } catch (error) {
      throw readModelFailure(error);
    }
  }

  /**
   * Drops and recreates the projection's tables and forgets its checkpoint, in one transaction so no other process
   * folds in between.
   */
  private reset(projection: Projection): void {
    this.db
      .transaction(() => {
        for (const table of projection.tableNames)
          this.db.exec(
            `DROP TABLE IF EXISTS ${table}; DROP TABLE IF EXISTS ${versionsTableOf(table)}; DROP TABLE ` +
              `IF EXISTS ${logTableOf(table)}`,
          );
        this.checkpoints.delete(projection.name);
        this.create(projection);
      })
      .immediate();
  }
}

/**
 * The read-model file failing (locked, full, read-only) is an adapter failure, not a bug: the events
 * are safe in the store, and the same catch-up can be tried again. A fold that throws anything else is a bug.
 */
function readModelFailure(error: unknown): unknown {
  const kind = sqliteFailureCode(error);
  if (kind === undefined || kind === 'INVALID_EVENT') return error;
  const detail =
    `The read models could not be brought up to date (${(error as Error).message}); the events ` +
    `recorded are safe in the event store.`;
  return new StoreError(kind, `${detail} Retry a command with the same Idempotency-Key to get its original result.`, {
    cause: error,
  });
}
