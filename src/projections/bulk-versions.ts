/**
 * Row versions written in bulk, for a projection folding from its first event (a rebuild, a new
 * read model, a version bump). Kept row by row (versions.ts), each change to a versioned table
 * closes the row's open version through an index and opens another: most of a rebuild's time went
 * there (issue 18, bench/results/2026-12-02-rebuild.md). While a projection folds from empty, its
 * tables instead log each change, in order, to `<table>_versions_log`: a row as it now is, or a
 * tombstone when a row went (a delete, or an update that changed its key). When the pass ends, one
 * statement per table turns the log into versions: each version holds until the next change to the
 * same key, which is what the live triggers record; then the log goes and the live triggers and
 * indexes come back. The log is in the file, so whichever process folds into it (a server following
 * while `ledger rebuild` runs) logs alike, and whichever ends a pass first turns it into versions.
 */
import type Database from 'better-sqlite3';
import type { Projection } from './projection.js';
import {
  columnsOf,
  createVersions,
  FOLD_POSITION,
  keyColumns,
  liveTriggerNames,
  logTableOf,
  tableShapes,
  versionsTableOf,
} from './versions.js';

/** The log's own columns, named so that no read model's column can clash with them. */
const SEQUENCE = 'ledger_log_sequence';
const GONE = 'ledger_log_gone';

function exists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function isEmpty(db: Database.Database, table: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined;
}

/**
 * The log and its triggers for one table. A table without a declared key (every column names its
 * rows, so two rows can be alike) keeps its live triggers: only they give such rows' versions exactly.
 */
function logSql(db: Database.Database, table: string): string {
  const columns = columnsOf(db, table);
  const names = columns.map((column) => column.name);
  const keys = keyColumns(columns);
  const log = logTableOf(table);
  const at = `${FOLD_POSITION}()`;
  const row =
    `INSERT INTO ${log} (${GONE}, ${names.join(', ')}, valid_from) VALUES (0, ` +
    `${names.map((n) => `NEW.${n}`).join(', ')}, ${at});`;
  const gone = (where: string) =>
    `INSERT INTO ${log} (${GONE}, ${keys.join(', ')}, valid_from) SELECT 1, ` +
    `${keys.map((k) => `OLD.${k}`).join(', ')}, ${at} ${where};`;
  const changed = names.map((name) => `OLD.${name} IS NOT NEW.${name}`).join(' OR ');
  const rekeyed = keys.map((key) => `OLD.${key} IS NOT NEW.${key}`).join(' OR ');
  return `
${liveTriggerNames(table)
  .map((name) => `DROP TRIGGER IF EXISTS ${name};`)
  .join('\n')}
CREATE TABLE ${log} (${SEQUENCE} INTEGER PRIMARY KEY, ${GONE} INTEGER NOT NULL, ${names.join(', ')}, valid_from
  INTEGER NOT NULL);
CREATE TRIGGER ${log}_insert AFTER INSERT ON ${table} BEGIN ${row} END;
CREATE TRIGGER ${log}_update AFTER UPDATE ON ${table} WHEN ${changed} BEGIN ${gone(`WHERE ${rekeyed}`)} ${row} END;
CREATE TRIGGER ${log}_delete AFTER DELETE ON ${table} BEGIN ${gone('')} END;`;
}

/**
 * Switches the projection's empty versioned tables to logging their changes; call it, inside a
 * transaction, when the projection is about to fold from its first event.
 */
export function beginBulkVersions(db: Database.Database, projection: Projection): void {
  for (const shape of tableShapes(db, projection)) {
    if (shape.kind !== 'versioned' || exists(db, logTableOf(shape.table))) continue;
    if (!columnsOf(db, shape.table).some((column) => column.pk > 0)) continue;
    const versions = versionsTableOf(shape.table);
    if (!isEmpty(db, shape.table) || !isEmpty(db, versions)) continue;
    db.exec(logSql(db, shape.table));
  }
}

/**
 * The log's rows as versions, in the order they were opened: a version holds from its change until
 * the next change to the same key. Where the key has a NULL, no later change matches it (`=` is
 * never true of NULL), as with the live triggers, and the version stays open.
 */
function versionsFromLogSql(db: Database.Database, table: string): string {
  const columns = columnsOf(db, table);
  const names = columns.map((column) => column.name).join(', ');
  const keys = keyColumns(columns);
  const next = `LEAD(valid_from) OVER (PARTITION BY ${keys.join(', ')} ORDER BY ${SEQUENCE})`;
  const open = keys.map((key) => `${key} IS NULL`).join(' OR ');
  return `INSERT INTO ${versionsTableOf(table)} (${names}, valid_from, valid_to)
SELECT ${names}, valid_from, valid_to FROM (
  SELECT ${SEQUENCE}, ${GONE}, ${names}, valid_from, CASE WHEN ${open} THEN NULL ELSE ${next} END AS valid_to
  FROM ${logTableOf(table)})
WHERE ${GONE} = 0 ORDER BY ${SEQUENCE};`;
}

function indexesOf(db: Database.Database, table: string): string[] {
  return db
    .prepare<[], { name: string; origin: string }>(`PRAGMA main.index_list(${table})`)
    .all()
    .filter((index) => index.origin === 'c')
    .map((index) => index.name);
}

/**
 * Turns every log the projections' tables have in the file into versions, and gives the tables back
 * their live triggers and the versions their indexes (built once, after the rows). Call it inside
 * a transaction. True when there was a log.
 */
export function finishBulkVersions(db: Database.Database, projections: readonly Projection[]): boolean {
  let finished = false;
  for (const projection of projections) {
    let logged = false;
    for (const table of projection.tableNames) {
      const log = logTableOf(table);
      if (!exists(db, log)) continue;
      for (const index of indexesOf(db, versionsTableOf(table))) db.exec(`DROP INDEX ${index}`);
      db.exec(versionsFromLogSql(db, table));
      db.exec(`DROP TRIGGER ${log}_insert; DROP TRIGGER ${log}_update; DROP TRIGGER ${log}_delete; DROP TABLE ${log}`);
      logged = true;
    }
    if (logged) createVersions(db, projection);
    finished ||= logged;
  }
  return finished;
}

/** Whether any of the projections' tables logs its changes: a pass that ends must then finish them. */
export function bulkVersionsPending(db: Database.Database, projections: readonly Projection[]): boolean {
  const logs = new Set(
    db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_versions_log'",
      )
      .all()
      .map((row) => row.name),
  );
  return logs.size > 0 && projections.some((p) => p.tableNames.some((table) => logs.has(logTableOf(table))));
}
