/** A ledger on the in-memory store with a token for each role, and its app, for API tests. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { TOKEN_ROLES, type TokenRole } from '../../src/api/auth/token-store.js';
import { openLedger, type Ledger } from '../../src/compose.js';
import { Config } from '../../src/config.js';

export interface TestApi {
  readonly ledger: Ledger;
  readonly app: FastifyInstance;
  readonly tokens: Record<TokenRole, string>;
  bearer(role: TokenRole): { authorization: string };
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

export async function testApi(overrides: Partial<Record<keyof Config, string>> = {}): Promise<TestApi> {
  return apiFor(await openLedger(Config.parse({ store: 'memory:', ...overrides })));
}

/** The app of a ledger already open, with a token for each role. */
export async function apiFor(ledger: Ledger): Promise<TestApi> {
  const tokens = Object.fromEntries(
    TOKEN_ROLES.map((role) => [role, ledger.tokens.create(`${role}-token`, role, new Date('2026-01-01T00:00:00Z'))]),
  ) as Record<TokenRole, string>;
  const app = await buildApp(ledger);
  await app.ready();
  return {
    ledger,
    app,
    tokens,
    bearer: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    eventCount: async () => Number((await ledger.store.headPosition()) + 1n),
    async close() {
      await app.close();
      await ledger.close();
    },
  };
}
