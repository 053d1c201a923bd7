/**
 * The embedded default store: one SQLite file in WAL mode. Each append checks the expected
 * revision, chains the hashes and inserts the rows inside an IMMEDIATE transaction (shared by the
 * appends that arrive together: see group-commit.ts), so two processes appending to the same file
 * at the same revision cannot both win. With `synchronous = FULL` (the
 * default) an acknowledged append survives a crash of the process and of the machine.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { GENESIS_HASH, type EventMetadata, type NewEvent, type RecordedEvent } from '../envelope.js';
import { checkEnvelopes } from '../check-envelope.js';
import { encodeChain } from '../encoded-chain.js';
import { claimsOf } from '../command-keys.js';
import { checkExpectedRevision, StoreError } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
} from '../port.js';
import { SqliteCommandKeys } from './command-keys.js';
import { GroupCommit } from './group-commit.js';
import { MultiRowInsert } from './insert-rows.js';
import { DROP_COMMAND_ID_INDEX, EVENTS_SCHEMA, type EventRow } from './schema.js';
import { mapSqliteError } from './sqlite-errors.js';

export interface SqliteStoreOptions {
  /** `full` (default) syncs every commit to disk; `normal` survives a process crash but not a power cut. */
  readonly synchronous?: 'full' | 'normal';
  readonly busyTimeoutMs?: number;
}

const PAGE_SIZE = 1000;

export function openDatabase(file: string, options: SqliteStoreOptions = {}): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // A 64 MiB page cache keeps the (stream, revision) index hot as the ledger grows.
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * A read of up to a page of rows: `LIMIT ${PAGE_SIZE}` written into the SQL for a full page, a bound
 * limit only for a shorter one. SQLite re-prepares a statement each time a value its plan may depend
 * on is bound, and a LIMIT is one: a bound limit cost every catch-up read about 5 µs more than the
 * read itself (a command's related streams, the projection runner's next page; issue 18).
 */
function pagedRead(
  db: Database.Database,
  sql: string,
): (wanted: number, ...params: readonly (string | number)[]) => EventRow[] {
  const page = db.prepare<(string | number)[], EventRow>(`${sql} LIMIT ${PAGE_SIZE}`);
  const shorter = db.prepare<(string | number)[], EventRow>(`${sql} LIMIT ?`);
  return (wanted, ...params) => (wanted >= PAGE_SIZE ? page.all(...params) : shorter.all(...params, wanted));
}

/** Drops the old commandId index where the file has it and can be written (schema.ts says why). */
function dropCommandIdIndex(db: Database.Database): void {
  const present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'events_command_id'").get();
  if (present === undefined || db.readonly) return;
  db.exec(DROP_COMMAND_ID_INDEX);
}

export function rowToEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}

