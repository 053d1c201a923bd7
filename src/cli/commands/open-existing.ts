/**
 * What the auditor's and the reporting verbs share. They open a ledger that must already exist:
 * they only read an event store, so a mistyped `--store sqlite:PATH` is a usage error, not a new
 * empty ledger. And they take `--as-at`, a knowledge time.
 */
import { existsSync } from 'node:fs';
import type { Ledger } from '../../compose.js';
import { configFrom } from '../../compose.js';
import { asAtProblem } from '../../domain/shared/dates.js';
import { UsageError } from '../output.js';
import { flagsFrom, withLedger } from '../store-options.js';

export async function withExistingLedger<T>(
  options: Record<string, unknown>,
  work: (ledger: Ledger) => Promise<T>,
): Promise<T> {
  const { store } = configFrom(flagsFrom(options));
  const file = store.startsWith('sqlite:') ? store.slice('sqlite:'.length) : undefined;
  if (file !== undefined && file !== ':memory:' && !existsSync(file)) {
    throw new UsageError(
      `There is no ledger at ${file}. Give the event store with --store sqlite:PATH (or ` +
        `LEDGER_STORE), or record something first with ledger import.`,
    );
  }
  return withLedger(options, work);
}

/** `--as-at` as given, once it is known to be a date; undefined when the option was not given. */
export function parseAsAt(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const problem = asAtProblem(value);
  if (problem === undefined) return value;
  throw new UsageError(`--as-at "${value}": ${problem}`);
}
