/**
 * Multi-row INSERTs: a batch of events (or of idempotency keys) goes to SQLite as one statement per
 * chunk of rows instead of one statement per row. A chunk stays under 999 bound values, the
 * smallest limit a SQLite build may set on variables per statement; statements are prepared once per
 * row count and kept.
 */
import type Database from 'better-sqlite3';

export class MultiRowInsert {
  private readonly statements = new Map<number, Database.Statement>();
  readonly rowsPerChunk: number;

  constructor(
    private readonly db: Database.Database,
    /** The statement up to VALUES, e.g. `INSERT INTO events (a, b)`. */
    private readonly head: string,
    private readonly columns: number,
    /** What follows the values, e.g. `ON CONFLICT (id) DO NOTHING`. */
    private readonly tail = '',
  ) {
    this.rowsPerChunk = Math.floor(999 / columns);
  }

  /**
   * Inserts the rows (each `columns` values, flattened into `values`) and returns, per chunk, the
   * rowid of its last row and how many rows it changed.
   */
  run(values: readonly unknown[]): Array<{ lastRowid: number; changes: number }> {
    const rows = values.length / this.columns;
    const results: Array<{ lastRowid: number; changes: number }> = [];
    for (let first = 0; first < rows; first += this.rowsPerChunk) {
      const count = Math.min(this.rowsPerChunk, rows - first);
      const chunk = count === rows ? values : values.slice(first * this.columns, (first + count) * this.columns);
      const info = this.statement(count).run(chunk);
      results.push({ lastRowid: Number(info.lastInsertRowid), changes: info.changes });
    }
    return results;
  }

  private statement(rows: number): Database.Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      const row = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`;
      statement = this.db.prepare(
        `${this.head} VALUES ${Array.from({ length: rows }, () => row).join(', ')} ${this.tail}`,
      );
      this.statements.set(rows, statement);
    }
    return statement;
  }
}
