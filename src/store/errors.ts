/** Adapter failures: thrown, each with a stable code and a type guard. */

export type StoreErrorCode =
  'WRONG_EXPECTED_REVISION' | 'STORE_UNAVAILABLE' | 'STORE_READ_ONLY' | 'STORE_FULL' | 'INVALID_EVENT';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Describes a revision as people read it: "no stream" or a number. */
export function describeRevision(revision: bigint | 'no_stream' | 'stream_exists' | 'any'): string {
  return typeof revision === 'bigint' ? revision.toString() : revision.replace('_', ' ');
}

export class WrongExpectedRevisionError extends StoreError {
  constructor(
    readonly streamId: string,
    readonly expected: bigint | 'no_stream' | 'stream_exists' | 'any',
    /** The stream's current revision, or -1n when the stream does not exist. */
    readonly actual: bigint,
  ) {
    super(
      'WRONG_EXPECTED_REVISION',
      `Stream ${streamId} is at revision ${actual < 0n ? 'no stream' : actual.toString()}, but ` +
        `the append expected ${describeRevision(expected)}`,
    );
  }
}

/** An append larger than the store accepts in one go (EventStoreDB's MaxAppendSize): a 413, not a 500. */
export class AppendTooLargeError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_EVENT', message, options);
  }
}

export function isAppendTooLarge(error: unknown): error is AppendTooLargeError {
  return error instanceof AppendTooLargeError;
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

export function isWrongExpectedRevision(error: unknown): error is WrongExpectedRevisionError {
  return error instanceof WrongExpectedRevisionError;
}

/** Checks an expected revision against a stream's current revision (-1n = no stream), as every adapter must. */
export function checkExpectedRevision(
  streamId: string,
  expected: bigint | 'no_stream' | 'stream_exists' | 'any',
  actual: bigint,
): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual < 0n) ||
    (expected === 'stream_exists' && actual >= 0n) ||
    (typeof expected === 'bigint' && expected === actual);
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, actual);
}
