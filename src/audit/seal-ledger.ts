/**
 * `ledger seal`: verifies the ledger, then records a seal of every stream's head at the position
 * verified (seal.ts). A ledger that does not verify is not sealed, and a ledger whose newest
 * event is already a seal gets that seal back rather than a seal of a seal.
 */
import { ulid } from 'ulid';
import { SCHEMA_VERSION, type Actor, type RecordedEvent } from '../store/envelope.js';
import { isWrongExpectedRevision } from '../store/errors.js';
import type { EventStore } from '../store/port.js';
import { digestHeads, LedgerSealedData, SEAL_EVENT_TYPE, sealStreamOf } from './seal.js';
import { verifyLedger, type VerifyReport } from './verify.js';

export interface Seal {
  readonly streamId: string;
  /** Every event at or before this position is covered. */
  readonly position: bigint;
  readonly streams: number;
  readonly digest: string;
  /** Where the seal itself was recorded. */
  readonly eventPosition: bigint;
}

export type SealOutcome =
  | { readonly status: 'sealed' | 'already-sealed'; readonly seal: Seal }
  | { readonly status: 'broken'; readonly report: VerifyReport }
  | { readonly status: 'empty' };

function sealOf(event: RecordedEvent): Seal {
  const data = LedgerSealedData.parse(event.data);
  return {
    streamId: event.streamId,
    position: BigInt(data.position),
    streams: data.streams,
    digest: data.digest,
    eventPosition: event.position,
  };
}

async function recordedSeal(store: EventStore, streamId: string): Promise<Seal> {
  for await (const event of store.readStream(streamId, { maxCount: 1 })) return sealOf(event);
  throw new Error(`Bug: ${streamId} was reported to exist but holds no seal`);
}

export async function sealLedger(store: EventStore, context: { now: Date; actor: Actor }): Promise<SealOutcome> {
  const report = await verifyLedger(store);
  if (!report.ok) return { status: 'broken', report };
  if (report.position < 0n) return { status: 'empty' };
  const newest = report.seals.find((seal) => seal.eventPosition === report.position);
  if (newest) return { status: 'already-sealed', seal: await recordedSeal(store, newest.streamId) };
  const streamId = sealStreamOf(report.position);
  const data: LedgerSealedData = { position: Number(report.position), ...digestHeads(report.heads) };
  const at = context.now.toISOString();
  const commandId = `seal:${report.position}`;
  const metadata = {
    commandId,
    commandType: 'SealLedger',
    correlationId: commandId,
    causationId: commandId,
    actor: context.actor,
    recordedAt: at,
    occurredAt: at,
    schemaVersion: SCHEMA_VERSION,
  };
  try {
    const result = await store.append(streamId, [{ eventId: ulid(), type: SEAL_EVENT_TYPE, data, metadata }], {
      expectedRevision: 'no_stream',
    });
    return { status: 'sealed', seal: sealOf(result.events[0]!) };
  } catch (error) {
    // Someone sealed the same position at the same moment: theirs is the seal.
    if (isWrongExpectedRevision(error)) return { status: 'already-sealed', seal: await recordedSeal(store, streamId) };
    throw error;
  }
}
