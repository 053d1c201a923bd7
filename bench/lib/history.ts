/**
 * Writes a generated history of board business straight into an event store: every command is
 * checked by the real deciders (a rejection stops the run: the generator must only produce what
 * the rules allow), and the events are appended in batches grouped by stream.
 */
/* eslint-disable
   @typescript-eslint/no-unsafe-assignment,
   @typescript-eslint/no-unsafe-return,
   @typescript-eslint/no-unsafe-member-access --
   the registry stores every decider untyped (AnyDecider): its states and events are `any` here */
import { monotonicFactory } from 'ulid';
import { commandEntry } from '../../src/domain/index.js';
import { relatedFrom } from '../../src/domain/related.js';
import { isRejection, type DomainCommand } from '../../src/domain/shared/decider.js';
import { SCHEMA_VERSION, type NewEvent } from '../../src/store/envelope.js';
import type { EventStore } from '../../src/store/port.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { boardBusiness } from './board-business.js';

const FLUSH_EVENTS = 20_000;
const START_MS = Date.UTC(2010, 0, 1);

export interface HistoryProgress {
  readonly events: number;
  readonly commands: number;
}

export async function writeHistory(
  store: EventStore,
  targetEvents: number,
  onProgress?: (progress: HistoryProgress) => void,
  commands: Iterable<DomainCommand> = boardBusiness(),
): Promise<HistoryProgress> {
  const states = new Map<string, unknown>();
  const newId = monotonicFactory();
  let pending = new Map<string, NewEvent[]>();
  let pendingCount = 0;
  let events = 0;
  let count = 0;
  const flush = async () => {
    // On SQLite one outer transaction per flush turns thousands of commits into one (each append
    // becomes a savepoint); the chains and revisions are the adapter's own.
    const sqlite = store instanceof SqliteEventStore ? store.db : undefined;
    sqlite?.exec('BEGIN IMMEDIATE');
    for (const [stream, batch] of pending) await store.append(stream, batch, { expectedRevision: 'any' });
    sqlite?.exec('COMMIT');
    pending = new Map();
    pendingCount = 0;
    onProgress?.({ events, commands: count });
  };
  for (const command of commands) {
    if (events >= targetEvents) break;
    const entry = commandEntry(command.type);
    if (!entry) throw new Error(`Generator bug: unknown command ${command.type}`);
    const parsed = { type: command.type, data: entry.definition.schema.parse(command.data) };
    const stream = entry.decider.streamIdOf(parsed);
    const state = states.has(stream) ? states.get(stream) : entry.decider.initialState;
    const related = relatedFrom(
      new Map(
        (entry.decider.related?.(parsed, state) ?? []).filter((s) => states.has(s)).map((s) => [s, states.get(s)]),
      ),
    );
    const decided = entry.decider.decide(parsed, state, related);
    if (isRejection(decided))
      throw new Error(
        `Generator bug: ${command.type} ${JSON.stringify(command.data)} rejected: ${decided.code} ${decided.message}`,
      );
    states.set(
      stream,
      decided.reduce((s, e) => entry.decider.evolve(s, e), state),
    );
    const recordedAt = new Date(START_MS + events * 1000).toISOString();
    const commandId = `generated-${count++}`;
    const batch = pending.get(stream) ?? [];
    for (const event of decided) {
      batch.push({
        eventId: newId(),
        type: event.type,
        data: event.data,
        metadata: {
          commandId,
          commandType: command.type,
          correlationId: commandId,
          causationId: commandId,
          actor: { id: 'generator', role: 'system' },
          recordedAt,
          occurredAt: recordedAt,
          schemaVersion: SCHEMA_VERSION,
        },
      });
    }
    pending.set(stream, batch);
    events += decided.length;
    pendingCount += decided.length;
    if (pendingCount >= FLUSH_EVENTS) await flush();
  }
  await flush();
  return { events, commands: count };
}
