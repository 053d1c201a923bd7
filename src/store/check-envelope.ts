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
import { Actor, NewEventMetadata, NewEventSchema, SourceReference, type NewEvent } from './envelope.js';
import { StoreError } from './errors.js';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const EVENT_TYPE = /^[A-Z][A-Za-z]+$/;
const HASH = /^[0-9a-f]{64}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The envelope parts that the events of one command share (who recorded them, when, from which
 * document), last found valid by their zod schemas. Whether such a part is valid depends on nothing
 * but the values compared here, so an event carrying the same values needs no second zod run: the
 * 100 events of an import's append pay for the actor's text check once, not 100 times.
 */
const lastValid = {
  actorId: undefined as unknown,
  actorRole: undefined as unknown,
  recordedAt: undefined as unknown,
  sourceDocument: undefined as unknown,
  sourceSection: undefined as unknown,
  sourceKind: undefined as unknown,
};

function actorValid(actor: unknown): boolean {
  if (!isObject(actor)) return false;
  if (actor.id === lastValid.actorId && actor.role === lastValid.actorRole && lastValid.actorId !== undefined)
    return true;
  if (!Actor.safeParse(actor).success) return false;
  lastValid.actorId = actor.id;
  lastValid.actorRole = actor.role;
  return true;
}

function recordedAtValid(recordedAt: unknown): boolean {
  if (recordedAt === lastValid.recordedAt && recordedAt !== undefined) return true;
  if (!NewEventMetadata.shape.recordedAt.safeParse(recordedAt).success) return false;
  lastValid.recordedAt = recordedAt;
  return true;
}

function sourceValid(source: unknown): boolean {
  if (source === undefined) return true;
  if (!isObject(source)) return false;
  if (
    source.document === lastValid.sourceDocument &&
    source.section === lastValid.sourceSection &&
    source.kind === lastValid.sourceKind &&
    lastValid.sourceDocument !== undefined
  )
    return true;
  if (!SourceReference.safeParse(source).success) return false;
  lastValid.sourceDocument = source.document;
  lastValid.sourceSection = source.section;
  lastValid.sourceKind = source.kind;
  return true;
}

/**
 * True only where NewEventSchema accepts the event: the same tests written out in plain code, with
 * the shared parts checked through lastValid. False is no verdict: the caller then asks zod, whose
 * first issue is the message (tests/store/check-envelope.test.ts compares the two on many envelopes).
 */
export function envelopeSurelyValid(event: unknown): boolean {
  if (!isObject(event) || !('data' in event)) return false;
  const { eventId, type, metadata } = event;
  if (typeof eventId !== 'string' || !ULID.test(eventId)) return false;
  if (typeof type !== 'string' || !EVENT_TYPE.test(type)) return false;
  if (!isObject(metadata)) return false;
  const { commandHash, schemaVersion } = metadata;
  return (
    isNonEmptyString(metadata.commandId) &&
    isNonEmptyString(metadata.commandType) &&
    (commandHash === undefined || (typeof commandHash === 'string' && HASH.test(commandHash))) &&
    isNonEmptyString(metadata.correlationId) &&
    isNonEmptyString(metadata.causationId) &&
    isNonEmptyString(metadata.occurredAt) &&
    typeof schemaVersion === 'number' &&
    Number.isSafeInteger(schemaVersion) &&
    schemaVersion > 0 &&
    actorValid(metadata.actor) &&
    recordedAtValid(metadata.recordedAt) &&
    sourceValid(metadata.source)
  );
}

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
export function envelopeProblem(
  streamId: string,
  event: NewEvent,
  schemaOf: (streamId: string, type: string) => z.ZodType | string = dataSchema,
): string | undefined {
  if (!envelopeSurelyValid(event)) {
    const envelope = NewEventSchema.safeParse(event);
    if (!envelope.success) return `its envelope: ${firstIssue(envelope.error)}`;
  }
  const schema = schemaOf(streamId, event.type);
  if (typeof schema === 'string') return schema;
  const data = schema.safeParse(event.data);
  return data.success ? undefined : `its ${event.type} data: ${firstIssue(data.error)}`;
}

/** Throws INVALID_EVENT, naming the event and what is wrong, when any event of an append fails the check. */
export function checkEnvelopes(streamId: string, events: readonly NewEvent[]): void {
  // The stream is the append's, and its events are of a few types: each type's schema is looked up once.
  const schemas = new Map<string, z.ZodType | string>();
  const schemaOf = (stream: string, type: string) => {
    let schema = schemas.get(type);
    if (schema === undefined) schemas.set(type, (schema = dataSchema(stream, type)));
    return schema;
  };
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const problem = envelopeProblem(streamId, event, schemaOf);
    if (problem)
      throw new StoreError(
        'INVALID_EVENT',
        `Event ${index + 1} of the append to ${streamId} (${event.type}) is not stored: ${problem}`,
      );
  }
}
