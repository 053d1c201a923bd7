/** The flags every verb that opens the ledger accepts, and opening it from them. */
import type { Command } from 'commander';
import { configFrom, openLedger, type Ledger } from '../compose.js';
import type { ConfigFlags } from '../config.js';

/** The store flags as commander hands them to an action (every verb's options extend these). */
export type StoreFlags = { store?: string; readDb?: string; tokensDb?: string };
/** The flags of a verb that prints a report: `--format table|json|csv` and the store flags. */
export type FormatFlags = StoreFlags & { format: string };

export function withStoreOptions(command: Command): Command {
  return command
    .option(
      '--store <url>',
      'event store: sqlite:./data/ledger.db (default), esdb://host:2113?tls=false (env LEDGER_STORE)',
    )
    .option('--read-db <file>', 'read-model SQLite file (env LEDGER_READ_DB; default ./data/read-models.db)')
    .option('--tokens-db <file>', 'token SQLite file (env LEDGER_TOKENS_DB; default ./data/tokens.db)');
}

export function flagsFrom(options: Record<string, unknown>): ConfigFlags {
  const pick = (key: string) =>
    typeof options[key] === 'string' || typeof options[key] === 'number' ? (options[key] as string) : undefined;
  return {
    store: pick('store'),
    readDb: pick('readDb'),
    tokensDb: pick('tokensDb'),
    port: pick('port'),
    host: pick('host'),
  };
}

/** Opens the ledger, runs `work`, and always closes it. */
export async function withLedger<T>(
  options: Record<string, unknown>,
  work: (ledger: Ledger) => Promise<T>,
): Promise<T> {
  const ledger = await openLedger(configFrom(flagsFrom(options)));
  try {
    return await work(ledger);
  } finally {
    await ledger.close();
  }
}
