/**
 * Read-only access to other aggregates' current state, for rules that span streams (a position
 * must come from an organisation present at the meeting; an allocation cites a decision that
 * exists). The runner loads the streams a decider names in `related(command)` before `decide`.
 */
import { streamId, type Aggregate } from './shared/identifiers.js';

export interface Related {
  /** The folded state of a stream, or undefined when the stream has no events (or was not loaded). */
  stateOf(stream: string): unknown;
}

/** Typed access for feature code: `relatedState<MeetingState>(related, 'meeting', id)`. */
// The caller names the state its aggregate folds to:
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function relatedState<S>(related: Related, aggregate: Aggregate, id: string): S | undefined {
  return related.stateOf(streamId(aggregate, id)) as S | undefined;
}

/** For deciders whose rules need nothing outside their own stream, and for tests. */
export const noRelated: Related = { stateOf: () => undefined };

/** Builds a Related from already-folded states, keyed by stream id. */
export function relatedFrom(states: ReadonlyMap<string, unknown>): Related {
  return { stateOf: (stream) => states.get(stream) };
}
