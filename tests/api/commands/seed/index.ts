/**
 * The whole seed scenario in the order a clerk and a finance officer record it over HTTP: the
 * directory and the two sets of minutes from fixtures/*.yaml, then the test-only steps the minutes
 * do not give (money received and paid, corrections, later changes), and a helper that records it
 * into a test ledger, so that error tests start from a realistic ledger.
 */
import { send } from '../http.js';
import type { TestApi } from '../../test-ledger.js';
import { afterwardsSteps } from './afterwards.js';
import { funding2016Steps } from './funding-2016.js';
import { minutesSteps } from './minutes.js';
import type { Step } from './steps.js';

export const seedSteps: readonly Step[] = [...(await minutesSteps()), ...funding2016Steps, ...afterwardsSteps];

export const seedKey = (index: number) => `seed-step-${index}`;

/** Records every step, each with its own Idempotency-Key; throws on the first that is not accepted. */
export async function recordSeed(api: TestApi): Promise<void> {
  for (const [index, step] of seedSteps.entries()) {
    const { response } = await send(api, step.as, step.url, step.body, { 'idempotency-key': seedKey(index) });
    if (response.statusCode !== 201)
      throw new Error(`Seed step ${index} (${step.url}) answered ${response.statusCode}: ${response.body}`);
  }
}
