/**
 * The ledger's envelope in EventStoreDB terms. ESDB event ids must be UUIDs, so each ULID maps to a
 * UUID v4 derived from it (the same ULID always gives the same UUID, which is what lets a retried
 * append hit the server's idempotency check); the ULID itself travels in the metadata and comes back
 * on every read.
 */
import { createHash } from 'node:crypto';
import { jsonEvent, type EventData, type JSONType, type Position } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../envelope.js';
import { StoreError } from '../errors.js';

const LEDGER_EVENT_ID = 'ledgerEventId';

/** A UUID v4 (version and variant bits set) made from the SHA-256 of the ledger's event id. */
export function esdbEventId(eventId: string): string {
  const bytes = createHash('sha256').update(`partnership-ledger:${eventId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toEventData(event: Omit<RecordedEvent, 'position'>): EventData {
  return jsonEvent({
    id: esdbEventId(event.eventId),
    type: event.type,
    data: (event.data ?? null) as JSONType,
    metadata: { ...event.metadata, [LEDGER_EVENT_ID]: event.eventId },
  });
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

/** Events the server writes for itself ($stats, $settings, links): never part of the ledger. */
export function isSystemEvent(event: Pick<EsdbEvent, 'streamId' | 'type'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toRecordedEvent(event: EsdbEvent): RecordedEvent {
  const raw = event.metadata;
  const eventId = isRecord(raw) ? raw[LEDGER_EVENT_ID] : undefined;
  if (!isRecord(raw) || typeof eventId !== 'string') {
    throw new StoreError('INVALID_EVENT', `Event ${event.id} in ${event.streamId} was not written by the ledger: it has no ledger event id.`);
  }
  if (!event.position) {
    throw new StoreError('STORE_UNAVAILABLE', 'The EventStoreDB server did not report event positions; the ledger needs EventStoreDB 22.6 or later.');
  }
  const metadata: Record<string, unknown> = { ...raw };
  delete metadata[LEDGER_EVENT_ID];
  return {
    eventId,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position.commit,
    data: event.data,
    metadata: metadata as EventMetadata,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
