/**
 * The runs import-history appends: consecutive events of one stream, at most 1,000 at a time and,
 * where the store limits the size of one append (EventStoreDB's MaxAppendSize, counted as the
 * server counts it, less headroom), no larger than that. A run that cannot be split further (one
 * event over the limit) goes alone, and the store's refusal says what is wrong.
 */
import type { RecordedEvent } from '../store/envelope.js';
import type { AppendLimit } from '../store/port.js';

export const MAX_RUN_EVENTS = 1000;

/** Consecutive events of one stream, appended together. */
export interface Run {
  readonly streamId: string;
  readonly events: RecordedEvent[];
}

export async function* runsOf(
  events: AsyncIterable<RecordedEvent>,
  limit: AppendLimit | undefined,
): AsyncGenerator<Run> {
  let run: Run | undefined;
  let bytes = 0;
  for await (const event of events) {
    const size = limit ? limit.sizeOf(event) : 0;
    const fits =
      run !== undefined &&
      run.streamId === event.streamId &&
      run.events.length < MAX_RUN_EVENTS &&
      (!limit || bytes + size <= limit.bytes);
    if (run && fits) {
      run.events.push(event);
      bytes += size;
      continue;
    }
    if (run) yield run;
    run = { streamId: event.streamId, events: [event] };
    bytes = size;
  }
  if (run) yield run;
}
