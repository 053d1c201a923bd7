/**
 * iCalendar (RFC 5545) feeds with ical-generator. Every event's UID is the ledger's id of the
 * meeting or action at the publishing host, so calendars update an event rather than add another;
 * its SEQUENCE is the entity's revision in the audit trail and its DTSTAMP the time the ledger
 * recorded the latest change, so the same ledger always gives the same feed and any change
 * recorded against the entity (a cancellation, a new venue or date, a new due date) raises the sequence.
 */
import type Database from 'better-sqlite3';
import ical, { type ICalCalendar } from 'ical-generator';
import { auditTrail } from '../../projections/audit-trail/index.js';
import type { OpenDataSnapshot } from '../read-models.js';
import type { OpenDataSettings } from '../settings.js';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export function calendar(name: string, description: string, snapshot: OpenDataSnapshot): ICalCalendar {
  const currency =
    snapshot.asAt === null
      ? `events up to position ${snapshot.projectedPosition}`
      : `as the ledger stood at ${snapshot.asAt}`;
  return ical({
    name,
    description: `${description} (${currency})`,
    prodId: { company: 'Partnership Ledger', product: 'Open data', language: 'EN' },
  });
}

export function uid(settings: OpenDataSettings, streamId: string): string {
  return `${streamId}@${new URL(settings.publicUrl).host}`;
}

/** The entity's revision and the time of its latest event, from the audit trail. */
export function versionOf(db: Database.Database, streamId: string): { sequence: number; stamp: Date } {
  const trail = auditTrail(db, streamId);
  const latest = trail?.events.at(-1);
  if (!trail || !latest) throw new Error(`Bug: ${streamId} is in a read model but has no events in the audit trail`);
  return { sequence: Number(trail.revision), stamp: new Date(latest.recordedAt) };
}

/** A calendar date as an all-day event's start: midnight UTC, which ical-generator writes as the date itself. */
export const day = (date: string) => new Date(`${date}T00:00:00Z`);
