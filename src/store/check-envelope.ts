/**
 * The check every adapter makes before it writes: each event's envelope and data pass the same
 * zod schemas `ledger verify` applies (src/audit/replay.ts): the envelope's metadata (a named
 * actor, a known role, ISO times), a stream of a known kind, a type that stream's feature records
 * (or a seal in a seal stream), and data its schema accepts. So no caller, whatever it hands the
 * port, can store an event that verify would refuse for its content. The order of events within a
 * stream is the deciders' business (the command runner), and verify's.
 */
import type { z } from 'zod';
import { firstIssue } from '../audit/replay.js';
import { isSealStream, LedgerSealedData, SEAL_EVENT_TYPE } from '../audit/seal.js';
import { deciderForStream, eventSchemaOf } from '../domain/index.js';
import { NewEventSchema, type NewEvent } from './envelope.js';
import { StoreError } from './errors.js';

/** The schema of the event's data in this stream, or a sentence saying why there is none. */
function dataSchema(streamId: string, type: string): z.ZodType | string {
  if (isSealStream(streamId))
    return type === SEAL_EVENT_TYPE ? LedgerSealedData : `a seal stream holds only ${SEAL_EVENT_TYPE}, not ${type}`;
  if (!deciderForStream(streamId))
    return (
      `${streamId} is not a stream of a known kind (organisation-, body-, meeting-, proposal-, ` +
      `fund-, action- or seal-)`
    );
  return eventSchemaOf(type) ?? `${type} is not an event type this version of the ledger knows`;
}

/** What is wrong with one event as the store would write it to `streamId`, or undefined. */
export function envelopeProblem(streamId: string, event: NewEvent): string | undefined {
  const envelope = NewEventSchema.safeParse(event);
  if (!envelope.success) return `its envelope: ${firstIssue(envelope.error)}`;
  const schema = dataSchema(streamId, event.type);
  if (typeof schema === 'string') return schema;
  const data = schema.safeParse(event.data);
  return data.success ? undefined : `its ${event.type} data: ${firstIssue(data.error)}`;
}

/** Throws INVALID_EVENT, naming the event and what is wrong, when any event of an append fails the check. */
export function checkEnvelopes(streamId: string, events: readonly NewEvent[]): void {
  for (const [index, event] of events.entries()) {
    const problem = envelopeProblem(streamId, event);
    if (problem)
      throw new StoreError(
        'INVALID_EVENT',
        `Event ${index + 1} of the append to ${streamId} (${event.type}) is not stored: ${problem}`,
      );
  }
}
