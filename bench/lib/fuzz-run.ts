/**
 * Runs the fuzz generator (fuzz-requests.ts) against the API over a ledger holding the seed
 * meetings from fixtures/, through `app.inject`: counts the answers by status, and keeps every
 * 5xx and every malformed request after which the ledger held more events than before.
 */
import { buildApp } from '../../src/api/app.js';
import { importFixtures } from '../../src/cli/fixtures.js';
import { openLedger, type Ledger } from '../../src/compose.js';
import { Config } from '../../src/config.js';
import { SLUG_PATTERN } from '../../src/domain/shared/identifiers.js';
import { requestGenerator, type FuzzRequest, type OpenApiDocument } from './fuzz-requests.js';

export interface FuzzFinding {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly body: string;
}

export interface FuzzResult {
  readonly seed: number;
  readonly sent: number;
  readonly malformed: number;
  readonly byStatus: ReadonlyMap<number, number>;
  /** Every answer of 500 or more. */
  readonly serverErrors: readonly FuzzFinding[];
  /** Malformed requests after which the ledger held more events, or that were not refused with a 4xx. */
  readonly notRefused: readonly FuzzFinding[];
  readonly stateChanges: readonly FuzzFinding[];
  readonly elapsedMs: number;
}

/**
 * Every id-like string the ledger holds (stream ids and slugs in event data), for requests that reach real entities.
 */
async function idsIn(ledger: Ledger): Promise<string[]> {
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && SLUG_PATTERN.test(value) && value.length >= 3) ids.add(value);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) collect(inner);
  };
  for await (const event of ledger.store.readAll()) {
    ids.add(event.streamId);
    collect(event.data);
  }
  return [...ids].sort();
}

export async function runFuzz(
  count: number,
  seed: number,
  options: { onProgress?: (sent: number) => void } = {},
): Promise<FuzzResult> {
  const ledger = await openLedger(Config.parse({ store: 'memory:' }));
  try {
    await importFixtures(ledger);
    const adminToken = ledger.tokens.create('fuzz-admin', 'admin', new Date('2026-01-01T00:00:00Z'));
    const app = await buildApp(ledger);
    await app.ready();
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
    const next = requestGenerator(document, { seed, ids: await idsIn(ledger), adminToken });
    const byStatus = new Map<number, number>();
    const serverErrors: FuzzFinding[] = [];
    const notRefused: FuzzFinding[] = [];
    const stateChanges: FuzzFinding[] = [];
    let malformed = 0;
    const started = performance.now();
    for (let sent = 1; sent <= count; sent++) {
      const request = next();
      const before = await ledger.store.headPosition();
      const response = await app.inject({
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
      const finding = { request, status: response.statusCode, body: response.body.slice(0, 500) };
      byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode >= 500) serverErrors.push(finding);
      if (request.malformed) {
        malformed += 1;
        if (response.statusCode < 400 || response.statusCode >= 500) notRefused.push(finding);
        if ((await ledger.store.headPosition()) !== before) stateChanges.push(finding);
      }
      if (sent % 1000 === 0) options.onProgress?.(sent);
    }
    const elapsedMs = performance.now() - started;
    await app.close();
    return { seed, sent: count, malformed, byStatus, serverErrors, notRefused, stateChanges, elapsedMs };
  } finally {
    await ledger.close();
  }
}
