/**
 * The embedded store's idempotency keys: one row per commandId, inserted in the append's own
 * transaction, so of two appends carrying one key for different commands only the first commits
 * (see ../command-keys.ts). A file written before the table existed gets it filled from its events
 * once, the first event of each command giving the claim, as the runner has always read them.
 */
import type Database from 'better-sqlite3';
import { checkClaim, type CommandKeyClaim } from '../command-keys.js';
import { MultiRowInsert } from './insert-rows.js';

const TABLE = `
CREATE TABLE command_keys (
  command_id   TEXT PRIMARY KEY,
  stream_id    TEXT NOT NULL,
  command_type TEXT NOT NULL,
  command_hash TEXT,
  actor_id     TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO command_keys (command_id, stream_id, command_type, command_hash, actor_id)
  SELECT json_extract(metadata, '$.commandId'), stream_id, json_extract(metadata, '$.commandType'),
         json_extract(metadata, '$.commandHash'), json_extract(metadata, '$.actor.id')
  FROM events ORDER BY position;
`;

interface KeyRow {
  stream_id: string;
  command_type: string;
  command_hash: string | null;
  actor_id: string;
}

export class SqliteCommandKeys {
  private readonly insert;
  private readonly insertMany: MultiRowInsert;
  private readonly held;
  private readonly streamOfKey;

  constructor(db: Database.Database) {
    const exists = () =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'command_keys'").get() !== undefined;
    // Checked before taking the write lock, so a read-only file that already has the table still opens.
    if (!exists()) {
      db.transaction(() => {
        if (!exists()) db.exec(TABLE);
      }).immediate();
    }
    this.insert = db.prepare<[string, string, string, string | null, string]>(
      'INSERT INTO command_keys (command_id, stream_id, command_type, command_hash, actor_id) ' +
        'VALUES (?, ?, ?, ?, ?) ON CONFLICT (command_id) DO NOTHING',
    );
    this.insertMany = new MultiRowInsert(
      db,
      'INSERT INTO command_keys (command_id, stream_id, command_type, command_hash, actor_id)',
      5,
      'ON CONFLICT (command_id) DO NOTHING',
    );
    this.streamOfKey = db.prepare<[string], { stream_id: string }>(
      'SELECT stream_id FROM command_keys WHERE command_id = ?',
    );
    this.held = db.prepare<[string], KeyRow>(
      'SELECT stream_id, command_type, command_hash, actor_id FROM command_keys WHERE command_id = ?',
    );
  }

  /** The stream whose events a commandId stands for, if any append has claimed it. */
  streamOf(commandId: string): string | undefined {
    return this.streamOfKey.get(commandId)?.stream_id;
  }

  /**
   * Inside the append's transaction: claims the key, or throws IdempotencyKeyReusedError when it stands for another
   * command.
   */
  claim(claim: CommandKeyClaim): void {
    if (
      this.insert.run(claim.commandId, claim.streamId, claim.commandType, claim.commandHash ?? null, claim.actorId)
        .changes > 0
    )
      return;
    const row = this.held.get(claim.commandId)!;
    checkClaim(
      {
        commandId: claim.commandId,
        streamId: row.stream_id,
        commandType: row.command_type,
        commandHash: row.command_hash ?? undefined,
        actorId: row.actor_id,
      },
      claim,
    );
  }

  /**
   * Inside the append's transaction: claims every key of an append in multi-row inserts; when some
   * key was already held, each claim is checked against what its key stands for (a key this insert
   * has just claimed stands for its own claim).
   */
  claimAll(claims: readonly CommandKeyClaim[]): void {
    if (claims.length === 1) {
      this.claim(claims[0]!);
      return;
    }
    const values: unknown[] = new Array<unknown>(claims.length * 5);
    let at = 0;
    for (const claim of claims) {
      values[at++] = claim.commandId;
      values[at++] = claim.streamId;
      values[at++] = claim.commandType;
      values[at++] = claim.commandHash ?? null;
      values[at++] = claim.actorId;
    }
    const inserted = this.insertMany.run(values).reduce((sum, chunk) => sum + chunk.changes, 0);
    if (inserted === claims.length) return;
    for (const claim of claims) {
      const row = this.held.get(claim.commandId)!;
      const { stream_id: streamId, command_type: commandType, actor_id: actorId } = row;
      checkClaim(
        { commandId: claim.commandId, streamId, commandType, commandHash: row.command_hash ?? undefined, actorId },
        claim,
      );
    }
  }
}
