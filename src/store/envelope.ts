/**
 * The event envelope every adapter stores, and the per-stream SHA-256 hash chain over canonical JSON:
 * `hash = sha256(prevHash + canonicalJson(event without hash))`, the first event chained to GENESIS_HASH.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { NAME_MAX_LENGTH, storedHumanText } from '../domain/shared/human-text.js';

export const GENESIS_HASH = '0'.repeat(64);
export const SCHEMA_VERSION = 1;

export const Role = z.enum(['admin', 'clerk', 'finance', 'reader', 'system']).describe('What the actor may do');
export type Role = z.infer<typeof Role>;

export const Actor = z
  .object({
    id: storedHumanText(NAME_MAX_LENGTH).describe('Who recorded the event: a token name, or `importer` / `system`'),
    role: Role,
  })
  .describe('The identity that issued the command');
export type Actor = z.infer<typeof Actor>;

/** What kind of record a fact comes from; `illustrative` marks a value made up for the demo, not from any record. */
export const SourceKind = z
  .enum(['minutes', 'finance-system', 'correction', 'illustrative'])
  .describe(
    "The kind of record: minutes, the finance system, a clerk's correction, or illustrative (not from any record)",
  );
export type SourceKind = z.infer<typeof SourceKind>;

export const SourceReference = z
  .object({
    document: z.string().min(1).describe('The document the fact comes from, e.g. the minutes file'),
    section: z.string().optional().describe('Where in the document, e.g. "item 3" or "line 42"'),
    kind: SourceKind.optional(),
  })
  .describe('Where the fact was recorded from');
export type SourceReference = z.infer<typeof SourceReference>;

const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID');
const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256 digest');

/** Metadata the caller supplies; the store adds prevHash and hash. */
export const NewEventMetadata = z.object({
  commandId: z.string().min(1),
  commandType: z.string().min(1),
  /** SHA-256 of the command (type and data): a retry with the same commandId must carry the same command. */
  commandHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  correlationId: z.string().min(1),
  causationId: z.string().min(1),
  actor: Actor,
  recordedAt: z.iso.datetime({ offset: true }),
  occurredAt: z.string().min(1).describe('Business time: the date the fact happened, e.g. the meeting date'),
  source: SourceReference.optional(),
  schemaVersion: z.number().int().positive(),
});
export type NewEventMetadata = z.infer<typeof NewEventMetadata>;

export const EventMetadata = NewEventMetadata.extend({ prevHash: Hash, hash: Hash });
export type EventMetadata = z.infer<typeof EventMetadata>;

export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: NewEventMetadata;
}

export interface RecordedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  /** 0-based position of the event in its stream. */
  readonly revision: bigint;
  /** Position in the store's single global order. */
  readonly position: bigint;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export const NewEventSchema = z.object({
  eventId: Ulid,
  type: z
    .string()
    .min(1)
    .regex(/^[A-Z][A-Za-z]+$/, 'a PascalCase past-tense event type'),
  data: z.unknown(),
  metadata: NewEventMetadata,
});

/** JSON with object keys sorted at every depth and no whitespace: the same bytes for the same value. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  const copy = sortedCopy(value);
  return copy === UNUSUAL ? slowCanonicalJson(value) : JSON.stringify(copy);
}

const UNUSUAL = Symbol('unusual');
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Plain JSON data with every object's keys in sorted order, so that the native JSON.stringify writes
 * canonical JSON: the value itself where its keys already are, a copy where not; UNUSUAL for anything
 * the native writer would write differently (a key like "10", which objects keep in numeric order; a
 * bigint, a Date, a class instance).
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol' ? UNUSUAL : value;
  }
  if (Array.isArray(value)) return sortedArray(value);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return UNUSUAL;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  // The members' copies, made only once a member needs one or the keys turn out to be out of order.
  let copies: unknown[] | undefined;
  let inOrder = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // Only a key starting with a digit can be an array index: most keys skip the regular expression.
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57 && ARRAY_INDEX.test(key)) return UNUSUAL;
    const member = object[key];
    const copy = member !== null && typeof member === 'object' ? sortedCopy(member) : scalar(member);
    if (copy === UNUSUAL) return UNUSUAL;
    if (inOrder && i > 0 && keys[i - 1]! > key) inOrder = false;
    if (copies) copies.push(copy);
    else if (copy !== member || !inOrder) {
      copies = keys.slice(0, i).map((k) => object[k]);
      copies.push(copy);
    }
  }
  if (!copies) return value;
  const out: Record<string, unknown> = {};
  if (inOrder) {
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = copies[i];
  } else {
    for (const i of sortedOrder(keys)) out[keys[i]!] = copies[i];
  }
  return out;
}

function scalar(value: unknown): unknown {
  return typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol' ? UNUSUAL : value;
}

/**
 * The indexes of `keys` in code-unit order, kept per set of keys in its given order: the objects of a
 * batch of events are of a few shapes, each sorted once. The keys are compared before an order is
 * reused, as two lists of keys can join to one signature.
 */
const orders = new Map<string, { readonly keys: readonly string[]; readonly order: readonly number[] }>();

function sortedOrder(keys: readonly string[]): readonly number[] {
  const signature = keys.join('\u0000');
  const known = orders.get(signature);
  if (known && known.keys.length === keys.length && known.keys.every((key, i) => key === keys[i])) return known.order;
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  if (orders.size >= 256) orders.clear();
  orders.set(signature, { keys: [...keys], order });
  return order;
}

function sortedArray(array: readonly unknown[]): unknown {
  let out: unknown[] | undefined;
  for (let i = 0; i < array.length; i++) {
    const copy = sortedCopy(array[i]);
    if (copy === UNUSUAL) return UNUSUAL;
    if (copy !== array[i] && !out) out = array.slice(0, i);
    out?.push(copy);
  }
  return out ?? array;
}

/** canonicalJson written out member by member: for values the native writer cannot be given sorted. */
function slowCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return value.toString();
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(slowCanonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${slowCanonicalJson(v)}`).join(',')}}`;
}

/** The part of an event the hash covers: everything but the hash itself and the global position. */
export interface HashedContent {
  eventId: string;
  type: string;
  streamId: string;
  revision: bigint;
  data: unknown;
  metadata: Omit<EventMetadata, 'hash'>;
}

export function hashEvent(content: HashedContent): string {
  const { metadata, ...rest } = content;
  const body = canonicalJson({ ...rest, revision: Number(content.revision), metadata });
  return createHash('sha256').update(metadata.prevHash).update(body).digest('hex');
}

/** Chains new events onto a stream whose last hash is `prevHash` and next revision is `firstRevision`. */
export function chainEvents(
  stream: string,
  events: readonly NewEvent[],
  firstRevision: bigint,
  prevHash: string,
): Array<Omit<RecordedEvent, 'position'>> {
  let previous = prevHash;
  return events.map((event, index) => {
    const revision = firstRevision + BigInt(index);
    const metadata = { ...event.metadata, prevHash: previous };
    const hash = hashEvent({
      eventId: event.eventId,
      type: event.type,
      streamId: stream,
      revision,
      data: event.data,
      metadata,
    });
    previous = hash;
    return {
      eventId: event.eventId,
      type: event.type,
      streamId: stream,
      revision,
      data: event.data,
      metadata: { ...metadata, hash },
    };
  });
}
