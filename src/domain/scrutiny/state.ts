/** One recommendation's state, folded from its `recommendation-<id>` stream. */
import type { ScrutinyResponse } from './commands.js';

export interface RecommendationState {
  readonly status: 'unmade' | 'awaiting-response' | 'responded';
  readonly madeOn: string;
  readonly response?: ScrutinyResponse;
  readonly actionIds: readonly string[];
}

export const initialRecommendationState: RecommendationState = { status: 'unmade', madeOn: '', actionIds: [] };

export { evolveRecommendation } from './events.js';

/** `date` plus `days` calendar days, as YYYY-MM-DD. Pure: the date comes in with the command. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
