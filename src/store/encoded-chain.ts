/**
 * The hash chain of envelope.ts computed on bytes that are then stored as they are: each event's
 * data and metadata are written as canonical JSON once, the hashed body is spliced from those same
 * strings, and the stored metadata is the hashed metadata's bytes with the hash put in front. So an
 * append serialises each value once, and the row holds the bytes the hash covers. The hashes are
 * those `chainEvents` gives (tests/store/encoded-chain.test.ts).
 */
import * as crypto from 'node:crypto';
import { canonicalJson, type NewEvent, type RecordedEvent } from './envelope.js';

export interface EncodedEvent {
  readonly event: Omit<RecordedEvent, 'position'>;
  /** Canonical JSON of the event's data. */
  readonly dataJson: string;
  /** JSON of the event's metadata: its hash, then the canonical metadata (with prevHash) the hash covers. */
  readonly metadataJson: string;
}

/** SHA-256 in hex: the one-shot crypto.hash where Node has it (20.12 and later), a Hash object before. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Chains `events` onto a stream whose last hash is `prevHash` and next revision is `firstRevision`. */
export function encodeChain(
  stream: string,
  events: readonly NewEvent[],
  firstRevision: bigint,
  prevHash: string,
): EncodedEvent[] {
  const streamMember = `"streamId":${JSON.stringify(stream)}`;
  let previous = prevHash;
  return events.map((event, index) => {
    const revision = firstRevision + BigInt(index);
    const { hash: _hash, ...unhashed } = { ...event.metadata, prevHash: previous } as Record<string, unknown>;
    const metadataBytes = canonicalJson(unhashed);
    const dataJson = canonicalJson(event.data);
    const data = event.data === undefined ? '' : `"data":${dataJson},`;
    const body =
      `{${data}"eventId":${JSON.stringify(event.eventId)},"metadata":${metadataBytes},` +
      `"revision":${Number(revision)},${streamMember},"type":${JSON.stringify(event.type)}}`;
    const hash = sha256Hex(previous + body);
    const metadataJson = metadataBytes === '{}' ? `{"hash":"${hash}"}` : `{"hash":"${hash}",${metadataBytes.slice(1)}`;
    const metadata = { ...(unhashed as typeof event.metadata & { prevHash: string }), hash };
    previous = hash;
    const recorded = {
      eventId: event.eventId,
      type: event.type,
      streamId: stream,
      revision,
      data: event.data,
      metadata,
    };
    return { event: recorded, dataJson, metadataJson };
  });
}
