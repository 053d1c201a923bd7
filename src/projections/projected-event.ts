/**
 * Turns a stored event into one the projections can fold. The store's events were checked against
 * their type's schema when they were appended (and `ledger verify` re-checks every one with its
 * hash chain), and the event schemas neither default nor transform a field, so a rebuild trusts
 * them rather than validating a million events again. An event whose type this version of the
 * ledger does not know is passed over by the projections (and reported by `ledger verify`).
 */
import { eventSchemaOf } from '../domain/index.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { ProjectedEvent } from './projection.js';

export function toProjectedEvent(recorded: RecordedEvent): ProjectedEvent | undefined {
  return eventSchemaOf(recorded.type) ? (recorded as ProjectedEvent) : undefined;
}
