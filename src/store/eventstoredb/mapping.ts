/**
 * The ledger's envelope in EventStoreDB terms. ESDB event ids must be UUIDs, so each ULID maps to a
 * UUID v4 derived from it (the same ULID always gives the same UUID, which is what lets a retried
 * append hit the server's idempotency check); the ULID itself travels in the metadata and comes back
 * on every read.
 */
import { jsonEvent, type EventData, type JSONType, type Position } from '@eventstore/db-client';
import type { EventMetadata, NewEvent, RecordedEvent } from '../envelope.js';
import { StoreError } from '../errors.js';
import { uuidFrom, type StreamNames } from './names.js';

const LEDGER_EVENT_ID = 'ledgerEventId';

export function esdbEventId(eventId: string): string {
  return uuidFrom(`partnership-ledger:${eventId}`);
}

export function toEventData(event: Omit<RecordedEvent, 'position'>): EventData {
  return jsonEvent({
    id: esdbEventId(event.eventId),
    type: event.type,
    data: (event.data ?? null) as JSONType,
    metadata: { ...event.metadata, [LEDGER_EVENT_ID]: event.eventId },
  });
}

/** A hash as the envelope writes it: 64 hex digits, so an estimate made before chaining is exact. */
const HASH_PLACEHOLDER = '0'.repeat(64);

/**
 * The size the server counts against MaxAppendSize for one event (from 24.10.4: data + metadata +
 * 2 × type, the type counted in UTF-16 code units), for the event as this adapter will send it.
 */
export function appendSizeOf(event: NewEvent | Omit<RecordedEvent, 'position'>): number {
  const metadata = {
    prevHash: HASH_PLACEHOLDER,
    hash: HASH_PLACEHOLDER,
    ...event.metadata,
    [LEDGER_EVENT_ID]: event.eventId,
  };
  return (
    Buffer.byteLength(JSON.stringify(event.data ?? null)) +
    Buffer.byteLength(JSON.stringify(metadata)) +
    2 * event.type.length
  );
}

/** What the adapter reads from an ESDB recorded event, whatever its content type. */
export interface EsdbEvent {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly position?: Position;
}

/**
 * The ledger's event for one read from `$all`, or undefined for anything else found there: the
 * server's own events, other applications' streams, idempotency claims, and an event without a
 * ledger event id even in a ledger stream (a test write through the admin UI). None of these stops a read.
 */
export function ledgerEventOf(event: EsdbEvent, names: StreamNames): RecordedEvent | undefined {
  const streamId = names.fromEsdb(event.streamId);
  if (streamId === undefined || event.type.startsWith('$') || ledgerEventIdOf(event) === undefined) return undefined;
  return toRecordedEvent(event, streamId);
}

/** The ledger's event for one read from a ledger stream; an event the ledger did not write there is refused. */
export function toRecordedEvent(event: EsdbEvent, streamId: string): RecordedEvent {
  const eventId = ledgerEventIdOf(event);
  if (eventId === undefined) {
    throw new StoreError(
      'INVALID_EVENT',
      `Event ${event.id} in ${event.streamId} was not written by the ledger: it has no ledger event id.`,
    );
  }
  if (!event.position) {
    throw new StoreError(
      'STORE_UNAVAILABLE',
      'The EventStoreDB server did not report event positions; the ledger needs EventStoreDB 22.6 or later.',
    );
  }
  const metadata: Record<string, unknown> = { ...(event.metadata as Record<string, unknown>) };
  Reflect.deleteProperty(metadata, LEDGER_EVENT_ID);
  return {
    eventId,
    type: event.type,
    streamId,
    revision: event.revision,
    position: event.position.commit,
    data: event.data,
    metadata: metadata as EventMetadata,
  };
}

function ledgerEventIdOf(event: EsdbEvent): string | undefined {
  const raw = event.metadata;
  const eventId = isRecord(raw) ? raw[LEDGER_EVENT_ID] : undefined;
  return typeof eventId === 'string' ? eventId : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
