/**
 * Issue 9: a command is recorded in the event store but the read models cannot be brought up to
 * date (here another process holds the read-model file's write lock, as a backup or a long
 * `ledger rebuild` might). The client gets a retryable 503, not a 500; a retry with the same key,
 * once the lock is gone, returns the original result, and the command is recorded once.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { boardLedger, fundOf, partner, pledge } from './board-ledger.js';
import { post } from './client.js';
import { servedLedger } from './served-ledger.js';
import { readStore } from './ledger-checks.js';

const served = servedLedger(boardLedger({ meetings: 1, funds: 1 }));

describe('a command recorded while the read models cannot be updated', () => {
  it('gets a retryable 503, and a retry with the same key returns the original result', async () => {
    const command = pledge(fundOf(0), partner(7));
    const lock = new Database(served.files.readDb);
    let refused;
    try {
      lock.exec('BEGIN IMMEDIATE');
      refused = await post(served.server.url, served.tokens, 'recorded-not-projected', command);
    } finally {
      if (lock.inTransaction) lock.exec('ROLLBACK');
      lock.close();
    }
    expect(refused.status, refused.body).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(refused.body) as { code: string; detail: string };
    expect(problem.code).toBe('STORE_UNAVAILABLE');
    expect(problem.detail).toMatch(/read models could not be brought up to date/);
    expect(problem.detail).toMatch(/same Idempotency-Key/);

    const recorded = (await readStore(served.files.store)).byCommand.get('recorded-not-projected') ?? [];
    expect(recorded).toHaveLength(1);

    const retried = await post(served.server.url, served.tokens, 'recorded-not-projected', command);
    expect(retried.status, retried.body).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    const body = JSON.parse(retried.body) as { events: Array<{ eventId: string; position: string }> };
    expect(body.events.map((event) => event.eventId)).toEqual(recorded.map((event) => event.eventId));

    expect((await readStore(served.files.store)).byCommand.get('recorded-not-projected')).toHaveLength(1);
    const ready = (await (await fetch(`${served.server.url}/ready`)).json()) as {
      status: string;
      projectedPosition: string;
    };
    expect(ready.status).toBe('ready');
    expect(BigInt(ready.projectedPosition)).toBeGreaterThanOrEqual(BigInt(body.events[0]!.position));
  }, 120_000);
});
