/**
 * Ledgers on the stand-in EventStoreDB for the HTTP tests: a ledger server's app over an adapter
 * connected to a shared stand-in server, with its own read-model file and a token per role.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { TOKEN_ROLES, type TokenRole } from '../../src/api/auth/token-store.js';
import { openLedger, type Ledger } from '../../src/compose.js';
import { Config } from '../../src/config.js';
import { EventStoreDbEventStore, type EventStoreDbOptions } from '../../src/store/eventstoredb/index.js';
import type { FakeEventStoreDb } from './fake-eventstoredb.js';

export interface LedgerServer {
  readonly ledger: Ledger;
  readonly app: FastifyInstance;
  bearer(role: TokenRole): { authorization: string };
  close(): Promise<void>;
}

/** One ledger server on `server`, with read models in a folder of its own. */
export async function ledgerServerOn(server: FakeEventStoreDb, options: EventStoreDbOptions = {}): Promise<LedgerServer> {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-esdb-'));
  const store = new EventStoreDbEventStore(server, { retryDelayMs: 5, retryBudgetMs: 2_000, ...options });
  const config = Config.parse({ store: 'esdb://stand-in:2113?tls=false', readDb: join(folder, 'read-models.db'), tokensDb: join(folder, 'tokens.db') });
  const ledger = await openLedger(config, store);
  const tokens = Object.fromEntries(TOKEN_ROLES.map((role) => [role, ledger.tokens.create(`${role}-token`, role, new Date('2026-01-01T00:00:00Z'))])) as Record<TokenRole, string>;
  const app = await buildApp(ledger);
  await app.ready();
  return {
    ledger,
    app,
    bearer: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    async close() {
      await app.close();
      await ledger.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
