/**
 * Given events, then view: appends hand-built domain events to an in-memory store with the
 * business date and recording time a clerk would give them, then folds them with the real
 * ProjectionRunner into an in-memory read-model database.
 */
import type Database from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import type { LedgerEvent } from '../../src/domain/index.js';
import type { Projection } from '../../src/projections/projection.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SCHEMA_VERSION, type Actor, type SourceReference } from '../../src/store/envelope.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import type { EventStore } from '../../src/store/port.js';

const newEventId = monotonicFactory();

/** The stream an event belongs to, named from the id its data carries (most specific aggregate first). */
export function streamOf(event: LedgerEvent): string {
  const data = event.data as Record<string, unknown>;
  if (event.type === 'WorkProgrammeReviewed') return `work-programme-${event.data.bodyId}`;
  for (const [field, aggregate] of [
    ['recommendationId', 'recommendation'],
    ['planItemId', 'plan-item'],
    ['taskGroupId', 'task-group'],
    ['actionId', 'action'],
    ['proposalId', 'proposal'],
    ['fundId', 'fund'],
    ['meetingId', 'meeting'],
    ['bodyId', 'body'],
    ['organisationId', 'organisation'],
    ['personId', 'person'],
  ] as const) {
    if (typeof data[field] === 'string') return `${aggregate}-${data[field]}`;
  }
  throw new Error(`Fixture bug: ${event.type} names no stream`);
}

export interface Recording {
  /** Business date, e.g. the meeting date. */
  readonly occurredAt: string;
  /** When the clerk recorded it; defaults to 17:00 UTC on the business date. */
  readonly recordedAt?: string;
  readonly actor?: Actor;
  readonly source?: SourceReference;
}

const CLERK: Actor = { id: 'clerk-lg', role: 'clerk' };

/** Appends the events, each to its own stream, in the order given. */
export async function record(store: EventStore, recording: Recording, events: readonly LedgerEvent[]): Promise<void> {
  const recordedAt = recording.recordedAt ?? `${recording.occurredAt.slice(0, 10)}T17:00:00.000Z`;
  for (const event of events) {
    const commandId = newEventId();
    await store.append(
      streamOf(event),
      [
        {
          eventId: newEventId(),
          type: event.type,
          data: event.data,
          metadata: {
            commandId,
            commandType: `Record${event.type}`,
            correlationId: commandId,
            causationId: commandId,
            actor: recording.actor ?? CLERK,
            recordedAt,
            occurredAt: recording.occurredAt,
            ...(recording.source ? { source: recording.source } : {}),
            schemaVersion: SCHEMA_VERSION,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
  }
}

/** A store holding the given batches of events, each recorded on its own business date. */
export async function storeWith(
  ...batches: ReadonlyArray<readonly [Recording, readonly LedgerEvent[]]>
): Promise<InMemoryEventStore> {
  const store = new InMemoryEventStore();
  for (const [recording, events] of batches) await record(store, recording, events);
  return store;
}

/** The read models the projections build from everything in the store. */
export async function project(store: EventStore, projections: readonly Projection[]): Promise<Database.Database> {
  const db = openReadModelDb(':memory:');
  await new ProjectionRunner(store, db, projections).catchUp();
  return db;
}

/** Every row of every table a projection owns, in rowid order: for "rebuilding gives the same tables". */
export function dumpTables(db: Database.Database, projection: Projection): string {
  return projection.tableNames
    .map(
      (table) =>
        `${table}\n${JSON.stringify(db.prepare(`SELECT rowid AS _rowid, * FROM ${table} ORDER BY rowid`).all())}`,
    )
    .join('\n');
}
