/**
 * The one read path of every read model, for HTTP, the CLI, the pages and the open-data formats:
 * the live read-model file, or the same file as the ledger stood at a knowledge time. As-at is a
 * WHERE clause over the file (see versions.ts and as-at-view.ts): the ledger as it stood at T is
 * every event before the first one recorded after T, found by the file's knowledge-time clock.
 * No request replays the store.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { normaliseAsAt } from './as-at.js';
import { AsAtView } from './as-at-view.js';
import { positionAt } from './clock.js';
import type { Projection } from './projection.js';

/**
 * What every read model's folder exports, and all HTTP, the CLI and the pages need of it: the
 * projection that keeps its tables, the filters (or the key of one entity) a reader narrows it by,
 * the view it answers with, and the one query that answers. `Answer` is the view, or the view or
 * undefined for a read of one entity the ledger may not know.
 */
export interface ReadModel<Filters extends z.ZodObject, View extends z.ZodType, Answer = z.infer<View>> {
  readonly projection: Projection;
  readonly filters: Filters;
  readonly view: View;
  readonly read: (db: Database.Database, filters: z.infer<Filters>) => Answer;
}

/** The read models a query runs against, and how current they are. */
export interface ReadModelSnapshot {
  readonly db: Database.Database;
  /** The position in the ledger's global order the answer includes events up to (-1 before the first). */
  readonly projectedPosition: string;
  /** The knowledge time asked for, as an ISO instant, or null for everything recorded. */
  readonly asAt: string | null;
}

/** What a read needs of the ledger: the live file and the runner that keeps it. */
export interface ReadModelSource {
  readonly readDb: Database.Database;
  readonly projections: { readonly position: bigint; catchUp(): Promise<bigint> };
}

const views = new WeakMap<Database.Database, AsAtView>();

function viewOf(live: Database.Database): AsAtView {
  const kept = views.get(live);
  if (kept && !kept.isCopy) return kept;
  kept?.close();
  const view = AsAtView.of(live);
  views.set(live, view);
  return view;
}

/** Closes the as-at connection kept for a live file, before the file itself is closed. */
export function closeAsAtView(live: Database.Database): void {
  views.get(live)?.close();
  views.delete(live);
}

/** The position every read model in the file has applied up to (-1 before the first event). */
function appliedPosition(live: Database.Database): number {
  const row = live
    .prepare<[], { position: number | null }>('SELECT MIN(position) AS position FROM projection_checkpoints')
    .get();
  return row?.position ?? -1;
}

/** The last position of the ledger as it stood at the instant, no further than the read models have applied. */
export function positionAsAt(live: Database.Database, instant: string): number {
  const applied = appliedPosition(live);
  const at = positionAt(live, instant);
  return at === undefined || at > applied ? applied : at;
}

/** Runs `read` against the read models as they stood at `asAt` (a date is the end of that day, UTC). Synchronous. */
export function readAsAt<T>(live: Database.Database, asAt: string, read: (snapshot: ReadModelSnapshot) => T): T {
  const instant = normaliseAsAt(asAt);
  const position = positionAsAt(live, instant);
  return viewOf(live).read(position, (db) => read({ db, projectedPosition: String(position), asAt: instant }));
}

/**
 * Runs `read` against the live read models (caught up first when `catchUp` is set: the CLI's
 * case; a server keeps them caught up itself), or as they stood at `asAt`.
 */
export async function withReadModel<T>(
  ledger: ReadModelSource,
  asAt: string | undefined,
  read: (snapshot: ReadModelSnapshot) => T,
  options: { readonly catchUp?: boolean } = {},
): Promise<T> {
  if (options.catchUp) await ledger.projections.catchUp();
  if (asAt !== undefined) return readAsAt(ledger.readDb, asAt, read);
  return read({ db: ledger.readDb, projectedPosition: ledger.projections.position.toString(), asAt: null });
}
