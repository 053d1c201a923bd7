/**
 * The figure arithmetic, pure: from the sums of entries to the view. Fund totals are the sums of
 * the partner rows, so a total always equals the sum of its parts; balances are derived here and
 * nowhere else. All arithmetic is on whole pence.
 */
import { addPence, formatPence, subtractPence, sumPence, ZERO_PENCE, type Pence } from '../../domain/shared/money.js';
import type { EntryFigure } from './entries.js';
import type {
  AllocationCommitments,
  CommitmentsException,
  FundCommitments,
  IllustrativeFigures,
  PartnerCommitments,
  ViewFigure,
} from './view.js';

/** One figure's total for one partner (or for the fund, or one allocation), as summed from entries. */
export interface FigureSum {
  readonly organisation: string | null;
  readonly allocationId: string | null;
  readonly figure: EntryFigure;
  readonly amountPence: Pence;
  /** Whether any entry in the sum came from an illustrative event. */
  readonly illustrative: boolean;
}

/** Which entry figures a view figure is computed from, and how. */
export const derivations: Record<ViewFigure, { formula: string; figures: readonly EntryFigure[] }> = {
  opening: { formula: 'opening', figures: ['opening'] },
  asked: { formula: 'asked', figures: ['asked'] },
  pledged: { formula: 'pledged', figures: ['pledged'] },
  conditional: { formula: 'conditional', figures: ['conditional'] },
  confirmed: { formula: 'confirmed', figures: ['confirmed'] },
  received: { formula: 'received', figures: ['received'] },
  unpledged: { formula: 'unpledged', figures: ['unpledged'] },
  allocated: { formula: 'allocated', figures: ['allocated'] },
  paid: { formula: 'paid', figures: ['paid'] },
  outstanding: { formula: 'pledged - (received - unpledged), not below zero, per partner', figures: ['pledged', 'received', 'unpledged'] },
  overpaid: { formula: '(received - unpledged) - pledged, not below zero, per partner', figures: ['pledged', 'received', 'unpledged'] },
  committable: { formula: 'opening + confirmed - allocated', figures: ['opening', 'confirmed', 'allocated'] },
  cash: { formula: 'opening + received - paid', figures: ['opening', 'received', 'paid'] },
};

/** A view figure is illustrative when any entry figure it is computed from holds an illustrative entry. */
export function illustrativeFigures(sums: readonly FigureSum[]): IllustrativeFigures {
  const marked = sums.filter((sum) => sum.illustrative);
  const entryFigures = new Set(marked.map((sum) => sum.figure));
  const figures = (Object.keys(derivations) as ViewFigure[]).filter((figure) => derivations[figure].figures.some((entry) => entryFigures.has(entry)));
  const partners = [...new Set(marked.flatMap((sum) => (sum.organisation === null ? [] : [sum.organisation])))].sort();
  return { figures, partners };
}

export interface FundRecord {
  readonly fundId: string;
  readonly name: string;
  readonly kind: FundCommitments['kind'];
  readonly holder: string;
  readonly closed: boolean;
}

export type AllocationRecord = Pick<AllocationCommitments, 'allocationId' | 'recipient' | 'purpose'>;

type Totals = Omit<PartnerCommitments, 'organisation'>;

function total(sums: readonly FigureSum[], figure: EntryFigure, keep: (sum: FigureSum) => boolean = () => true): Pence {
  return sumPence(sums.filter((sum) => sum.figure === figure && keep(sum)).map((sum) => sum.amountPence));
}

function atLeastZero(amount: Pence): Pence {
  return amount < 0 ? ZERO_PENCE : amount;
}

