/**
 * Row versions: what lets "as the ledger stood at position P" be a WHERE clause over the live
 * read-model file instead of a replay. Each table a fold updates in place gets a companion
 * `<table>_versions` holding every version of every row with the positions between which it held
 * (`valid_from`, inclusive; `valid_to`, exclusive, NULL while it still holds), kept by triggers,
 * so the folds write their tables as they always have. Tables whose rows are only ever added say
 * which column holds the adding event's position (`Projection.appendOnly`) and need no companion;
 * tables with their own `valid_from` / `valid_to` columns (the decision register's search text)
 * keep their versions themselves. The position comes from `ledger_fold_position()`, which the
 * projection runner sets to the event it is folding.
 */
import type Database from 'better-sqlite3';
import type { Projection } from './projection.js';

/** The SQL function giving the position of the event being folded; only the runner's connection has it. */
export const FOLD_POSITION = 'ledger_fold_position';

/** The SQL function giving the position a query reads the read models at (see as-at-view.ts). */
export const AS_AT_POSITION = 'ledger_as_at';

/** What `ledger_as_at()` answers on a live connection: every row still holding. */
export const LIVE_POSITION = Number.MAX_SAFE_INTEGER;

/** The filter for rows of a versions table (or a table keeping its own) that held at `ledger_as_at()`. */
export function holdsAt(alias: string): string {
  return (
    `${alias}.valid_from <= ${AS_AT_POSITION}() AND (${alias}.valid_to IS NULL OR ` +
    `${alias}.valid_to > ${AS_AT_POSITION}())`
  );
}

export function versionsTableOf(table: string): string {
  return `${table}_versions`;
}

/** The log a table writes its changes to while its projection folds from empty (bulk-versions.ts). */
export function logTableOf(table: string): string {
  return `${versionsTableOf(table)}_log`;
}

export interface TableShape {
  readonly table: string;
  readonly columns: readonly string[];
  /** How an as-at view reads it. */
  readonly kind: 'versioned' | 'append-only' | 'own-versions' | 'virtual';
  /** For an append-only table, the column holding the position of the event that added the row. */
  readonly positionColumn?: string;
}

export interface ColumnInfo {
  readonly name: string;
  readonly pk: number;
}

export function columnsOf(db: Database.Database, table: string, schema = 'main'): ColumnInfo[] {
  return db.prepare<[], ColumnInfo>(`PRAGMA ${schema}.table_info(${table})`).all();
}

function isVirtual(db: Database.Database, table: string, schema: string): boolean {
  const row = db
    .prepare<[string], { sql: string }>(`SELECT sql FROM ${schema}.sqlite_master WHERE type = 'table' AND name = ?`)
    .get(table);
  return row !== undefined && /^CREATE VIRTUAL TABLE/i.test(row.sql);
}

/** How each of the projection's tables keeps its past, from the tables as created in the file. */
export function tableShapes(db: Database.Database, projection: Projection, schema = 'main'): TableShape[] {
  return projection.tableNames.map((table) => {
    const columns = columnsOf(db, table, schema).map((column) => column.name);
    const positionColumn = projection.appendOnly?.[table];
    if (positionColumn !== undefined) return { table, columns, kind: 'append-only', positionColumn };
    if (isVirtual(db, table, schema)) return { table, columns, kind: 'virtual' };
    if (columns.includes('valid_from') && columns.includes('valid_to')) return { table, columns, kind: 'own-versions' };
    return { table, columns, kind: 'versioned' };
  });
}

function keyMatch(keys: readonly string[], row: 'OLD' | 'NEW'): string {
  return keys.map((key) => `${key} = ${row}.${key}`).join(' AND ');
}

/**
 * The live table's own indexes (its UNIQUE constraints and CREATE INDEXes, the primary key aside),
 * repeated on its versions with `valid_from` and `valid_to` after their columns: an as-at view then
 * finds rows by the same columns the live queries use, instead of scanning every version.
 */
function mirroredIndexesSql(db: Database.Database, table: string): string {
  const versions = versionsTableOf(table);
  const indexes = db.prepare<[], { name: string; origin: string }>(`PRAGMA main.index_list(${table})`).all();
  return indexes
    .filter((index) => index.origin !== 'pk')
    .map((index) => {
      const columns = db
        .prepare<[], { name: string | null }>(`PRAGMA main.index_info(${index.name})`)
        .all()
        .map((c) => c.name);
      if (columns.some((name) => name === null)) return '';
      return (
        `CREATE INDEX IF NOT EXISTS ${versions}_by_${columns.join('_')} ON ${versions} ` +
        `(${columns.join(', ')}, valid_from, valid_to);`
      );
    })
    .join('\n');
}

