/**
 * A proposal's current standing, folded from its `proposal-<id>` stream: the matter, its options,
 * partners' positions, its lettered resolutions (the decisions) and any referrals.
 * Other features read it through `related` to check that a decision they cite is in force, with
 * `resolutionInForce(relatedState<ProposalState>(related, 'proposal', ref.proposalId), ref)` (shared/citations.ts).
 */
import type { Stance } from './commands.js';
import type { LinkState } from '../lineage/state.js';

export interface PositionState {
  readonly organisationId: string;
  readonly stance: Stance;
  readonly option?: string;
  readonly note?: string;
  readonly spokenBy?: string;
  /**
   * Set when the position is inferred from a collective statement in the minutes rather than minuted for this partner.
   */
  readonly inferredFrom?: string;
}

export interface AmendmentState {
  readonly meetingId: string;
  readonly reason: string;
  /** The wording the amendment gave the resolution. */
  readonly text: string;
}

/** One lettered resolution: a decision, cited elsewhere as `{ proposalId, resolution: letter }`. */
export interface ResolutionState {
  readonly letter: string;
  /** The wording in force: the last amendment's, or the original. */
  readonly text: string;
  readonly originalText: string;
  /** The option this resolution agreed, when it came from AgreeOption. */
  readonly option?: string;
  readonly status: 'in-force' | 'rescinded';
  readonly amendments: readonly AmendmentState[];
  readonly rescission?: { readonly meetingId: string; readonly reason: string };
}

export interface ReferralState {
  readonly bodyId: string;
  readonly purpose?: string;
}

export interface OpenedProposal {
  readonly opened: true;
  readonly proposalId: string;
  /** The meeting and agenda item the matter was put to. */
  readonly meetingId: string;
  readonly item: string;
  readonly question?: string;
  /** Option number -> what it proposes; empty for a matter decided without options. */
  readonly options: Readonly<Record<string, string>>;
  readonly agreedOption?: string;
  readonly positions: readonly PositionState[];
  /** In the order the minutes record them. */
  readonly resolutions: readonly ResolutionState[];
  readonly referrals: readonly ReferralState[];
  /** Links this matter made to other bodies' decisions (src/domain/lineage). */
  readonly links: readonly LinkState[];
}

/** `opened: false` until the first event; a proposal, once opened, is never closed. */
export type ProposalState = { readonly opened: false } | OpenedProposal;

export const initialProposalState: ProposalState = { opened: false };

export { evolveProposal } from './events.js';

/** The resolution with this letter, if the proposal has one. */
export function findResolution(state: ProposalState | undefined, letter: string): ResolutionState | undefined {
  return state?.opened ? state.resolutions.find((r) => r.letter === letter) : undefined;
}

/** Whether `{ proposalId, resolution }` names a decision that exists and has not been rescinded. */
export function decisionInForce(state: ProposalState | undefined, letter: string): boolean {
  return findResolution(state, letter)?.status === 'in-force';
}

/** The position a partner took on the proposal, if one was recorded. */
export function positionOf(state: ProposalState, organisationId: string): PositionState | undefined {
  return state.opened ? state.positions.find((p) => p.organisationId === organisationId) : undefined;
}
