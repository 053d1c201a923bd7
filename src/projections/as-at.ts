/**
 * Knowledge times: the instant an `asAt` names, and the store filtered to the events recorded by
 * then (for the export and the hash-chain checks, which read events, not read models). Read models
 * answer as at a time through read.ts, from the live file, never by replaying the store.
 */
import { asAtProblem } from '../domain/shared/dates.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore, ReadAllOptions } from '../store/port.js';

/** A calendar date means the end of that day (UTC): "as at 31 March 2017" includes that day's records. */
export function normaliseAsAt(asAt: string): string {
  const problem = asAtProblem(asAt);
  if (problem) throw new RangeError(`"${asAt}": ${problem}`);
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(asAt) ? `${asAt}T23:59:59.999Z` : asAt;
  const parsed = new Date(instant);
  return parsed.toISOString();
}

/** The store as it stood at `asAt`: only events whose recordedAt is not later. */
export function storeAsAt(store: EventStore, asAt: string): EventStore {
  const limit = normaliseAsAt(asAt);
  const known = (event: RecordedEvent) => event.metadata.recordedAt <= limit;
  return {
    kind: store.kind,
    append: () => Promise.reject(new Error('An as-at view is read-only')),
    readStream: (streamId, options) =>
      filter(store.readStream(streamId, { ...options, maxCount: undefined }), known, options?.maxCount),
    readAll: (options?: ReadAllOptions) =>
      filter(store.readAll({ ...options, maxCount: undefined }), known, options?.maxCount),
    headPosition: () => store.headPosition(),
    close: () => Promise.resolve(),
  };
}

/** Keeps the events that pass, counting only those towards `maxCount`, so paging callers page correctly. */
async function* filter(
  events: AsyncIterable<RecordedEvent>,
  keep: (event: RecordedEvent) => boolean,
  maxCount = Infinity,
): AsyncIterable<RecordedEvent> {
  let kept = 0;
  if (maxCount <= 0) return;
  for await (const event of events) {
    if (!keep(event)) continue;
    yield event;
    if (++kept >= maxCount) return;
  }
}
