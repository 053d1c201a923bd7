/**
 * A referral-only matter's text as the register stores it ("Referred to district-chief-executives-group:
 * ...") with the body's name in place of its id, for the pages and `ledger report decisions`.
 */
import type { DecisionView } from '../../projections/decision-register/index.js';
import type { Names } from './names.js';

export function decisionText(decision: Pick<DecisionView, 'text' | 'referrals'>, names: Names): string {
  const referral = decision.referrals.find((r) => decision.text.startsWith(`Referred to ${r.bodyId}`));
  if (!referral) return decision.text;
  return `Referred to ${names.body(referral.bodyId)}${decision.text.slice(`Referred to ${referral.bodyId}`.length)}`;
}

/** The decision with its text readable, for a template that prints `decision.text`. */
export function withReadableText<T extends Pick<DecisionView, 'text' | 'referrals'>>(decision: T, names: Names): T {
  return { ...decision, text: decisionText(decision, names) };
}
