/**
 * Idempotency across streams on EventStoreDB, which keeps no index of metadata. Before the events of
 * a command are appended, the command's key is claimed: one event in a stream of its own
 * (`ledger-cmd-<sha256 of the key>`), appended expecting no stream, naming the entity stream. The
 * claim's event id is derived from the key and the entity stream, so a claim resent after a lost reply
 * or a crash is recognised by the server as the same append and succeeds; the same key claimed for
 * another stream finds the stream taken. A crash between the claim and the entity append heals when
 * the command is retried: the claim is already there, for the same stream, and the append goes ahead.
 */
import { jsonEvent, NO_STREAM, StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import type { NewEvent } from '../envelope.js';
import { WrongExpectedRevisionError } from '../errors.js';
import type { ExpectedRevision } from '../port.js';
import { collect, type EsdbConnection } from './connection.js';
import { mapEsdbError, normalise } from './esdb-errors.js';
import { uuidFrom, type StreamNames } from './names.js';
import { withRetry, type RetryPolicy } from './retry.js';

export const CLAIM_EVENT_TYPE = 'LedgerCommandClaimed';
const CLAIMS_IN_FLIGHT = 16;

/** The key was claimed for another stream: the runner re-reads, finds the claim, and reports the key reused. */
export class KeyClaimedElsewhereError extends WrongExpectedRevisionError {
  constructor(
    streamId: string,
    expected: ExpectedRevision,
    actual: bigint,
    readonly claimedBy: string,
  ) {
    super(streamId, expected, actual);
  }
}

export class CommandClaims {
  constructor(
    private readonly connection: EsdbConnection,
    private readonly names: StreamNames,
    private readonly retry: RetryPolicy,
  ) {}

  /** The entity stream a command's key was claimed for, or undefined if it never was. */
  async streamOf(commandId: string): Promise<string | undefined> {
    const name = this.names.claimStream(commandId);
    try {
      const [first] = await withRetry(this.retry, () =>
        collect(this.connection.readStream(name, { fromRevision: 0n, maxCount: 1, requiresLeader: true })),
      );
      const data = first?.event?.data as { streamId?: unknown } | undefined;
      return typeof data?.streamId === 'string' ? data.streamId : undefined;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw mapEsdbError(error, `reading the claim of command ${commandId}`);
    }
  }

  /**
   * Claims every command whose events are about to be appended to `streamId`; throws KeyClaimedElsewhereError when one
   * is taken.
   */
  async claimFor(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    actual: bigint,
  ): Promise<void> {
    const commandIds = [
      ...new Set(
        events
          .map((event) => event.metadata.commandId)
          .filter((id): id is string => typeof id === 'string' && id !== ''),
      ),
    ];
    // A command's events are one append, so this is usually one claim; a run of import-history holds many.
    for (let start = 0; start < commandIds.length; start += CLAIMS_IN_FLIGHT) {
      const owners = await Promise.all(
        commandIds.slice(start, start + CLAIMS_IN_FLIGHT).map((commandId) => this.claim(commandId, streamId)),
      );
      const elsewhere = owners.find((owner) => owner !== streamId);
      if (elsewhere !== undefined) throw new KeyClaimedElsewhereError(streamId, expected, actual, elsewhere);
    }
  }

  /**
   * Claims one key for `streamId`; returns the stream that holds the claim (this one unless another got there first).
   */
  private async claim(commandId: string, streamId: string): Promise<string> {
    const name = this.names.claimStream(commandId);
    const claim = jsonEvent({
      id: uuidFrom(`partnership-ledger-claim:${commandId}:${streamId}`),
      type: CLAIM_EVENT_TYPE,
      data: { commandId, streamId },
    });
    try {
      await withRetry(this.retry, () => this.connection.appendToStream(name, [claim], { expectedRevision: NO_STREAM }));
      return streamId;
    } catch (error) {
      if (!(normalise(error) instanceof WrongExpectedVersionError))
        throw mapEsdbError(error, `claiming command ${commandId}`);
      return (await this.streamOf(commandId)) ?? streamId;
    }
  }
}
