/**
 * Projection checkpoints as the read-model file holds them. Several processes may fold into one
 * file (a server following while `ledger import` runs), so a checkpoint kept in memory can be stale
 * at any moment: the runner reads these inside the same IMMEDIATE transaction that writes the rows,
 * and the file's value, never its own memory, decides which events are still to apply.
 */
import type Database from 'better-sqlite3';

export interface SavedCheckpoint {
  readonly version: number;
  readonly position: bigint;
}

export class Checkpoints {
  private readonly all;
  private readonly save;
  private readonly remove;

  constructor(db: Database.Database) {
    this.all = db.prepare<[], { name: string; version: number; position: number }>(
      'SELECT name, version, position FROM projection_checkpoints',
    );
    this.save = db.prepare<[string, number, number]>(
      'INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?) ON CONFLICT ' +
        '(name) DO UPDATE SET version = excluded.version, position = excluded.position',
    );
    this.remove = db.prepare<[string]>('DELETE FROM projection_checkpoints WHERE name = ?');
  }

  /** Every saved checkpoint by projection name. */
  read(): Map<string, SavedCheckpoint> {
    return new Map(this.all.all().map((row) => [row.name, { version: row.version, position: BigInt(row.position) }]));
  }

  write(name: string, version: number, position: bigint): void {
    this.save.run(name, version, Number(position));
  }

  delete(name: string): void {
    this.remove.run(name);
  }
}

/**
 * The position a projection of this version has applied up to, by the file: -1n when it has none or an older version's.
 */
export function appliedUpTo(saved: SavedCheckpoint | undefined, version: number): bigint {
  return saved && saved.version === version ? saved.position : -1n;
}
