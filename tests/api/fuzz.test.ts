/**
 * The fuzz run in CI: 10,000 requests from a fixed seed across every route of /openapi.json
 * (bench/lib/fuzz-requests.ts), against a ledger holding the seed meetings. No answer is a 5xx, and
 * every malformed request is refused with a 4xx and records nothing. `npm run bench:fuzz -- --count N`
 * runs the same with a random seed.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz, type FuzzFinding } from '../../bench/lib/fuzz-run.js';

const SEED = 20161027;
const COUNT = 10_000;

const show = (findings: readonly FuzzFinding[]) =>
  findings.slice(0, 5).map((f) => `${f.status} ${f.request.method} ${f.request.url} (${f.request.why}): ${f.body}`);

describe('fuzzing every route', () => {
  it(
    `answers ${COUNT} generated requests without a 5xx, and malformed ones change nothing`,
    { timeout: 300_000 },
    async () => {
      const result = await runFuzz(COUNT, SEED);
      expect(result.sent).toBe(COUNT);
      expect(result.malformed).toBeGreaterThan(COUNT / 2);
      expect(show(result.serverErrors)).toEqual([]);
      expect(show(result.notRefused)).toEqual([]);
      expect(show(result.stateChanges)).toEqual([]);
      // Some well-formed requests are accepted, so the run reaches the deciders and the store, not only the schemas.
      expect(result.byStatus.get(201) ?? 0).toBeGreaterThan(0);
    },
  );
});
