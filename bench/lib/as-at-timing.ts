/**
 * As-at latency over a rebuilt read-model file: the decision register (its first page of 100, as
 * the register page reads it) and one fund's reconciliation, each as the ledger stood at random
 * moments of its history, answered from the live file by the one read path (a query, no replay).
 */
import type Database from 'better-sqlite3';
import { commitmentsView } from '../../src/projections/commitments/index.js';
import { pageOfDecisions } from '../../src/projections/decision-register/index.js';
import { readAsAt } from '../../src/projections/read.js';
import { seededRandom } from './seeded-random.js';

export interface AsAtFigures {
  readonly requests: number;
  /** The same reads of the live read models, in the same run: the baseline. */
  readonly liveRegisterP99Ms: number;
  readonly liveFundP99Ms: number;
  readonly registerP50Ms: number;
  readonly registerP99Ms: number;
  readonly fundP50Ms: number;
  readonly fundP99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

function timed(times: number[], work: () => unknown): void {
  const started = performance.now();
  work();
  times.push(performance.now() - started);
}

/** Times `requests` of each, at moments spread at random over the recorded history. */
export function timeAsAt(db: Database.Database, requests = 200): AsAtFigures {
  const bounds = db
    .prepare<[], { first: string; last: string }>(
      'SELECT MIN(recorded_at) AS first, MAX(recorded_at) AS last FROM projection_clock',
    )
    .get()!;
  const funds = db
    .prepare<[], { fund_id: string }>('SELECT fund_id FROM commitments_funds ORDER BY fund_id')
    .all()
    .map((row) => row.fund_id);
  const random = seededRandom(18);
  const [first, last] = [Date.parse(bounds.first), Date.parse(bounds.last)];
  const [register, fund, liveRegister, liveFund]: [number[], number[], number[], number[]] = [[], [], [], []];
  // Interleaved, so that a neighbour slowing the machine slows the live reads and the as-at reads alike.
  for (let i = 0; i < requests; i++) {
    const asAt = new Date(first + random() * (last - first)).toISOString();
    const fundId = funds[Math.floor(random() * funds.length)] ?? 'none';
    timed(register, () => readAsAt(db, asAt, (s) => pageOfDecisions(s.db, {}, 0, 100)));
    timed(liveRegister, () => pageOfDecisions(db, {}, 0, 100));
    timed(fund, () => readAsAt(db, asAt, (s) => commitmentsView(s.db, { fundId })));
    timed(liveFund, () => commitmentsView(db, { fundId }));
  }
  for (const times of [register, fund, liveRegister, liveFund]) times.sort((a, b) => a - b);
  return {
    requests,
    liveRegisterP99Ms: percentile(liveRegister, 99),
    liveFundP99Ms: percentile(liveFund, 99),
    registerP50Ms: percentile(register, 50),
    registerP99Ms: percentile(register, 99),
    fundP50Ms: percentile(fund, 50),
    fundP99Ms: percentile(fund, 99),
  };
}
