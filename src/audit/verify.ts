/**
 * `ledger verify`: in one pass over the store in global order, every stream's hash chain and
 * revisions (verifyChains) and every event's content (replay.ts); then every seal recorded in
 * the ledger, and the seal the caller names, recomputed at its position. Reports the first failure.
 */
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/port.js';
import { verifyChains, type ChainFailure, type ChainHead } from '../store/verify-chain.js';
import { ContentReplay, type RecordedSeal } from './replay.js';
import { digestsAt } from './seal.js';

export interface VerifyFailure {
  /** Which check failed: the hash chain, an event's content, or a seal. */
  readonly check: 'chain' | 'content' | 'seal';
  readonly problem: string;
  /** The stream broken, or null when a seal named by digest is not in the ledger. */
  readonly streamId: string | null;
  readonly revision: bigint | null;
  readonly position: bigint | null;
  readonly eventId: string | null;
  readonly type: string | null;
  readonly expected: string;
  readonly found: string;
}

export interface SealCheck {
  readonly streamId: string;
  /** The position sealed. */
  readonly position: bigint;
  /** Where the seal itself is stored. */
  readonly eventPosition: bigint;
  readonly recorded: string;
  readonly recomputed: string;
  readonly ok: boolean;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly streams: number;
  /**
   * Events read: up to and including a broken chain's event, or all of them (a content failure does not stop the chain
   * check).
   */
  readonly events: number;
  /** The position of the last event checked, -1n for an empty ledger. */
  readonly position: bigint;
  readonly heads: readonly ChainHead[];
  readonly seals: readonly SealCheck[];
  readonly failure?: VerifyFailure;
}

function failureAt(
  event: RecordedEvent,
  check: VerifyFailure['check'],
  detail: { problem: string; expected: string; found: string },
): VerifyFailure {
  const { eventId, type, streamId, revision, position } = event;
  return { check, streamId, revision, position, eventId, type, ...detail };
}

/** The store as the chain check reads it, with every event it reads passed to `see` first. */
function tapped(store: EventStore, see: (event: RecordedEvent) => void): EventStore {
  async function* tap(events: AsyncIterable<RecordedEvent>) {
    for await (const event of events) {
      see(event);
      yield event;
    }
  }
  return {
    kind: store.kind,
    append: (stream, events, options) => store.append(stream, events, options),
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => tap(store.readAll(options)),
    headPosition: () => store.headPosition(),
    close: () => Promise.resolve(),
  };
}

/** The chain check's expected and found, saying which hash is which. */
function explained(failure: ChainFailure): { problem: string; expected: string; found: string } {
  const { problem, expected, found } = failure;
  if (problem === 'content-altered')
    return {
      problem,
      expected: `hash ${expected} (what the event as stored hashes to)`,
      found: `hash ${found} (recorded with the event)`,
    };
  if (problem === 'broken-link')
    return {
      problem,
      expected: `prevHash ${expected} (the hash of the stream's previous event)`,
      found: `prevHash ${found}`,
    };
  return { problem, expected, found };
}

/** Chains and content in one pass: the content replay sees each event the chain check reads. */
async function checkEvents(store: EventStore) {
  const replay = new ContentReplay();
  let last: RecordedEvent | undefined;
  let contentFailure: VerifyFailure | undefined;
  const chains = await verifyChains(
    tapped(store, (event) => {
      last = event;
      const problem = contentFailure ? undefined : replay.check(event);
      if (problem) contentFailure = failureAt(event, 'content', problem);
    }),
  );
  const broken = chains.failure;
  // verifyChains stops at the event that breaks a chain, so that is the last event it read.
  const chainFailure: VerifyFailure | undefined =
    broken && last
      ? { ...failureAt(last, 'chain', explained(broken)), streamId: broken.streamId, revision: broken.revision }
      : undefined;
  // A chain break comes before any content problem found later; at the same event it explains it.
  const failure =
    chainFailure && (!contentFailure || chainFailure.position! <= contentFailure.position!)
      ? chainFailure
      : contentFailure;
  return { chains, failure, seals: replay.seals, position: last?.position ?? -1n };
}

function sealChecks(seals: readonly RecordedSeal[], digests: ReadonlyMap<bigint, { digest: string }>): SealCheck[] {
  return seals.map((seal) => {
    const recomputed = digests.get(BigInt(seal.position))!.digest;
    return {
      streamId: seal.streamId,
      position: BigInt(seal.position),
      eventPosition: seal.eventPosition,
      recorded: seal.digest,
      recomputed,
      ok: recomputed === seal.digest,
    };
  });
}

function sealFailure(checks: readonly SealCheck[], published: readonly string[]): VerifyFailure | undefined {
  const broken = checks.find((check) => !check.ok);
  if (broken) {
    const { streamId, position, recorded, recomputed } = broken;
    return {
      check: 'seal',
      problem: 'seal-mismatch',
      streamId,
      revision: 0n,
      position,
      eventId: null,
      type: null,
      expected: recorded,
      found: recomputed,
    };
  }
  const named = published.find((digest) => !checks.some((check) => check.recorded === digest));
  if (named !== undefined) {
    const expected = `a seal recording digest ${named}`;
    return {
      check: 'seal',
      problem: 'seal-not-found',
      streamId: null,
      revision: null,
      position: null,
      eventId: null,
      type: null,
      expected,
      found: `${checks.length} seal(s), none with that digest`,
    };
  }
  return undefined;
}

/** Where a failure is: the stream and revision, and the event when there is one. */
export function failureLocation(failure: VerifyFailure): string {
  const where = failure.streamId === null ? 'the seals' : `stream ${failure.streamId}, revision ${failure.revision}`;
  return failure.eventId === null
    ? where
    : `${where} (event ${failure.eventId}, ${failure.type}, position ${failure.position})`;
}

/** The failure in a sentence: where, what, what was expected and what was found. */
export function describeFailure(failure: VerifyFailure): string {
  return (
    `${failureLocation(failure)}: ${failure.problem.replaceAll('-', ' ')}: expected ` +
    `${failure.expected}, found ${failure.found}`
  );
}

/** Verifies the whole ledger; `seals` are digests published in the minutes, each of which must match a seal in it. */
export async function verifyLedger(
  store: EventStore,
  options: { seals?: readonly string[] } = {},
): Promise<VerifyReport> {
  const { chains, failure, seals, position } = await checkEvents(store);
  const summary = { streams: chains.streams, events: chains.events, position, heads: chains.heads };
  if (failure) return { ok: false, ...summary, seals: [], failure };
  const digests = await digestsAt(
    store,
    seals.map((seal) => BigInt(seal.position)),
  );
  const checks = sealChecks(seals, digests);
  const broken = sealFailure(checks, options.seals ?? []);
  return broken ? { ok: false, ...summary, seals: checks, failure: broken } : { ok: true, ...summary, seals: checks };
}