/**
 * The tables whose versions repeat their live indexes. Every extra index is written for each version
 * while a table is followed live (a rebuild builds them once, at the end of its pass): mirroring them
 * all made a 1,000,000-event rebuild ten times slower when rebuilds kept versions row by row (issue 18,
 * bench/results/2026-12-02-replay.md), so only the ones the as-at register's page walks are mirrored:
 * the decisions (found by matter), the meetings (read in date order, so a page of a hundred stops
 * early instead of sorting every meeting that ever held) and the matters (found by meeting).
 */
const MIRRORED: ReadonlySet<string> = new Set([
  'decision_register_decisions',
  'decision_register_meetings',
  'decision_register_proposals',
]);

/** The columns that name a row: its declared primary key, or every column when it has none. */
export function keyColumns(columns: readonly ColumnInfo[]): string[] {
  const declared = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  return declared.length > 0 ? declared.map((column) => column.name) : columns.map((column) => column.name);
}

/** The triggers that keep a table's versions row by row while it is followed live. */
export function liveTriggerNames(table: string): string[] {
  const versions = versionsTableOf(table);
  return [`${versions}_insert`, `${versions}_update`, `${versions}_delete`];
}

/** The versions table, its index and the three triggers that keep it, for one table. */
function versionsSql(table: string, columns: readonly ColumnInfo[]): string {
  const versions = versionsTableOf(table);
  const names = columns.map((column) => column.name);
  const keys = keyColumns(columns);
  const values = (row: 'NEW') => names.map((name) => `${row}.${name}`).join(', ');
  const close = (row: 'OLD' | 'NEW') =>
    `UPDATE ${versions} SET valid_to = ${FOLD_POSITION}() WHERE ${keyMatch(keys, row)} AND valid_to IS NULL;`;
  const open =
    `INSERT INTO ${versions} (${names.join(', ')}, valid_from) VALUES (${values('NEW')}, ` + `${FOLD_POSITION}());`;
  const changed = names.map((name) => `OLD.${name} IS NOT NEW.${name}`).join(' OR ');
  return `
CREATE TABLE IF NOT EXISTS ${versions} (${names.join(', ')}, valid_from INTEGER NOT NULL, valid_to INTEGER);
CREATE INDEX IF NOT EXISTS ${versions}_by_key ON ${versions} (${keys.join(', ')}, valid_from);
CREATE TRIGGER IF NOT EXISTS ${versions}_insert AFTER INSERT ON ${table} BEGIN ${close('NEW')} ${open} END;
CREATE TRIGGER IF NOT EXISTS ${versions}_update AFTER UPDATE ON ${table} WHEN ${changed} BEGIN ${close('OLD')}
  ${open} END;
CREATE TRIGGER IF NOT EXISTS ${versions}_delete AFTER DELETE ON ${table} BEGIN ${close('OLD')} END;`;
}

/** Creates the versions tables and triggers of the projection's versioned tables (idempotent). */
export function createVersions(db: Database.Database, projection: Projection): void {
  const logging = db.prepare<[string], { name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
  );
  for (const shape of tableShapes(db, projection)) {
    if (shape.kind !== 'versioned') continue;
    // A table still logging (a bulk pass cut off part-way) gets its triggers when the log is turned
    // into versions; live triggers beside the log would write every change twice.
    if (logging.get(logTableOf(shape.table)) !== undefined) continue;
    const mirrored = MIRRORED.has(shape.table) ? mirroredIndexesSql(db, shape.table) : '';
    db.exec(versionsSql(shape.table, columnsOf(db, shape.table)) + mirrored);
  }
}

const foldPositions = new WeakMap<Database.Database, { position: number }>();

/**
 * The cell `ledger_fold_position()` reads on this connection: whoever folds sets it to the event's
 * position first. One cell per connection, so two runners on one file cannot disagree about it.
 */
export function foldPositionCell(db: Database.Database): { position: number } {
  let cell = foldPositions.get(db);
  if (!cell) {
    const created = { position: -1 };
    db.function(FOLD_POSITION, { deterministic: false }, () => created.position);
    foldPositions.set(db, (cell = created));
  }
  return cell;
}

/** The versions tables the projection has in the file: what a reset drops and a dump compares. */
export function versionsTablesIn(db: Database.Database, projection: Projection): string[] {
  const exists = db.prepare<[string], { name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
  );
  return projection.tableNames.map(versionsTableOf).filter((table) => exists.get(table) !== undefined);
}
