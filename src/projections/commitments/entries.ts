/**
 * The commitments ledger's pure heart: each funding event becomes signed entries against named
 * figures. Nothing is updated in place; a pledge that ends writes reversing entries, so every
 * figure at any date is a sum of entries, and its trace is the list of them.
 */
import { unreachable } from '../../domain/shared/decider.js';
import type { FundingEvent } from '../../domain/funding/events.js';
import { pence, subtractPence, type Pence } from '../../domain/shared/money.js';

/** The figures entries are written against; everything else in the view is derived from these. */
export const entryFigures = [
  'opening',
  'asked',
  'pledged',
  'conditional',
  'confirmed',
  'received',
  'unpledged',
  'authorised',
  'allocated',
  'paid',
] as const;
export type EntryFigure = (typeof entryFigures)[number];

export interface EntryDraft {
  readonly fundId: string;
  /** The partner the entry concerns; null for the fund's own figures (opening balance, allocations, payments). */
  readonly organisation: string | null;
  readonly allocationId: string | null;
  readonly figure: EntryFigure;
  readonly amountPence: Pence;
}

function negate(amount: Pence): Pence {
  return pence(0 - amount);
}

function partner(fundId: string, organisation: string, figure: EntryFigure, amountPence: Pence): EntryDraft {
  return { fundId, organisation, allocationId: null, figure, amountPence };
}

/** A pledge that ends reverses its sum from `pledged` and from whichever of conditional or confirmed held it. */
function pledgeChange(
  data: { fundId: string; organisation: string; conditionPending: boolean },
  delta: Pence,
): EntryDraft[] {
  const { fundId, organisation, conditionPending } = data;
  return [
    partner(fundId, organisation, 'pledged', delta),
    partner(fundId, organisation, conditionPending ? 'conditional' : 'confirmed', delta),
  ];
}

function openingEntries(event: Extract<FundingEvent, { type: 'FundOpened' }>): EntryDraft[] {
  const { data } = event;
  switch (data.kind) {
    case 'pooled-pot':
      return data.askedOrganisations.map((organisation) =>
        partner(data.fundId, organisation, 'asked', data.perPartnerAskPence),
      );
    case 'grant-source':
      return [
        {
          fundId: data.fundId,
          organisation: null,
          allocationId: null,
          figure: 'opening',
          amountPence: data.openingBalancePence,
        },
      ];
    case 'external-award':
      return [];
    default:
      return unreachable(data);
  }
}

export function entriesFor(event: FundingEvent): EntryDraft[] {
  switch (event.type) {
    case 'FundOpened':
      return openingEntries(event);
    case 'PledgeRecorded': {
      const { fundId, organisation, amountPence, condition } = event.data;
      return pledgeChange({ fundId, organisation, conditionPending: condition !== undefined }, amountPence);
    }
    case 'PledgeConditionSatisfied':
    case 'PledgeConditionWaived': {
      const { fundId, organisation, amountPence } = event.data;
      return [
        partner(fundId, organisation, 'conditional', negate(amountPence)),
        partner(fundId, organisation, 'confirmed', amountPence),
      ];
    }
    case 'PartnerAuthorisationRecorded': {
      const { fundId, organisation, amountPence } = event.data;
      return [partner(fundId, organisation, 'authorised', amountPence)];
    }
    case 'PledgeLapsed':
    case 'PledgeWithdrawn': {
      const { fundId, organisation, authorisedPence } = event.data;
      const unauthorised =
        authorisedPence === undefined ? [] : [partner(fundId, organisation, 'authorised', negate(authorisedPence))];
      return [...pledgeChange(event.data, negate(event.data.amountPence)), ...unauthorised];
    }
    case 'PledgeAmended':
      return pledgeChange(event.data, subtractPence(event.data.amountPence, event.data.previousAmountPence));
    case 'ContributionRecorded': {
      const { fundId, organisation, amountPence, unpledged } = event.data;
      const received = partner(fundId, organisation, 'received', amountPence);
      return unpledged ? [received, partner(fundId, organisation, 'unpledged', amountPence)] : [received];
    }
    case 'FundingAllocated':
    case 'PaymentRecorded': {
      const { fundId, allocationId, amountPence } = event.data;
      return [
        {
          fundId,
          organisation: null,
          allocationId,
          figure: event.type === 'FundingAllocated' ? 'allocated' : 'paid',
          amountPence,
        },
      ];
    }
    case 'FundClosed':
      return [];
    default:
      return unreachable(event);
  }
}

/** Business time: the date money moved when the event says so, otherwise the date the fact happened. */
export function businessDateOf(event: FundingEvent, occurredAt: string): string {
  if (event.type === 'ContributionRecorded') return event.data.receivedOn;
  if (event.type === 'PaymentRecorded') return event.data.paidOn;
  if (event.type === 'PartnerAuthorisationRecorded') return event.data.decidedOn;
  return occurredAt.slice(0, 10);
}
