/**
 * Resending within a time budget. A leader election takes seconds, so a fixed three attempts 100 ms
 * apart gives up while the cluster is still choosing; instead a request that fails transiently is
 * resent, unchanged, with exponential backoff and jitter until the budget (10 s by default) is spent.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { isTransient } from './esdb-errors.js';

export interface RetryPolicy {
  readonly budgetMs: number;
  /** The first pause; each next one doubles, up to maxDelayMs, and is jittered between half and all of it. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { budgetMs: 10_000, firstDelayMs: 50, maxDelayMs: 1_000 };

/** The pause before the attempt after `attempt` (1-based), with jitter so that many clients do not resend in step. */
export function backoffMs(
  policy: Pick<RetryPolicy, 'firstDelayMs' | 'maxDelayMs'>,
  attempt: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Runs `request` until it succeeds, fails with a non-transient error, or the budget would be exceeded. */
export async function withRetry<T>(policy: RetryPolicy, request: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!isTransient(error)) throw error;
      const pause = backoffMs(policy, attempt);
      if (Date.now() - started + pause > policy.budgetMs) throw error;
      await delay(pause);
    }
  }
}
