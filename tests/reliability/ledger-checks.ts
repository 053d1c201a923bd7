/**
 * What the reliability tests check once the server has stopped, reading the files themselves: the
 * events each command recorded, the hash chains, and the read models against a clean rebuild.
 */
import { join } from 'node:path';
import { diffDumps, dumpReadModels, type RowDifference } from '../../src/projections/dump.js';
import { allProjections } from '../../src/projections/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import type { RecordedEvent } from '../../src/store/envelope.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { verifyChains, type ChainReport } from '../../src/store/verify-chain.js';

export interface StoredLedger {
  /** Every event, grouped by the commandId (Idempotency-Key) that recorded it, in global order. */
  readonly byCommand: Map<string, RecordedEvent[]>;
  readonly head: bigint;
  readonly chains: ChainReport;
}

export async function readStore(file: string): Promise<StoredLedger> {
  const store = new SqliteEventStore(file);
  try {
    const byCommand = new Map<string, RecordedEvent[]>();
    for await (const event of store.readAll()) {
      const events = byCommand.get(event.metadata.commandId) ?? [];
      events.push(event);
      byCommand.set(event.metadata.commandId, events);
    }
    return { byCommand, head: await store.headPosition(), chains: await verifyChains(store) };
  } finally {
    await store.close();
  }
}

export interface ReadModelComparison {
  readonly projections: number;
  /** Rows in the server's read models (all tables). */
  readonly rows: number;
  /** The lowest checkpoint the server's read models reached. */
  readonly checkpoint: bigint;
  readonly differences: readonly RowDifference[];
}

/** The server's read models against a rebuild from the same store into a fresh file in `scratch`. */
export async function compareWithRebuild(
  storeFile: string,
  readModelFile: string,
  scratch: string,
): Promise<ReadModelComparison> {
  const served = openReadModelDb(readModelFile);
  const store = new SqliteEventStore(storeFile);
  const rebuilt = openReadModelDb(join(scratch, `rebuilt-${Date.now()}.db`));
  try {
    const runner = new ProjectionRunner(store, served, allProjections);
    const checkpoint = runner.position;
    const mine = dumpReadModels(served, allProjections);
    await new ProjectionRunner(store, rebuilt, allProjections).rebuild();
    const differences = diffDumps(mine, dumpReadModels(rebuilt, allProjections));
    const rows = [...mine.values()].reduce((sum, table) => sum + table.length, 0);
    return { projections: allProjections.length, rows, checkpoint, differences: differences.slice(0, 20) };
  } finally {
    served.close();
    rebuilt.close();
    await store.close();
  }
}
