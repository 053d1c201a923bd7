/**
 * `ledger rebuild --compare`: rebuilds read models from the events into a temporary file and
 * lists every row that differs from the live read models, which are first brought up to date.
 * A difference means the live file was edited, or a fold is not deterministic.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffDumps, dumpReadModels, type RowDifference } from '../projections/dump.js';
import type { Projection } from '../projections/projection.js';
import { openReadModelDb } from '../projections/read-model-db.js';
import { ProjectionRunner, type CatchUpProgress } from '../projections/runner.js';
import type { EventStore } from '../store/port.js';

export interface ReadModelComparison {
  /** The position both were built to. */
  readonly position: bigint;
  readonly tables: readonly string[];
  /** `left` rows are only in the live read models, `right` rows only in the rebuilt ones. */
  readonly differences: readonly RowDifference[];
}

/** How often to catch both up again when events keep arriving while the comparison is built. */
const ATTEMPTS = 5;

export async function compareReadModels(
  store: EventStore,
  live: ProjectionRunner,
  projections: readonly Projection[],
  onProgress?: (progress: CatchUpProgress) => void,
): Promise<ReadModelComparison> {
  const folder = await mkdtemp(join(tmpdir(), 'ledger-compare-'));
  const db = openReadModelDb(join(folder, 'read-models.db'));
  try {
    const fresh = new ProjectionRunner(store, db, projections);
    let rebuilt = await fresh.catchUp(onProgress);
    let current = await live.catchUp();
    for (let attempt = 1; attempt < ATTEMPTS && rebuilt !== current; attempt++) {
      rebuilt = await fresh.catchUp();
      current = await live.catchUp();
    }
    if (rebuilt !== current)
      throw new Error(
        `The ledger kept changing: the live read models reached position ${current}, the rebuild ${rebuilt}; try again`,
      );
    const differences = diffDumps(dumpReadModels(live.db, projections), dumpReadModels(db, projections));
    return { position: current, tables: projections.flatMap((projection) => projection.tableNames), differences };
  } finally {
    db.close();
    await rm(folder, { recursive: true, force: true });
  }
}
