/**
 * The ledger's stream names in EventStoreDB. Every stream the ledger writes starts with a prefix
 * (`ledger-` unless configured), so other applications can share the database: the ledger reads
 * `$all` through a filter on the prefix and leaves everything else alone. Idempotency claims live in
 * streams of their own under the same prefix, one per idempotency key (see claims.ts).
 */
import { createHash } from 'node:crypto';

export const DEFAULT_STREAM_PREFIX = 'ledger-';

export class StreamNames {
  private readonly claimPrefix: string;

  constructor(readonly prefix: string = DEFAULT_STREAM_PREFIX) {
    this.claimPrefix = `${prefix}cmd-`;
  }

  /** The EventStoreDB stream holding one of the ledger's streams. */
  toEsdb(streamId: string): string {
    return `${this.prefix}${streamId}`;
  }

  /** The ledger's stream id for an EventStoreDB stream, or undefined for a stream that is not one of the ledger's. */
  fromEsdb(name: string): string | undefined {
    if (name.startsWith('$') || !name.startsWith(this.prefix) || name.startsWith(this.claimPrefix)) return undefined;
    return name.slice(this.prefix.length);
  }

  /** `ledger-cmd-<sha256 of the key>`: the stream that records which entity stream a command went to. */
  claimStream(commandId: string): string {
    return `${this.claimPrefix}${createHash('sha256').update(commandId).digest('hex')}`;
  }
}

/** A UUID v4 (version and variant bits set) made from the SHA-256 of `seed`: the same seed, the same id. */
export function uuidFrom(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
