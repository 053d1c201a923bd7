/**
 * Maps @eventstore/db-client's errors onto the store's stable codes, in three kinds: transient (the
 * same request may succeed in a moment, so it is resent within a time budget), configuration (access
 * denied: no retry helps, the operator must fix the credentials) and refusals of the append itself.
 */
import {
  convertToCommandError,
  ErrorType,
  isCommandError,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ConfigError } from '../../config.js';
import { AppendTooLargeError, StoreError, WrongExpectedRevisionError } from '../errors.js';
import type { ExpectedRevision } from '../port.js';

/**
 * Failures after which the same request may succeed: the connection dropped, the deadline passed,
 * leadership moved (NOT_LEADER: the client reconnects to the leader it names) or the node was
 * terminated mid-request (CANCELLED: servers from 24.4 return it, and the client reconnects on it).
 */
const TRANSIENT = new Set<ErrorType>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
]);

/** The client's cluster discovery gives up with a plain Error, not a command error. */
const DISCOVERY_FAILED = /Failed to discover/;

/**
 * The server refuses a read of $all from a position that is not the start of a record (InvalidArgument, no exception
 * key).
 */
const INVALID_POSITION = /invalid position/i;

/**
 * Some client calls (the server-features check before an append) reject with a raw gRPC error; this gives the typed
 * one.
 */
export function normalise(error: unknown): unknown {
  return error instanceof Error ? convertToCommandError(error) : error;
}

export function isTransient(error: unknown): boolean {
  const failure = normalise(error);
  if (failure instanceof Error && DISCOVERY_FAILED.test(failure.message)) return true;
  return failure instanceof Error && isCommandError(failure) && TRANSIENT.has(failure.type);
}

export function isInvalidPosition(error: unknown): boolean {
  const failure = normalise(error);
  return (
    failure instanceof Error &&
    isCommandError(failure) &&
    failure.type === ErrorType.UNKNOWN &&
    INVALID_POSITION.test(failure.message)
  );
}

export function toWrongExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  error: WrongExpectedVersionError,
): WrongExpectedRevisionError {
  const actual = typeof error.actualVersion === 'bigint' && error.actualVersion >= 0n ? error.actualVersion : -1n;
  return new WrongExpectedRevisionError(streamId, expected, actual);
}

export function accessDenied(doing: string): ConfigError {
  return new ConfigError(
    `EventStoreDB refused access while ${doing}. The user in the connection string ` +
      `(esdb://USER:PASSWORD@host:2113) needs to read $all and to read and write the ledger's ` +
      `streams; fix the credentials or the user's rights, then start the ledger again.`,
  );
}

export function mapEsdbError(cause: unknown, doing: string): unknown {
  const error = normalise(cause);
  if (error instanceof StoreError || error instanceof ConfigError || !(error instanceof Error)) return error;
  if (isTransient(error)) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `EventStoreDB could not be reached while ${doing}: ${error.message}. Check the connection ` +
        `string and that a quorum of the cluster is running; resending the same request is safe.`,
      { cause: error },
    );
  }
  if (!isCommandError(error)) return error;
  switch (error.type) {
    case ErrorType.ACCESS_DENIED:
      return accessDenied(doing);
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new AppendTooLargeError(
        `The append is larger than the EventStoreDB server accepts (${error.message}) while ` +
          `${doing}; nothing was recorded.`,
        { cause: error },
      );
    case ErrorType.STREAM_DELETED:
      return new StoreError(
        'INVALID_EVENT',
        `The stream was deleted in EventStoreDB (${doing}); nothing was recorded.`,
        { cause: error },
      );
    default:
      return error;
  }
}
