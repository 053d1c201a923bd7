/**
 * The content half of `ledger verify`: each event, in global order, has a well-formed envelope,
 * a type this version knows, data its schema accepts, a place in its stream the rules allow
 * (stream-rules.ts), and is folded by its aggregate's `evolve` without error. Seal streams are
 * checked against the seal's own schema instead.
 */
import type { z } from 'zod';
import { deciderForStream, eventSchemaOf } from '../domain/index.js';
import type { AnyDecider } from '../domain/shared/feature.js';
import { EventMetadata, type RecordedEvent } from '../store/envelope.js';
import {
  isSealStream,
  LedgerSealedData,
  SEAL_EVENT_TYPE,
  sealStreamOf,
  type LedgerSealedData as SealData,
} from './seal.js';
import { checkOrder, nextOrder, UNOPENED, type OrderProblem, type StreamOrder } from './stream-rules.js';

export type ContentProblem =
  | 'metadata-invalid'
  | 'unknown-stream'
  | 'unknown-event-type'
  | 'schema-mismatch'
  | 'evolve-failed'
  | 'seal-invalid'
  | OrderProblem;

export interface ContentFailure {
  readonly problem: ContentProblem;
  readonly expected: string;
  readonly found: string;
}

/** A seal found while replaying: where it is stored and what it recorded. */
export interface RecordedSeal extends SealData {
  readonly streamId: string;
  readonly eventPosition: bigint;
}

interface StreamReplay {
  readonly decider: AnyDecider;
  state: unknown;
  order: StreamOrder;
}

/** The first problem zod found, as "path: message". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'no details';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

export class ContentReplay {
  private readonly streams = new Map<string, StreamReplay>();
  readonly seals: RecordedSeal[] = [];

  /** Checks one event and folds it into its stream; undefined when it passes. */
  check(event: RecordedEvent): ContentFailure | undefined {
    const metadata = EventMetadata.safeParse(event.metadata);
    if (!metadata.success)
      return {
        problem: 'metadata-invalid',
        expected: 'metadata as the envelope defines it',
        found: firstIssue(metadata.error),
      };
    if (isSealStream(event.streamId)) return this.checkSeal(event);
    const decider = deciderForStream(event.streamId);
    if (!decider) {
      return {
        problem: 'unknown-stream',
        expected: 'a stream id beginning organisation-, body-, meeting-, proposal-, fund-, action- or seal-',
        found: event.streamId,
      };
    }
    const schema = eventSchemaOf(event.type);
    if (!schema)
      return {
        problem: 'unknown-event-type',
        expected: 'an event type this version of the ledger knows',
        found: `type "${event.type}"`,
      };
    const data = schema.safeParse(event.data);
    if (!data.success)
      return {
        problem: 'schema-mismatch',
        expected: `data matching the ${event.type} schema`,
        found: firstIssue(data.error),
      };
    const replay = this.streams.get(event.streamId) ?? { decider, state: decider.initialState, order: UNOPENED };
    const order = checkOrder(event.streamId, replay.order, { type: event.type, data: data.data });
    if (order) return order;
    try {
      const next: unknown = decider.evolve(replay.state, { type: event.type, data: data.data });
      replay.state = next;
    } catch (error) {
      return {
        problem: 'evolve-failed',
        expected: `an event the ${decider.aggregate} can fold`,
        found: error instanceof Error ? error.message : String(error),
      };
    }
    replay.order = nextOrder(event.streamId, replay.order, event.type);
    this.streams.set(event.streamId, replay);
    return undefined;
  }

  private checkSeal(event: RecordedEvent): ContentFailure | undefined {
    if (event.type !== SEAL_EVENT_TYPE)
      return {
        problem: 'seal-invalid',
        expected: `${SEAL_EVENT_TYPE}, the only event of a seal stream`,
        found: `type "${event.type}"`,
      };
    if (event.revision !== 0n)
      return {
        problem: 'seal-invalid',
        expected: 'one seal per seal stream',
        found: `a seal at revision ${event.revision}`,
      };
    const data = LedgerSealedData.safeParse(event.data);
    if (!data.success)
      return {
        problem: 'seal-invalid',
        expected: `data matching the ${SEAL_EVENT_TYPE} schema`,
        found: firstIssue(data.error),
      };
    const sealed = BigInt(data.data.position);
    if (sealStreamOf(sealed) !== event.streamId || sealed >= event.position) {
      return {
        problem: 'seal-invalid',
        expected: `a seal of a position before its own, in stream ${sealStreamOf(sealed)}`,
        found: `position ${sealed} sealed in ${event.streamId} at position ${event.position}`,
      };
    }
    this.seals.push({ ...data.data, streamId: event.streamId, eventPosition: event.position });
    return undefined;
  }
}