export function partnerCommitments(organisation: string, sums: readonly FigureSum[]): PartnerCommitments {
  const mine = sums.filter((sum) => sum.organisation === organisation);
  const pledgedPence = total(mine, 'pledged');
  const receivedPence = total(mine, 'received');
  const receivedWithoutPledgePence = total(mine, 'unpledged');
  const againstPledge = subtractPence(receivedPence, receivedWithoutPledgePence);
  return {
    organisation,
    askedPence: total(mine, 'asked'),
    pledgedPence,
    conditionalPence: total(mine, 'conditional'),
    confirmedPence: total(mine, 'confirmed'),
    receivedPence,
    receivedWithoutPledgePence,
    outstandingPence: atLeastZero(subtractPence(pledgedPence, againstPledge)),
    overpaidPence: atLeastZero(subtractPence(againstPledge, pledgedPence)),
  };
}

export function sumOfPartners(partners: readonly PartnerCommitments[]): Totals {
  const add = (field: keyof Totals) => sumPence(partners.map((partner) => partner[field]));
  return {
    askedPence: add('askedPence'),
    pledgedPence: add('pledgedPence'),
    conditionalPence: add('conditionalPence'),
    confirmedPence: add('confirmedPence'),
    receivedPence: add('receivedPence'),
    receivedWithoutPledgePence: add('receivedWithoutPledgePence'),
    outstandingPence: add('outstandingPence'),
    overpaidPence: add('overpaidPence'),
  };
}

export function exceptionsOf(partner: PartnerCommitments): CommitmentsException[] {
  const { organisation } = partner;
  const found: CommitmentsException[] = [];
  const note = (kind: CommitmentsException['kind'], amountPence: Pence, message: string) => found.push({ kind, organisation, amountPence, message });
  if (partner.conditionalPence > 0) {
    note('conditional-pledge-unresolved', partner.conditionalPence, `${formatPence(partner.conditionalPence)} pledged by ${organisation} waits on its condition`);
  }
  if (partner.askedPence > 0 && partner.pledgedPence === 0) {
    note('asked-not-pledged', partner.askedPence, `${organisation} was asked for ${formatPence(partner.askedPence)} and has no live pledge`);
  }
  if (partner.overpaidPence > 0) {
    note('overpaid', partner.overpaidPence, `${organisation} has paid ${formatPence(partner.overpaidPence)} more than it pledged`);
  }
  if (partner.receivedWithoutPledgePence > 0) {
    note('received-without-pledge', partner.receivedWithoutPledgePence, `${formatPence(partner.receivedWithoutPledgePence)} came from ${organisation} with no pledge`);
  }
  return found;
}

function allocationCommitments(allocation: AllocationRecord, sums: readonly FigureSum[]): AllocationCommitments {
  const mine = (sum: FigureSum) => sum.allocationId === allocation.allocationId;
  const allocatedPence = total(sums, 'allocated', mine);
  const paidPence = total(sums, 'paid', mine);
  return { ...allocation, allocatedPence, paidPence, remainingPence: subtractPence(allocatedPence, paidPence) };
}

/** One fund's view from its figure sums and its allocations, both already limited to the time asked. */
export function fundCommitments(fund: FundRecord, sums: readonly FigureSum[], allocations: readonly AllocationRecord[]): FundCommitments {
  const organisations = [...new Set(sums.flatMap((sum) => (sum.organisation === null ? [] : [sum.organisation])))].sort();
  const partners = organisations.map((organisation) => partnerCommitments(organisation, sums));
  const totals = sumOfPartners(partners);
  const openingBalancePence = total(sums, 'opening');
  const allocatedPence = total(sums, 'allocated');
  const paidPence = total(sums, 'paid');
  return {
    fundId: fund.fundId,
    name: fund.name,
    kind: fund.kind,
    holder: fund.holder,
    status: fund.closed ? 'closed' : 'open',
    openingBalancePence,
    totals,
    allocatedPence,
    paidPence,
    committableBalancePence: subtractPence(addPence(openingBalancePence, totals.confirmedPence), allocatedPence),
    cashBalancePence: subtractPence(addPence(openingBalancePence, totals.receivedPence), paidPence),
    partners,
    allocations: [...allocations].sort((a, b) => a.allocationId.localeCompare(b.allocationId)).map((allocation) => allocationCommitments(allocation, sums)),
    exceptions: partners.flatMap(exceptionsOf),
    illustrative: illustrativeFigures(sums),
  };
}
