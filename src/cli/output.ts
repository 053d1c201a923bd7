/** How the CLI reports: errors on stderr with the exit code from the error table; results on stdout. */
import { ConfigError } from '../config.js';
import { errorTable } from '../error-table.js';
import { isStoreError } from '../store/errors.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A check (verify, compare) found a problem: exit 1. */
export class CheckFailed extends Error {
  override readonly name = 'CheckFailed';
}

export function exitWithError(error: unknown): never {
  if (error instanceof UsageError || error instanceof ConfigError) {
    process.stderr.write(`ledger: ${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof CheckFailed) {
    process.stderr.write(`ledger: ${error.message}\n`);
    process.exit(1);
  }
  if (isStoreError(error) && error.code in errorTable) {
    process.stderr.write(`ledger: ${error.message}\n`);
    process.exit(errorTable[error.code as keyof typeof errorTable].exitCode);
  }
  process.stderr.write(
    `ledger: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}

export type OutputFormat = 'table' | 'json' | 'csv';

export function parseFormat(value: string, allowed: readonly OutputFormat[]): OutputFormat {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--format must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as OutputFormat;
}

/** JSON for machines: bigints as strings, two-space indent. */
export function printJson(value: unknown): void {
  process.stdout.write(
    `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`,
  );
}
