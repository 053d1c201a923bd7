/** Maps @eventstore/db-client's errors onto the store's stable codes. */
import { convertToCommandError, ErrorType, isCommandError, type WrongExpectedVersionError } from '@eventstore/db-client';
import { StoreError, WrongExpectedRevisionError } from '../errors.js';
import type { ExpectedRevision } from '../port.js';

/** Failures after which the same request may succeed: the connection, the deadline, or leadership changed. */
const TRANSIENT = new Set<ErrorType>([ErrorType.UNAVAILABLE, ErrorType.DEADLINE_EXCEEDED, ErrorType.TIMEOUT, ErrorType.NOT_LEADER]);

/** The client's cluster discovery gives up with a plain Error, not a command error. */
const DISCOVERY_FAILED = /Failed to discover/;

/** Some client calls (the server-features check before an append) reject with a raw gRPC error; this gives the typed one. */
export function normalise(error: unknown): unknown {
  return error instanceof Error ? convertToCommandError(error) : error;
}

export function isTransient(error: unknown): boolean {
  const failure = normalise(error);
  if (failure instanceof Error && DISCOVERY_FAILED.test(failure.message)) return true;
  return failure instanceof Error && isCommandError(failure) && TRANSIENT.has(failure.type);
}

export function toWrongExpectedRevision(streamId: string, expected: ExpectedRevision, error: WrongExpectedVersionError): WrongExpectedRevisionError {
  const actual = typeof error.actualVersion === 'bigint' && error.actualVersion >= 0n ? error.actualVersion : -1n;
  return new WrongExpectedRevisionError(streamId, expected, actual);
}

export function mapEsdbError(cause: unknown, doing: string): unknown {
  const error = normalise(cause);
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  if (isTransient(error) || (isCommandError(error) && error.type === ErrorType.CANCELLED)) {
    return new StoreError('STORE_UNAVAILABLE', `EventStoreDB could not be reached while ${doing}: ${error.message}. Check the connection string and that the server is running.`, { cause: error });
  }
  if (!isCommandError(error)) return error;
  switch (error.type) {
    case ErrorType.ACCESS_DENIED:
      return new StoreError('STORE_UNAVAILABLE', `EventStoreDB refused access while ${doing}; check the credentials in the connection string.`, { cause: error });
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new StoreError('INVALID_EVENT', `The append is larger than the EventStoreDB server accepts (${doing}); nothing was recorded.`, { cause: error });
    case ErrorType.STREAM_DELETED:
      return new StoreError('INVALID_EVENT', `The stream was deleted in EventStoreDB (${doing}); nothing was recorded.`, { cause: error });
    default:
      return error;
  }
}
