/**
 * A proposal's current standing, folded from its `proposal-<id>` stream: the matter, its options,
 * partners' positions, its lettered resolutions (the decisions) and any referrals.
 * Other features read it through `related` to check that a decision they cite is in force, with
 * `resolutionInForce(relatedState<ProposalState>(related, 'proposal', ref.proposalId), ref)` (shared/citations.ts).
 */
import { unreachable } from '../shared/decider.js';
import type { Stance } from './commands.js';
import type { DecisionsEvent } from './events.js';
import { linkOf, type LinkState } from '../lineage/state.js';

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

export function evolveProposal(state: ProposalState, event: DecisionsEvent): ProposalState {
  switch (event.type) {
    case 'OptionsTabled': {
      const { question, options } = event.data;
      return { ...openedBy(state, event.data), question, options };
    }
    case 'PositionRecorded': {
      const { organisationId, stance, option, note, spokenBy, inferredFrom } = event.data;
      const position: PositionState = { organisationId, stance, ...defined({ option, note, spokenBy, inferredFrom }) };
      const proposal = alreadyOpened(state, event.type);
      return { ...proposal, positions: [...proposal.positions, position] };
    }
    case 'OptionAgreed': {
      const { option, resolution, text } = event.data;
      const proposal = alreadyOpened(state, event.type);
      return {
        ...proposal,
        agreedOption: option,
        resolutions: [...proposal.resolutions, newResolution(resolution, text, option)],
      };
    }
    case 'ResolutionRecorded': {
      const proposal = openedBy(state, event.data);
      return {
        ...proposal,
        resolutions: [...proposal.resolutions, newResolution(event.data.resolution, event.data.text)],
      };
    }
    case 'DecisionAmended': {
      const { resolution, meetingId, reason, text } = event.data;
      return changeResolution(state, event.type, resolution, (r) => ({
        ...r,
        text,
        amendments: [...r.amendments, { meetingId, reason, text }],
      }));
    }
    case 'DecisionRescinded': {
      const { resolution, meetingId, reason } = event.data;
      return changeResolution(state, event.type, resolution, (r) => ({
        ...r,
        status: 'rescinded',
        rescission: { meetingId, reason },
      }));
    }
    case 'MatterReferred': {
      const { bodyId, purpose } = event.data;
      const proposal = openedBy(state, event.data);
      return { ...proposal, referrals: [...proposal.referrals, { bodyId, ...defined({ purpose }) }] };
    }
    case 'DecisionLinked': {
      const { proposalId, from } = event.data;
      const proposal = openedBy(state, { proposalId, meetingId: from.meetingId, item: from.item });
      return { ...proposal, links: [...proposal.links, linkOf(event.data)] };
    }
    default:
      return unreachable(event);
  }
}

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

/** Tabling, a resolution or a referral may come first; whichever does names the meeting and item. */
function openedBy(state: ProposalState, data: { proposalId: string; meetingId: string; item: string }): OpenedProposal {
  if (state.opened) return state;
  const { proposalId, meetingId, item } = data;
  return {
    opened: true,
    proposalId,
    meetingId,
    item,
    options: {},
    positions: [],
    resolutions: [],
    referrals: [],
    links: [],
  };
}

/** `decide` never emits these events before the proposal is opened, so meeting one is a corrupt stream. */
function alreadyOpened(state: ProposalState, type: DecisionsEvent['type']): OpenedProposal {
  if (!state.opened) throw new Error(`Bug: ${type} on a proposal that was never opened`);
  return state;
}

function changeResolution(
  state: ProposalState,
  type: DecisionsEvent['type'],
  letter: string,
  change: (r: ResolutionState) => ResolutionState,
): ProposalState {
  const proposal = alreadyOpened(state, type);
  if (!proposal.resolutions.some((r) => r.letter === letter))
    throw new Error(`Bug: resolution ${letter} of ${proposal.proposalId} is not recorded`);
  return { ...proposal, resolutions: proposal.resolutions.map((r) => (r.letter === letter ? change(r) : r)) };
}

function newResolution(letter: string, text: string, option?: string): ResolutionState {
  return { letter, text, originalText: text, status: 'in-force', amendments: [], ...defined({ option }) };
}

/** Optional fields are left out rather than set to undefined, so states compare and print cleanly. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