export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly statements;
  private readonly appendTransaction;
  private readonly appendManyTransaction;
  private readonly groupCommit: GroupCommit<AppendResult>;
  private readonly batchCommit: GroupCommit<AppendResult[]>;
  private readonly keys: SqliteCommandKeys;
  private readonly insertEvents: MultiRowInsert;

  constructor(
    readonly file: string,
    options: SqliteStoreOptions = {},
  ) {
    try {
      this.db = openDatabase(file, options);
      this.db.exec(EVENTS_SCHEMA);
      this.keys = new SqliteCommandKeys(this.db);
      dropCommandIdIndex(this.db);
    } catch (error) {
      throw mapSqliteError(error, `opening ${file}`);
    }
    this.statements = {
      head: this.db.prepare<[string], { revision: number; hash: string }>(
        `SELECT revision, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream_id = ? ` +
          `ORDER BY revision DESC LIMIT 1`,
      ),
      readStream: pagedRead(this.db, `SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision`),
      readAll: pagedRead(this.db, `SELECT * FROM events WHERE position >= ? ORDER BY position`),
      headPosition: this.db.prepare<[], { position: number | null }>(`SELECT MAX(position) AS position FROM events`),
      countAfter: this.db.prepare<[number, number], { count: number }>(
        `SELECT COUNT(*) AS count FROM (SELECT 1 FROM events WHERE position > ? ORDER BY position LIMIT ?)`,
      ),
    };
    this.insertEvents = new MultiRowInsert(
      this.db,
      'INSERT INTO events (event_id, stream_id, revision, type, data, metadata)',
      6,
    );
    this.appendTransaction = this.db.transaction(
      (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) =>
        this.appendInTransaction(streamId, events, expected),
    );
    this.appendManyTransaction = this.db.transaction((appends: readonly StreamAppend[]) =>
      appends.map((one) => this.appendInTransaction(one.streamId, one.events, one.expectedRevision)),
    );
    this.groupCommit = new GroupCommit(this.db, (error) => mapSqliteError(error, `appending to ${file}`, file));
    this.batchCommit = new GroupCommit(this.db, (error) => mapSqliteError(error, `appending to ${file}`, file));
  }

  private appendInTransaction(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const head = this.statements.head.get(streamId);
    const current = head ? BigInt(head.revision) : -1n;
    checkExpectedRevision(streamId, expected, current);
    this.keys.claimAll(claimsOf(streamId, events));
    const encoded = encodeChain(streamId, events, current + 1n, head ? head.hash : GENESIS_HASH);
    const values: unknown[] = new Array<unknown>(encoded.length * 6);
    let at = 0;
    for (const { event, dataJson, metadataJson } of encoded) {
      values[at++] = event.eventId;
      values[at++] = streamId;
      values[at++] = Number(event.revision);
      values[at++] = event.type;
      values[at++] = dataJson;
      values[at++] = metadataJson;
    }
    // One statement per chunk, in order, under the write lock: a chunk's rowids are consecutive.
    const chunks = this.insertEvents.run(values);
    const recorded: RecordedEvent[] = new Array<RecordedEvent>(encoded.length);
    let index = 0;
    for (const { lastRowid, changes } of chunks) {
      for (let k = changes - 1; k >= 0; k--, index++) {
        recorded[index] = { ...encoded[index]!.event, position: BigInt(lastRowid - k) };
      }
    }
    const tail = recorded.at(-1)!;
    return { nextRevision: tail.revision, position: tail.position, events: recorded };
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new StoreError('INVALID_EVENT', 'An append needs at least one event');
    checkEnvelopes(streamId, events);
    return this.groupCommit.submit(() => this.appendTransaction(streamId, events, options.expectedRevision));
  }

  async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (appends.length === 0) return [];
    if (appends.some((one) => one.events.length === 0))
      throw new StoreError('INVALID_EVENT', 'An append needs at least one event');
    for (const one of appends) checkEnvelopes(one.streamId, one.events);
    return this.batchCommit.submit(() => this.appendManyTransaction(appends));
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let from = Number(options.fromRevision ?? 0n);
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0) {
      const rows = this.read(() => this.statements.readStream(remaining, streamId, from));
      for (const row of rows) yield rowToEvent(row);
      if (rows.length < PAGE_SIZE) return;
      from = rows.at(-1)!.revision + 1;
      remaining -= rows.length;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let from = Number(options.after !== undefined ? options.after + 1n : (options.fromPosition ?? 0n));
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0) {
      const rows = this.read(() => this.statements.readAll(remaining, from));
      for (const row of rows) yield rowToEvent(row);
      if (rows.length < PAGE_SIZE) return;
      from = rows.at(-1)!.position + 1;
      remaining -= rows.length;
    }
  }

  async headPosition(): Promise<bigint> {
    const row = this.read(() => this.statements.headPosition.get());
    return row?.position == null ? -1n : BigInt(row.position);
  }

  async countAfter(position: bigint, limit: number): Promise<number> {
    return this.read(() => this.statements.countAfter.get(Number(position), limit))?.count ?? 0;
  }

  async streamOfCommand(commandId: string): Promise<string | undefined> {
    return this.read(() => this.keys.streamOf(commandId));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      throw mapSqliteError(error, `reading ${this.file}`);
    }
  }
}
