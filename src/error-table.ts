/**
 * The one table from error codes to HTTP status and CLI exit code. Every rule rejection from the
 * domain (its own SCREAMING_SNAKE code) is a RULE_REJECTED: 409 over HTTP, exit 2 from the CLI.
 */
export const errorTable = {
  INVALID_INPUT: { status: 400, exitCode: 2, title: 'The request is not valid' },
  MALFORMED_REQUEST: { status: 400, exitCode: 2, title: 'The request could not be read' },
  UNAUTHENTICATED: { status: 401, exitCode: 2, title: 'A valid token is needed' },
  FORBIDDEN: { status: 403, exitCode: 2, title: 'This token may not do that' },
  NOT_FOUND: { status: 404, exitCode: 2, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, exitCode: 2, title: 'Method not allowed' },
  RULE_REJECTED: { status: 409, exitCode: 2, title: 'The ledger rules do not allow this' },
  REVISION_CONFLICT: { status: 412, exitCode: 2, title: 'The entity has changed since you read it' },
  PAYLOAD_TOO_LARGE: { status: 413, exitCode: 2, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, exitCode: 2, title: 'Send JSON' },
  RATE_LIMITED: { status: 429, exitCode: 1, title: 'Too many requests' },
  STORE_UNAVAILABLE: { status: 503, exitCode: 1, title: 'The event store is unavailable' },
  STORE_READ_ONLY: { status: 503, exitCode: 1, title: 'The event store is read-only' },
  STORE_FULL: { status: 503, exitCode: 1, title: 'The disk is full' },
  INTERNAL: { status: 500, exitCode: 1, title: 'Something went wrong inside the ledger' },
} as const satisfies Record<string, { status: number; exitCode: 0 | 1 | 2; title: string }>;

export type ErrorKind = keyof typeof errorTable;
