/**
 * Issue 9: fifty finance officers pledge to one pot at the same moment. With the same If-Match,
 * exactly one is recorded and the rest are told the pot's current revision; without If-Match all are
 * recorded, one after another, and the pot's pledged total is exact.
 */
import { describe, expect, it } from 'vitest';
import { boardLedger, fundOf, partner, pledge } from './board-ledger.js';
import { post, type Attempt } from './client.js';
import { servedLedger } from './served-ledger.js';
import { readStore } from './ledger-checks.js';

const REQUESTS = 50;

const served = servedLedger(boardLedger({ meetings: 1, funds: 2 }));

const problemOf = (attempt: Attempt) =>
  JSON.parse(attempt.body) as { code: string; currentRevision?: string; detail: string };

/** The pot's pledged total from the commitments report, where that route is served; undefined otherwise. */
async function reportedPledgedPence(fundId: string): Promise<number | undefined> {
  const response = await fetch(`${served.server.url}/reports/commitments?fundId=${fundId}`, {
    signal: AbortSignal.timeout(20_000),
  });
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  const view = (await response.json()) as { funds: Array<{ fundId: string; totals: { pledgedPence: number } }> };
  return view.funds.find((fund) => fund.fundId === fundId)?.totals.pledgedPence;
}

describe('fifty concurrent pledges to one pot', () => {
  it('with the same If-Match: exactly one is recorded, the other 49 get 412 and the current revision', async () => {
    const fundId = fundOf(0);
    const attempts = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        post(served.server.url, served.tokens, `same-revision-${i}`, pledge(fundId, partner(i)), { 'if-match': '"0"' }),
      ),
    );
    const statuses = attempts.map((attempt) => attempt.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(REQUESTS - 1);
    for (const attempt of attempts.filter((a) => a.status === 412)) {
      expect(attempt.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(problemOf(attempt)).toMatchObject({ code: 'REVISION_CONFLICT', currentRevision: '1' });
      expect(attempt.headers.get('etag')).toBe('"1"');
    }
    const stream = (await readStore(served.files.store)).byCommand;
    const recorded = attempts.map((_, i) => stream.get(`same-revision-${i}`)?.length ?? 0);
    expect(recorded.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(recorded[statuses.indexOf(201)]).toBe(1);
  });

  it('without If-Match: all fifty are recorded, serialised, and the pledged total is exact', async () => {
    const fundId = fundOf(1);
    const amountPence = (i: number) => (1_000 + i) * 100;
    const attempts = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        post(
          served.server.url,
          served.tokens,
          `any-revision-${i}`,
          pledge(fundId, partner(100 + i), `£${(1_000 + i).toLocaleString('en-GB')}`),
        ),
      ),
    );
    expect(attempts.map((attempt) => attempt.status)).toEqual(Array.from({ length: REQUESTS }, () => 201));
    const revisions = attempts
      .map((attempt) => Number((JSON.parse(attempt.body) as { revision: string }).revision))
      .sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: REQUESTS }, (_, i) => i + 1));
    const stored = await readStore(served.files.store);
    expect(stored.chains.ok).toBe(true);
    const pledged = attempts.flatMap((_, i) => stored.byCommand.get(`any-revision-${i}`) ?? []);
    expect(pledged.map((event) => event.streamId)).toEqual(Array.from({ length: REQUESTS }, () => `fund-${fundId}`));
    const expected = Array.from({ length: REQUESTS }, (_, i) => amountPence(i)).reduce((sum, n) => sum + n, 0);
    expect(pledged.reduce((sum, event) => sum + (event.data as { amountPence: number }).amountPence, 0)).toBe(expected);
    const reported = await reportedPledgedPence(fundId);
    if (reported !== undefined) expect(reported).toBe(expected);
  });
});
