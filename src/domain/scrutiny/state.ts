/** One recommendation's state, folded from its `recommendation-<id>` stream. */
import { unreachable } from '../shared/decider.js';
import type { ScrutinyResponse } from './commands.js';
import type { ScrutinyEvent } from './events.js';

export interface RecommendationState {
  readonly status: 'unmade' | 'awaiting-response' | 'responded';
  readonly madeOn: string;
  readonly response?: ScrutinyResponse;
  readonly actionIds: readonly string[];
}

export const initialRecommendationState: RecommendationState = { status: 'unmade', madeOn: '', actionIds: [] };

export function evolveRecommendation(state: RecommendationState, event: ScrutinyEvent): RecommendationState {
  switch (event.type) {
    case 'RecommendationMade':
      return { ...state, status: 'awaiting-response', madeOn: event.data.madeOn };
    case 'RecommendationResponded':
      return { ...state, status: 'responded', response: event.data.response };
    case 'RecommendationActionTracked':
      return { ...state, actionIds: [...state.actionIds, event.data.actionId] };
    default:
      return unreachable(event);
  }
}

/** `date` plus `days` calendar days, as YYYY-MM-DD. Pure: the date comes in with the command. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
