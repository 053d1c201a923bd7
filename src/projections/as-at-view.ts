/**
 * The read models as they stood at a position, as a second connection to the same read-model file:
 * each table of the live file is shadowed by a TEMP view of the same name over its versions (or,
 * for an append-only table, over the rows added by then), so every read model's own queries run
 * unchanged against the past. `ledger_as_at()` gives the position on this connection; on the live
 * connection it is the largest position, so queries written against it (the register's search)
 * mean "now" there. A read-model file in memory (the tests' and the demo's) has no second
 * connection: its as-at view reads a copy of it instead, still a query and never a replay.
 */
import Database from 'better-sqlite3';
import { allProjections } from './index.js';
import { AS_AT_POSITION, holdsAt, versionsTableOf } from './versions.js';

export class AsAtView {
  private position = -1;
  private schemaVersion = -1;

  private constructor(
    readonly db: Database.Database,
    private readonly copy: boolean,
  ) {
    // Deterministic: the position does not move while a statement runs, so SQLite reads it once per
    // statement and can compare the versions' valid_from and valid_to with it through their indexes.
    db.function(AS_AT_POSITION, { deterministic: true }, () => this.position);
  }

  /** A view of the live file: a read-only second connection, or a copy of a file held in memory. */
  static of(live: Database.Database): AsAtView {
    if (live.memory) return new AsAtView(new Database(live.serialize()), true);
    return new AsAtView(new Database(live.name, { readonly: true, fileMustExist: true }), false);
  }

  /** Whether this view must be made again to see the live file (a copy is of one moment). */
  get isCopy(): boolean {
    return this.copy;
  }

  /** Runs `read` against the read models as they stood at `position`; synchronous, so nothing moves it meanwhile. */
  read<T>(position: number, read: (db: Database.Database) => T): T {
    this.refreshViews();
    this.position = position;
    return read(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** (Re)creates the TEMP views whenever the live file's tables changed (a rebuild, a new read model). */
  private refreshViews(): void {
    const version = this.db.pragma('main.schema_version', { simple: true }) as number;
    if (version === this.schemaVersion) return;
    const temp = this.db.prepare<[], { name: string }>("SELECT name FROM temp.sqlite_master WHERE type = 'view'").all();
    for (const { name } of temp) this.db.exec(`DROP VIEW temp.${name}`);
    const tables = new Set(
      this.db
        .prepare<[], { name: string }>("SELECT name FROM main.sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => row.name),
    );
    for (const table of tables) {
      if (!tables.has(versionsTableOf(table))) continue;
      const columns = this.db
        .prepare<[], { name: string }>(`PRAGMA main.table_info(${table})`)
        .all()
        .map((column) => column.name);
      this.db.exec(
        `CREATE TEMP VIEW ${table} AS SELECT ${columns.join(', ')} FROM ` +
          `main.${versionsTableOf(table)} v WHERE ${holdsAt('v')}`,
      );
    }
    for (const projection of allProjections) {
      for (const [table, column] of Object.entries(projection.appendOnly ?? {})) {
        if (tables.has(table))
          this.db.exec(
            `CREATE TEMP VIEW ${table} AS SELECT * FROM main.${table} WHERE ${column} <= ${AS_AT_POSITION}()`,
          );
      }
    }
    this.schemaVersion = version;
  }
}
