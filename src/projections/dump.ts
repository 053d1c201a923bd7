/**
 * A read model's content as sorted lines of canonical JSON, table by table, row versions included:
 * what the determinism and crash tests compare, and what `ledger rebuild --compare` reports
 * differences in.
 */
import type Database from 'better-sqlite3';
import { canonicalJson } from '../store/envelope.js';
import type { Projection } from './projection.js';
import { versionsTablesIn } from './versions.js';

export type ReadModelDump = Map<string, string[]>;

export function dumpReadModels(db: Database.Database, projections: readonly Projection[]): ReadModelDump {
  const dump: ReadModelDump = new Map();
  for (const projection of projections) {
    for (const table of [...projection.tableNames, ...versionsTablesIn(db, projection)]) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      dump.set(table, rows.map((row) => canonicalJson(row)).sort());
    }
  }
  return dump;
}

export interface RowDifference {
  readonly table: string;
  /** Where the row is found: only in the first dump (`left`) or only in the second (`right`). */
  readonly side: 'left' | 'right';
  readonly row: string;
}

/** Rows present in one dump and not the other, table by table (a changed row shows on both sides). */
export function diffDumps(left: ReadModelDump, right: ReadModelDump): RowDifference[] {
  const differences: RowDifference[] = [];
  for (const table of new Set([...left.keys(), ...right.keys()])) {
    const a = countRows(left.get(table) ?? []);
    const b = countRows(right.get(table) ?? []);
    for (const [row, count] of a)
      for (let n = b.get(row) ?? 0; n < count; n++) differences.push({ table, side: 'left', row });
    for (const [row, count] of b)
      for (let n = a.get(row) ?? 0; n < count; n++) differences.push({ table, side: 'right', row });
  }
  return differences;
}

function countRows(rows: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row, (counts.get(row) ?? 0) + 1);
  return counts;
}
