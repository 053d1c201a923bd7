/**
 * The one place that reads the environment and chooses adapters: the event store named by the
 * configuration, the read-model file, the projections and the token store.
 */
import { loadConfig, type Config, type ConfigFlags } from './config.js';
import { TokenStore } from './api/auth/token-store.js';
import { allProjections } from './projections/index.js';
import { closeAsAtView } from './projections/read.js';
import { openReadModelDb } from './projections/read-model-db.js';
import { ProjectionRunner } from './projections/runner.js';
import { InMemoryEventStore } from './store/in-memory/index.js';
import type { EventStore } from './store/port.js';
import { CommandRunner } from './store/runner.js';
import { SqliteEventStore } from './store/sqlite/index.js';
import type Database from 'better-sqlite3';

export interface Ledger {
  readonly config: Config;
  readonly store: EventStore;
  readonly commands: CommandRunner;
  readonly projections: ProjectionRunner;
  readonly readDb: Database.Database;
  readonly tokens: TokenStore;
  close(): Promise<void>;
}

export function configFrom(flags: ConfigFlags = {}): Config {
  return loadConfig(flags, process.env);
}

export async function openStore(
  config: Pick<Config, 'store' | 'durability'> &
    Partial<Pick<Config, 'esdbStreamPrefix' | 'esdbMaxAppendBytes' | 'esdbRetryBudgetMs'>>,
): Promise<EventStore> {
  const url = config.store;
  if (url.startsWith('sqlite:'))
    return new SqliteEventStore(url.slice('sqlite:'.length), { synchronous: config.durability });
  if (url === 'memory:') return new InMemoryEventStore();
  const { EventStoreDbEventStore } = await import('./store/eventstoredb/index.js');
  return EventStoreDbEventStore.open(url, {
    streamPrefix: config.esdbStreamPrefix,
    maxAppendBytes: config.esdbMaxAppendBytes,
    retryBudgetMs: config.esdbRetryBudgetMs,
  });
}

/**
 * Opens everything the server and the CLI need; the projections are not caught up yet. A store already open may be
 * given.
 */
export async function openLedger(config: Config, given?: EventStore): Promise<Ledger> {
  const store = given ?? (await openStore(config));
  const readDb = openReadModelDb(config.store === 'memory:' ? ':memory:' : config.readDb);
  const projections = new ProjectionRunner(store, readDb, allProjections);
  const tokens = new TokenStore(config.store === 'memory:' ? ':memory:' : config.tokensDb);
  return {
    config,
    store,
    commands: new CommandRunner(store),
    projections,
    readDb,
    tokens,
    async close() {
      tokens.close();
      closeAsAtView(readDb);
      if (readDb.open) readDb.close();
      await store.close();
    },
  };
}
