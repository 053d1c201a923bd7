/**
 * How the ledger's bigint positions map onto EventStoreDB's `{commit, prepare}` log positions.
 *
 * EventStoreDB 20+ writes every event of an append as its own log record flagged as committed, so an
 * event's commit and prepare positions are the same byte offset in the transaction log, and $all is
 * ordered by it. Our position is that commit position; the ESDB position for our `p` is
 * `{commit: p, prepare: p}`. (Events written with the legacy TCP client's explicit transactions share
 * one commit position; this adapter never writes them.)
 *
 * Positions are byte offsets, so `p + 1n` usually points inside a record, and the server cannot start a
 * read there. Callers resume with `lastPosition + 1n` (the port's `fromPosition` means "this event or the
 * next after it"), so a read only ever starts at a record the adapter has seen: the position asked for,
 * or the one just before it (the usual resume), or else the first record at or after it, found by
 * reading $all backwards from its end.
 */
import type { Position } from '@eventstore/db-client';

export function toEsdbPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

/** Positions of records this adapter has read or written, so resumed reads start on a record boundary. */
export class KnownPositions {
  private readonly positions = new Set<bigint>();

  constructor(private readonly capacity = 10_000) {}

  remember(position: bigint): void {
    this.positions.delete(position);
    this.positions.add(position);
    if (this.positions.size > this.capacity) {
      const oldest = this.positions.values().next().value;
      if (oldest !== undefined) this.positions.delete(oldest);
    }
  }

  /** A known record start at `position` or just below it, from which a read can begin. */
  startFor(position: bigint): bigint | undefined {
    if (this.positions.has(position)) return position;
    if (this.positions.has(position - 1n)) return position - 1n;
    return undefined;
  }
}
