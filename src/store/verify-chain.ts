/**
 * The auditor's check that nothing was altered: reads every event in global order and, stream by
 * stream, checks that revisions run 0, 1, 2 ... without a gap, that each event names the previous
 * event's hash, and that its own hash is what its content hashes to. Stops at the first break.
 *
 * A chain proves order and content, not length: removing a stream's newest events leaves a shorter,
 * valid chain. The report's `heads` are what to keep elsewhere (in the minutes, say) to detect that.
 */
import { GENESIS_HASH, hashEvent, type RecordedEvent } from './envelope.js';
import type { EventStore } from './port.js';

export type ChainProblem =
  /** The event's revision is not the one after its predecessor's: an event was removed, added or moved. */
  | 'revision-out-of-sequence'
  /** The event's prevHash is not its predecessor's hash. */
  | 'broken-link'
  /** The event's content does not hash to the hash it carries: it was altered after it was recorded. */
  | 'content-altered';

export interface ChainHead {
  readonly streamId: string;
  readonly revision: bigint;
  readonly hash: string;
}

export interface ChainFailure {
  readonly streamId: string;
  /** The first revision at which the stream is broken. */
  readonly revision: bigint;
  readonly expected: string;
  readonly found: string;
  readonly problem: ChainProblem;
}

export interface ChainReport {
  readonly ok: boolean;
  /** Streams seen, up to the first break. */
  readonly streams: number;
  /** Events checked, up to and including the first broken one. */
  readonly events: number;
  /** Each stream's newest intact event, in the order the streams began. */
  readonly heads: readonly ChainHead[];
  readonly failure?: ChainFailure;
}

export async function verifyChains(store: EventStore): Promise<ChainReport> {
  const heads = new Map<string, ChainHead>();
  let events = 0;
  for await (const event of store.readAll()) {
    events++;
    const failure = checkEvent(event, heads.get(event.streamId));
    if (failure) return { ok: false, streams: heads.size, events, heads: [...heads.values()], failure };
    heads.set(event.streamId, { streamId: event.streamId, revision: event.revision, hash: event.metadata.hash });
  }
  return { ok: true, streams: heads.size, events, heads: [...heads.values()] };
}

/** Checks one event against the head of its stream so far (undefined before the stream's first event). */

/** A stored value as the report shows it: a tampered store may hold anything where a hash belongs. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined ? 'missing' : JSON.stringify(value);
}
export function checkEvent(event: RecordedEvent, head: ChainHead | undefined): ChainFailure | undefined {
  const where = { streamId: event.streamId };
  const expectedRevision = head ? head.revision + 1n : 0n;
  if (event.revision !== expectedRevision) {
    return {
      ...where,
      revision: expectedRevision,
      expected: `revision ${expectedRevision}`,
      found: `revision ${event.revision}`,
      problem: 'revision-out-of-sequence',
    };
  }
  const expectedPrevious = head ? head.hash : GENESIS_HASH;
  // Metadata overwritten with JSON null (or nothing) is a broken link, not a crash of the check.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a tampered store breaks the type
  const { hash, ...unhashed } = event.metadata ?? {};
  if (unhashed.prevHash !== expectedPrevious) {
    return {
      ...where,
      revision: event.revision,
      expected: expectedPrevious,
      found: shown(unhashed.prevHash),
      problem: 'broken-link',
    };
  }
  const recomputed = hashEvent({
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    data: event.data,
    metadata: unhashed,
  });
  if (recomputed !== hash) {
    return {
      ...where,
      revision: event.revision,
      expected: recomputed,
      found: shown(hash),
      problem: 'content-altered',
    };
  }
  return undefined;
}
