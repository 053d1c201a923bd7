/**
 * The floor under any rebuild of these read models: the rows a rebuild has written, copied into a
 * new file by SQLite alone, one INSERT ... SELECT per table in key order with the indexes built
 * after the rows, in one transaction. No fold, no JavaScript per row, no versions worked out: only
 * SQLite writing the same rows and indexes. A rebuild cannot write its rows faster than this; how
 * far it is above it is the folds' own cost.
 */
import Database from 'better-sqlite3';

export interface CopyFloor {
  readonly rows: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

interface SchemaEntry {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  sql: string;
}

/** FTS5's own tables, which its virtual table creates and fills itself. */
const FTS_SHADOWS = ['_data', '_idx', '_content', '_docsize', '_config'];

export function copyFloor(from: string, to: string): CopyFloor {
  const db = new Database(to);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -49152');
    db.prepare('ATTACH ? AS source').run(from);
    const schema = db
      .prepare<[], SchemaEntry>(
        "SELECT type, name, sql FROM source.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    const virtual = schema.filter((entry) => entry.type === 'table' && /^CREATE VIRTUAL/i.test(entry.sql));
    const shadow = (name: string) => virtual.some((table) => FTS_SHADOWS.some((end) => name === table.name + end));
    const tables = schema.filter((entry) => entry.type === 'table' && !shadow(entry.name));
    const cpu = process.cpuUsage();
    const started = performance.now();
    let rows = 0;
    db.transaction(() => {
      for (const table of tables) db.exec(table.sql);
      for (const table of tables) {
        const columns = db
          .prepare<[], { name: string }>(`PRAGMA source.table_info(${table.name})`)
          .all()
          .map((column) => column.name)
          .join(', ');
        const copy = `INSERT INTO main.${table.name} (${columns}) SELECT ${columns} FROM source.${table.name}`;
        rows += db.prepare(copy).run().changes;
      }
      for (const index of schema.filter((entry) => entry.type === 'index')) db.exec(index.sql);
    })();
    const used = process.cpuUsage(cpu);
    return { rows, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    db.close();
  }
}
