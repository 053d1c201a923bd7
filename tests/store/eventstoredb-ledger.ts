/**
 * Ledger servers on the stand-in EventStoreDB for the HTTP tests: a ledger server's app over an
 * adapter connected to a shared stand-in server, with its own read-model file and a token per role.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '../../src/compose.js';
import { Config } from '../../src/config.js';
import { EventStoreDbEventStore, type EventStoreDbOptions } from '../../src/store/eventstoredb/index.js';
import { apiFor, type TestApi } from '../api/test-ledger.js';
import type { FakeEventStoreDb } from './fake-eventstoredb.js';

export type LedgerServer = TestApi;

/** One ledger server on `server`, with read models in a folder of its own. */
export async function ledgerServerOn(
  server: FakeEventStoreDb,
  options: EventStoreDbOptions = {},
): Promise<LedgerServer> {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-esdb-'));
  const store = new EventStoreDbEventStore(server, { retryDelayMs: 5, retryBudgetMs: 2_000, ...options });
  const config = Config.parse({
    store: 'esdb://stand-in:2113?tls=false',
    readDb: join(folder, 'read-models.db'),
    tokensDb: join(folder, 'tokens.db'),
  });
  const api = await apiFor(await openLedger(config, store));
  return {
    ...api,
    async close() {
      await api.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
