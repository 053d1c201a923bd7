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

/** The keys of a metadata object in canonical order, prevHash among them and hash left out. */
interface Layout {
  /** The object's own keys, in the order it has them: what the layout is for. */
  readonly given: readonly string[];
  readonly keys: readonly string[];
  /**
   * Whether the keys can be set on a plain object in this order and stay in it: not where one looks
   * like an array index (objects keep those first, in numeric order) or is `__proto__`.
   */
  readonly plain: boolean;
}

/** The layout per set of keys: the events of an append carry the same few sets, so each is sorted once. */
const layouts = new Map<string, Layout>();
let lastLayout: Layout | undefined;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function layoutOf(metadata: object): Layout {
  const keys = Object.keys(metadata);
  // Most events have the keys of the event before: no signature to join and look up.
  if (lastLayout && sameKeys(lastLayout.given, keys)) return lastLayout;
  const signature = keys.join('\u0000');
  let layout = layouts.get(signature);
  // Two lists of keys can join to one signature: the keys themselves decide.
  if (!layout || !sameKeys(layout.given, keys)) {
    const sorted = [...new Set([...keys.filter((key) => key !== 'hash'), 'prevHash'])].sort();
    const plain = sorted.every((key) => key !== '__proto__' && !/^(?:0|[1-9]\d*)$/.test(key));
    layout = { given: keys, keys: sorted, plain };
    if (layouts.size >= 64) layouts.clear();
    layouts.set(signature, layout);
  }
  lastLayout = layout;
  return layout;
}

/**
 * canonicalJson of the metadata with `prevHash` set and without `hash`. The members are copied in
 * canonical order into one object, so the native writer runs once per event rather than once per
 * member; keys an object would reorder are written member by member instead.
 */
function canonicalMetadata(metadata: Readonly<Record<string, unknown>>, prevHash: string): string {
  const layout = layoutOf(metadata);
  if (layout.plain) {
    const sorted: Record<string, unknown> = {};
    for (const key of layout.keys) sorted[key] = key === 'prevHash' ? prevHash : metadata[key];
    return canonicalJson(sorted);
  }
  let json = '';
  for (const key of layout.keys) {
    const value = key === 'prevHash' ? prevHash : metadata[key];
    if (value === undefined) continue;
    json += `${json === '' ? '{' : ','}${JSON.stringify(key)}:${canonicalJson(value)}`;
  }
  return `${json}}`;
}

/** Chains `events` onto a stream whose last hash is `prevHash` and next revision is `firstRevision`. */
export function encodeChain(
  stream: string,
  events: readonly NewEvent[],
  firstRevision: bigint,
  prevHash: string,
): EncodedEvent[] {
  const streamMember = `"streamId":${JSON.stringify(stream)}`;
  const first = Number(firstRevision);
  const encoded: EncodedEvent[] = new Array<EncodedEvent>(events.length);
  let previous = prevHash;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const metadataBytes = canonicalMetadata(event.metadata, previous);
    const dataJson = canonicalJson(event.data);
    const data = event.data === undefined ? '' : `"data":${dataJson},`;
    const body =
      `{${data}"eventId":${JSON.stringify(event.eventId)},"metadata":${metadataBytes},` +
      `"revision":${first + index},${streamMember},"type":${JSON.stringify(event.type)}}`;
    const hash = sha256Hex(previous + body);
    const metadata = { ...event.metadata, prevHash: previous, hash };
    previous = hash;
    encoded[index] = {
      event: {
        eventId: event.eventId,
        type: event.type,
        streamId: stream,
        revision: firstRevision + BigInt(index),
        data: event.data,
        metadata,
      },
      dataJson,
      metadataJson: `{"hash":"${hash}",${metadataBytes.slice(1)}`,
    };
  }
  return encoded;
}
