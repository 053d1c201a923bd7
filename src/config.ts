/**
 * The ledger's configuration: one zod schema, filled from flags, then the environment, then defaults.
 * Only `src/compose.ts` and the CLI's entry point call `loadConfig`.
 */
import { z } from 'zod';

export const StoreUrl = z
  .string()
  .regex(/^(sqlite:.+|esdb(\+discover)?:\/\/.+|memory:)$/, 'use sqlite:PATH, esdb://HOST:2113?tls=false or memory:')
  .describe('Where events are stored: sqlite:./data/ledger.db (default), esdb://host:2113?tls=false, or memory:');

export const Config = z.object({
  store: StoreUrl.default('sqlite:./data/ledger.db'),
  readDb: z
    .string()
    .min(1)
    .default('./data/read-models.db')
    .describe('The read-model SQLite file (deletable, rebuilt from events)'),
  tokensDb: z.string().min(1).default('./data/tokens.db').describe('The SQLite file of hashed API tokens'),
  port: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  host: z.string().min(1).default('127.0.0.1').describe('Interface to listen on; 0.0.0.0 in containers'),
  durability: z
    .enum(['full', 'normal'])
    .default('full')
    .describe('SQLite synchronous mode: full survives a power cut, normal a process crash'),
  readsNeedToken: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Restrict reads to holders of a token (reads are public by default: these are public-body records)'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  esdbStreamPrefix: z
    .string()
    .regex(/^([A-Za-z0-9][A-Za-z0-9_.-]*)?$/, 'use letters, digits, _ . or -, not starting with $ (empty for none)')
    .default('ledger-')
    .describe('EventStoreDB: every ledger stream name starts with this, so other applications can share the database'),
  esdbMaxAppendBytes: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1_048_576)
    .describe("EventStoreDB: the server's MaxAppendSize in bytes"),
  esdbRetryBudgetMs: z.coerce
    .number()
    .int()
    .min(0)
    .default(10_000)
    .describe('EventStoreDB: how long a request is resent for through a failover, in milliseconds'),
  publicUrl: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .describe("Where the ledger's pages are published; open data links to its pages from here"),
  grantIdPrefix: z
    .string()
    .regex(/^360G-[A-Za-z0-9-]+-$/, "use the board's 360Giving prefix followed by a hyphen, e.g. 360G-leadershipglos-")
    .default('360G-leadershipglos-')
    .describe('The 360Giving prefix of grant identifiers (and of the local organisation identifiers)'),
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default('Partnership Ledger')
    .describe('The name the web pages carry in their header, e.g. Leadership Gloucestershire ledger'),
  readsPerMinute: z.coerce
    .number()
    .int()
    .min(1)
    .default(60_000)
    .describe('Reads one client (an address without a token, or a token) may make per minute before a 429'),
  writesPerMinute: z.coerce
    .number()
    .int()
    .min(1)
    .default(60_000)
    .describe('Writes one token may make per minute before a 429'),
  requestTimeoutMs: z.coerce
    .number()
    .int()
    .min(1)
    .default(30_000)
    .describe('The longest a request, body included, may take to arrive before the server drops it'),
  connectionTimeoutMs: z.coerce
    .number()
    .int()
    .min(1)
    .default(60_000)
    .describe('The longest an idle connection stays open'),
});
export type Config = z.infer<typeof Config>;

/** Flag values as the CLI parsed them; absent flags are undefined. */
export type ConfigFlags = Partial<Record<keyof z.input<typeof Config>, string | number | undefined>>;

const ENVIRONMENT: Record<keyof z.input<typeof Config>, string> = {
  store: 'LEDGER_STORE',
  readDb: 'LEDGER_READ_DB',
  tokensDb: 'LEDGER_TOKENS_DB',
  port: 'PORT',
  host: 'LEDGER_HOST',
  durability: 'LEDGER_DURABILITY',
  readsNeedToken: 'LEDGER_READS_NEED_TOKEN',
  logLevel: 'LOG_LEVEL',
  esdbStreamPrefix: 'LEDGER_ESDB_STREAM_PREFIX',
  esdbMaxAppendBytes: 'LEDGER_ESDB_MAX_APPEND_BYTES',
  esdbRetryBudgetMs: 'LEDGER_ESDB_RETRY_BUDGET_MS',
  publicUrl: 'LEDGER_PUBLIC_URL',
  grantIdPrefix: 'LEDGER_GRANT_ID_PREFIX',
  name: 'LEDGER_NAME',
  readsPerMinute: 'LEDGER_READS_PER_MINUTE',
  writesPerMinute: 'LEDGER_WRITES_PER_MINUTE',
  requestTimeoutMs: 'LEDGER_REQUEST_TIMEOUT_MS',
  connectionTimeoutMs: 'LEDGER_CONNECTION_TIMEOUT_MS',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(flags: ConfigFlags, environment: Record<string, string | undefined>): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(ENVIRONMENT)) {
    const value = flags[key as keyof ConfigFlags] ?? environment[variable];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = Config.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0]) as keyof typeof ENVIRONMENT;
    return `  ${key} (--${kebab(key)} or ${ENVIRONMENT[key]}): ${issue.message}`;
  });
  throw new ConfigError(`The configuration is not valid:\n${lines.join('\n')}`);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
