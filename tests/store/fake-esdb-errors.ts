/**
 * The errors the stand-in EventStoreDB returns, built as @eventstore/db-client builds them from the
 * server's gRPC statuses (KurrentDB's RpcExceptions.cs): the same classes, types and messages.
 */
import {
  AccessDeniedError,
  CancelledError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  UnknownError,
} from '@eventstore/db-client';

interface FakeServiceError {
  readonly code: number;
  readonly details: string;
  readonly message: string;
  readonly metadata: { getMap(): Record<string, string> };
}

function serviceError(code: number, status: string, details: string, metadata: Record<string, string> = {}): never {
  return {
    code,
    details,
    message: `${code} ${status}: ${details}`,
    metadata: { getMap: () => metadata },
  } as FakeServiceError as never;
}

/**
 * A follower refuses a write that requires the leader, naming the leader (StatusCode.NotFound, exception not-leader).
 */
export function notLeader(host: string, port: number): NotLeaderError {
  return new NotLeaderError(
    serviceError(5, 'NOT_FOUND', 'Leader info available', {
      exception: 'not-leader',
      'leader-endpoint-host': host,
      'leader-endpoint-port': String(port),
    }),
  );
}

/** A terminated node cancels the calls in flight (StatusCode.Cancelled). */
export function cancelled(): CancelledError {
  return new CancelledError(serviceError(1, 'CANCELLED', 'Call cancelled: the node is shutting down'));
}

/** StatusCode.InvalidArgument with no exception key: the client gives an UnknownError. */
export function invalidPosition(): UnknownError {
  return new UnknownError(serviceError(3, 'INVALID_ARGUMENT', 'Trying to read from an invalid position.'));
}

export function maxAppendSizeExceeded(maxAppendSize: number): MaxAppendSizeExceededError {
  return new MaxAppendSizeExceededError(
    serviceError(3, 'INVALID_ARGUMENT', `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
      exception: 'maximum-append-size-exceeded',
      'maximum-append-size': String(maxAppendSize),
    }),
  );
}

export function accessDenied(): AccessDeniedError {
  return new AccessDeniedError(serviceError(7, 'PERMISSION_DENIED', 'Access Denied', { exception: 'access-denied' }));
}
