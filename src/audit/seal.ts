/**
 * Ledger seals. A seal is one SHA-256 digest over the head of every stream (its id, revision and
 * hash) at one global position, for the board to publish in its minutes. The chain check proves
 * each stream's events are intact in order; the seal also proves that none was cut short, removed
 * or re-chained up to that position, since any of those changes a head.
 *
 * Seals belong to the audit layer, not to a domain feature: a `LedgerSealed` event is the only
 * event of a `seal-<position>` stream. The domain registry does not know the type, so the
 * projections pass it over, as they do any type they do not know; `ledger verify` checks it here.
 *
 * The digest, recomputable from an NDJSON export with no ledger code: take every event with
 * `position <= P`, keep the last `(streamId, revision, metadata.hash)` of each stream, write one
 * line `streamId SP revision SP hash LF` per stream, sorted by streamId (byte order), and hash the
 * lines with SHA-256 (lower-case hex).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ChainHead } from '../store/verify-chain.js';
import type { EventStore } from '../store/port.js';

export const SEAL_EVENT_TYPE = 'LedgerSealed';
const SEAL_STREAM_PREFIX = 'seal-';

export const Digest = z.string().regex(/^[0-9a-f]{64}$/, 'a seal digest is 64 lower-case hexadecimal characters');

/** Recorded when someone seals the ledger: the digest of every stream's head at `position`. */
export const LedgerSealedData = z.object({
  position: z.number().int().min(0).describe('The global position sealed: every event at or before it is covered'),
  streams: z.number().int().min(1).describe('How many streams had events by then'),
  digest: Digest.describe('SHA-256 over the sorted stream heads at that position'),
});
export type LedgerSealedData = z.infer<typeof LedgerSealedData>;

export function sealStreamOf(position: bigint): string {
  return `${SEAL_STREAM_PREFIX}${position}`;
}

export function isSealStream(stream: string): boolean {
  return stream.startsWith(SEAL_STREAM_PREFIX);
}

export interface SealSummary {
  readonly streams: number;
  readonly digest: string;
}

/** The digest of a set of stream heads, in the format the module comment describes. */
export function digestHeads(heads: Iterable<ChainHead>): SealSummary {
  const lines = [...heads].map((head) => `${head.streamId} ${head.revision} ${head.hash}\n`);
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line);
  return { streams: lines.length, digest: hash.digest('hex') };
}

/**
 * The digest of the heads at each of `positions`, in one pass over the store. Heads are read as
 * stored (the chain check is what proves they are genuine).
 */
export async function digestsAt(store: EventStore, positions: readonly bigint[]): Promise<Map<bigint, SealSummary>> {
  const wanted = [...new Set(positions)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digests = new Map<bigint, SealSummary>();
  const heads = new Map<string, ChainHead>();
  let next = 0;
  if (wanted.length === 0) return digests;
  for await (const event of store.readAll()) {
    while (next < wanted.length && event.position > wanted[next]!)
      digests.set(wanted[next++]!, digestHeads(heads.values()));
    if (next === wanted.length) break;
    heads.set(event.streamId, { streamId: event.streamId, revision: event.revision, hash: event.metadata.hash });
  }
  while (next < wanted.length) digests.set(wanted[next++]!, digestHeads(heads.values()));
  return digests;
}
