/**
 * Turns a stored event into one the projections can fold: its data checked against the event
 * type's schema. An event whose type this version of the ledger does not know is passed over by
 * the projections (and reported by `ledger verify`).
 */
import { eventSchemaOf } from '../domain/index.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { ProjectedEvent } from './projection.js';

export function toProjectedEvent(recorded: RecordedEvent): ProjectedEvent | undefined {
  const schema = eventSchemaOf(recorded.type);
  if (!schema) return undefined;
  const parsed = schema.safeParse(recorded.data);
  if (!parsed.success) {
    throw new Error(`Event ${recorded.eventId} (${recorded.streamId}@${recorded.revision}) does not match the ${recorded.type} schema: ${parsed.error.message}`);
  }
  return { ...recorded, data: parsed.data } as ProjectedEvent;
}
