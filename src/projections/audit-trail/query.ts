/** The audit trail of one stream (entity), oldest first. */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SourceKind } from '../../store/envelope.js';
import type { AuditEvent, AuditTrail } from './view.js';

interface EventRow {
  position: number;
  revision: number;
  event_id: string;
  type: string;
  actor_id: string;
  actor_role: string;
  recorded_at: string;
  occurred_at: string;
  source_document: string | null;
  source_section: string | null;
  source_kind: SourceKind | null;
  command_id: string;
  command_type: string;
  correlation_id: string;
  prev_hash: string;
  hash: string;
  data_json: string;
}

function eventView(row: EventRow): AuditEvent {
  return {
    revision: String(row.revision),
    position: String(row.position),
    eventId: row.event_id,
    type: row.type,
    actor: { id: row.actor_id, role: row.actor_role },
    recordedAt: row.recorded_at,
    occurredAt: row.occurred_at,
    source:
      row.source_document === null
        ? null
        : { document: row.source_document, section: row.source_section, kind: row.source_kind },
    commandId: row.command_id,
    commandType: row.command_type,
    correlationId: row.correlation_id,
    prevHash: row.prev_hash,
    hash: row.hash,
    data: JSON.parse(row.data_json) as Record<string, unknown>,
  };
}

/** Undefined when the stream has no events (in this database). */
export function auditTrail(db: Database.Database, streamId: string): AuditTrail | undefined {
  const rows = db
    .prepare<[string], EventRow>('SELECT * FROM audit_trail_events WHERE stream_id = ? ORDER BY revision')
    .all(streamId);
  if (rows.length === 0) return undefined;
  return { streamId, revision: String(rows.at(-1)!.revision), events: rows.map(eventView) };
}

/**
 * The trail as the public may read it: each idempotency key replaced by its SHA-256, which still
 * shows which events one command recorded but cannot be sent again as someone else's key.
 */
export function withHashedKeys(trail: AuditTrail | undefined): AuditTrail | undefined {
  if (!trail) return undefined;
  const hashed = (key: string) => `sha256:${createHash('sha256').update(key).digest('hex')}`;
  return { ...trail, events: trail.events.map((event) => ({ ...event, commandId: hashed(event.commandId) })) };
}

/** The stream's last revision in this database (-1 when it has none): an entity's ETag as at a time. */
export function streamRevision(db: Database.Database, streamId: string): number {
  const row = db
    .prepare<[string], { revision: number | null }>(
      'SELECT MAX(revision) AS revision FROM audit_trail_events WHERE stream_id = ?',
    )
    .get(streamId);
  return row?.revision ?? -1;
}
