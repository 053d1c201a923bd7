/**
 * The audit trail: every event of every stream exactly as recorded, envelope and all, indexed by
 * stream. Generic over event types; an event whose type this version does not know never reaches
 * a fold, so it is missing here and reported by `ledger verify` instead.
 */
import type { Projection } from '../projection.js';

const TABLES = `
CREATE TABLE IF NOT EXISTS audit_trail_events (
  position        INTEGER PRIMARY KEY,
  stream_id       TEXT NOT NULL,
  revision        INTEGER NOT NULL,
  event_id        TEXT NOT NULL,
  type            TEXT NOT NULL,
  actor_id        TEXT NOT NULL,
  actor_role      TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  occurred_at     TEXT NOT NULL,
  source_document TEXT,
  source_section  TEXT,
  source_kind     TEXT,
  command_id      TEXT NOT NULL,
  command_type    TEXT NOT NULL,
  correlation_id  TEXT NOT NULL,
  causation_id    TEXT NOT NULL,
  schema_version  INTEGER NOT NULL,
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL,
  data_json       TEXT NOT NULL,
  UNIQUE (stream_id, revision)
);
`;

export const auditTrailProjection: Projection = {
  name: 'audit_trail',
  version: 4,
  tables: TABLES,
  tableNames: ['audit_trail_events'],
  appendOnly: { audit_trail_events: 'position' },
  prepare(db) {
    // Positional parameters: binding twenty named ones from an object, once per event of a rebuild,
    // cost a good part of the copy (issue 18).
    const insert = db.prepare(
      `INSERT OR REPLACE INTO audit_trail_events (position, stream_id, revision, event_id, type, actor_id,
        actor_role, recorded_at, occurred_at,
         source_document, source_section, source_kind, command_id, command_type, correlation_id, causation_id,
           schema_version, prev_hash, hash, data_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return (event) => {
      const { metadata } = event;
      const source = metadata.source;
      insert.run(
        Number(event.position),
        event.streamId,
        Number(event.revision),
        event.eventId,
        event.type,
        metadata.actor.id,
        metadata.actor.role,
        metadata.recordedAt,
        metadata.occurredAt,
        source?.document ?? null,
        source?.section ?? null,
        source?.kind ?? null,
        metadata.commandId,
        metadata.commandType,
        metadata.correlationId,
        metadata.causationId,
        metadata.schemaVersion,
        metadata.prevHash,
        metadata.hash,
        JSON.stringify(event.data),
      );
    };
  },
};
