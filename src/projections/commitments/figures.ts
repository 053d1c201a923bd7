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
  ExternalAward,
  FundCommitments,
  IllustrativeFigures,
  PartnerAuthorisationCited,
  PartnerCommitments,
  ViewFigure,
} from './view.js';
import { awaitingOf } from './authorisations.js';

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
  authorised: {
    formula: "authorised by the partner's own decisions, not above pledged, per partner",
    figures: ['authorised', 'pledged'],
  },
  allocated: { formula: 'allocated', figures: ['allocated'] },
  paid: { formula: 'paid', figures: ['paid'] },
  outstanding: {
    formula: 'pledged - (received - unpledged) - conditional, not below zero, per partner',
    figures: ['pledged', 'received', 'unpledged', 'conditional'],
  },
  overpaid: {
    formula: '(received - unpledged) - pledged, not below zero, per partner',
    figures: ['pledged', 'received', 'unpledged'],
  },
  committable: { formula: 'opening + confirmed - allocated', figures: ['opening', 'confirmed', 'allocated'] },
  cash: { formula: 'opening + received - paid', figures: ['opening', 'received', 'paid'] },
};

/** A view figure is illustrative when any entry figure it is computed from holds an illustrative entry. */
export function illustrativeFigures(sums: readonly FigureSum[]): IllustrativeFigures {
  const marked = sums.filter((sum) => sum.illustrative);
  const entryFigures = new Set(marked.map((sum) => sum.figure));
  const figures = (Object.keys(derivations) as ViewFigure[]).filter((figure) =>
    derivations[figure].figures.some((entry) => entryFigures.has(entry)),
  );
  const partners = [...new Set(marked.flatMap((sum) => (sum.organisation === null ? [] : [sum.organisation])))].sort();
  return { figures, partners };
}

/** The view figures a row shows that are computed from an illustrative entry of the row's own. */
function illustrativeOf(own: readonly FigureSum[], shown: readonly ViewFigure[]): ViewFigure[] {
  const marked = new Set(own.filter((sum) => sum.illustrative).map((sum) => sum.figure));
  return shown.filter((figure) => derivations[figure].figures.some((entry) => marked.has(entry)));
}

const PARTNER_FIGURES: readonly ViewFigure[] = [
  'asked',
  'pledged',
  'conditional',
  'confirmed',
  'received',
  'unpledged',
  'authorised',
  'outstanding',
  'overpaid',
];
const ALLOCATION_FIGURES: readonly ViewFigure[] = ['allocated', 'paid'];

export interface FundRecord {
  readonly fundId: string;
  readonly name: string;
  readonly kind: FundCommitments['kind'];
  readonly holder: string;
  readonly purpose: string | null;
  readonly decision: FundCommitments['decision'];
  readonly closed: boolean;
  /** For an external award, the funder, whose award the ledger records as its pledge. */
  readonly funder: string | null;
}

export type AllocationRecord = Pick<AllocationCommitments, 'allocationId' | 'recipient' | 'purpose' | 'decision'>;

type Totals = Omit<PartnerCommitments, 'organisation'>;

function total(sums: readonly FigureSum[], figure: EntryFigure, keep: (sum: FigureSum) => boolean = () => true): Pence {
  return sumPence(sums.filter((sum) => sum.figure === figure && keep(sum)).map((sum) => sum.amountPence));
}

function atLeastZero(amount: Pence): Pence {
  return amount < 0 ? ZERO_PENCE : amount;
}

/** Outstanding is what is owed now: a sum awaiting its condition is shown on its own line, not as owed. */
export function partnerCommitments(organisation: string, sums: readonly FigureSum[]): PartnerCommitments {
  const mine = sums.filter((sum) => sum.organisation === organisation);
  const pledgedPence = total(mine, 'pledged');
  const conditionalPence = total(mine, 'conditional');
  const receivedPence = total(mine, 'received');
  const receivedWithoutPledgePence = total(mine, 'unpledged');
  const againstPledge = subtractPence(receivedPence, receivedWithoutPledgePence);
  // A pledge amended down keeps the partner's decision for the larger sum: it backs the whole pledge.
  const authorised = total(mine, 'authorised');
  const authorisedByPartnerPence = authorised < pledgedPence ? authorised : pledgedPence;
  return {
    organisation,
    askedPence: total(mine, 'asked'),
    pledgedPence,
    conditionalPence,
    confirmedPence: total(mine, 'confirmed'),
    receivedPence,
    receivedWithoutPledgePence,
    outstandingPence: atLeastZero(subtractPence(subtractPence(pledgedPence, againstPledge), conditionalPence)),
    overpaidPence: atLeastZero(subtractPence(againstPledge, pledgedPence)),
    authorisedByPartnerPence,
    awaitingPartnerAuthorisationPence: atLeastZero(subtractPence(pledgedPence, authorisedByPartnerPence)),
    illustrative: illustrativeOf(mine, PARTNER_FIGURES),
  };
}

export function sumOfPartners(partners: readonly PartnerCommitments[]): Totals {
  const add = (field: Exclude<keyof Totals, 'illustrative'>) => sumPence(partners.map((partner) => partner[field]));
  const marked = new Set(partners.flatMap((partner) => partner.illustrative));
  return {
    askedPence: add('askedPence'),
    pledgedPence: add('pledgedPence'),
    conditionalPence: add('conditionalPence'),
    confirmedPence: add('confirmedPence'),
    receivedPence: add('receivedPence'),
    receivedWithoutPledgePence: add('receivedWithoutPledgePence'),
    outstandingPence: add('outstandingPence'),
    overpaidPence: add('overpaidPence'),
    authorisedByPartnerPence: add('authorisedByPartnerPence'),
    awaitingPartnerAuthorisationPence: add('awaitingPartnerAuthorisationPence'),
    illustrative: PARTNER_FIGURES.filter((figure) => marked.has(figure)),
  };
}

export function exceptionsOf(partner: PartnerCommitments): CommitmentsException[] {
  const { organisation } = partner;
  const found: CommitmentsException[] = [];
  const note = (kind: CommitmentsException['kind'], amountPence: Pence, message: string) =>
    found.push({ kind, organisation, amountPence, message });
  if (partner.conditionalPence > 0) {
    note(
      'conditional-pledge-unresolved',
      partner.conditionalPence,
      `${formatPence(partner.conditionalPence)} pledged by ${organisation} waits on its condition`,
    );
  }
  if (partner.askedPence > 0 && partner.pledgedPence === 0) {
    note(
      'asked-not-pledged',
      partner.askedPence,
      `${organisation} was asked for ${formatPence(partner.askedPence)} and has no live pledge`,
    );
  }
  if (partner.overpaidPence > 0) {
    note(
      'overpaid',
      partner.overpaidPence,
      `${organisation} has paid ${formatPence(partner.overpaidPence)} more than it pledged`,
    );
  }
  if (partner.receivedWithoutPledgePence > 0) {
    note(
      'received-without-pledge',
      partner.receivedWithoutPledgePence,
      `${formatPence(partner.receivedWithoutPledgePence)} came from ${organisation} with no pledge`,
    );
  }
  return found;
}

function allocationCommitments(allocation: AllocationRecord, sums: readonly FigureSum[]): AllocationCommitments {
  const mine = (sum: FigureSum) => sum.allocationId === allocation.allocationId;
  const allocatedPence = total(sums, 'allocated', mine);
  const paidPence = total(sums, 'paid', mine);
  const remainingPence = subtractPence(allocatedPence, paidPence);
  const illustrative = illustrativeOf(sums.filter(mine), ALLOCATION_FIGURES);
  return { ...allocation, allocatedPence, paidPence, remainingPence, illustrative };
}

function awardOf(funder: PartnerCommitments): ExternalAward {
  const { organisation, pledgedPence, receivedPence } = funder;
  return {
    funder: organisation,
    awardedPence: pledgedPence,
    receivedPence,
    remainingPence: atLeastZero(subtractPence(pledgedPence, receivedPence)),
  };
}

/**
 * One fund's view from its figure sums and its allocations, both already limited to the time asked.
 * An external award's funder is not a partner owing a pledge: its row becomes the award's figures,
 * which still count towards what is committable and the cash held.
 */
export function fundCommitments(
  fund: FundRecord,
  sums: readonly FigureSum[],
  allocations: readonly AllocationRecord[],
  partnerAuthorisations: readonly PartnerAuthorisationCited[] = [],
): FundCommitments {
  const organisations = [
    ...new Set(sums.flatMap((sum) => (sum.organisation === null ? [] : [sum.organisation]))),
  ].sort();
  const rows = organisations.map((organisation) => partnerCommitments(organisation, sums));
  const partners = rows.filter((row) => row.organisation !== fund.funder);
  const funder = rows.find((row) => row.organisation === fund.funder);
  const totals = sumOfPartners(partners);
  const openingBalancePence = total(sums, 'opening');
  const allocatedPence = total(sums, 'allocated');
  const paidPence = total(sums, 'paid');
  const confirmedPence = addPence(totals.confirmedPence, funder?.confirmedPence ?? ZERO_PENCE);
  const receivedPence = addPence(totals.receivedPence, funder?.receivedPence ?? ZERO_PENCE);
  return {
    fundId: fund.fundId,
    name: fund.name,
    kind: fund.kind,
    holder: fund.holder,
    purpose: fund.purpose,
    decision: fund.decision,
    status: fund.closed ? 'closed' : 'open',
    openingBalancePence,
    totals,
    allocatedPence,
    paidPence,
    committableBalancePence: subtractPence(addPence(openingBalancePence, confirmedPence), allocatedPence),
    cashBalancePence: subtractPence(addPence(openingBalancePence, receivedPence), paidPence),
    partners,
    allocations: [...allocations]
      .sort((a, b) => a.allocationId.localeCompare(b.allocationId))
      .map((allocation) => allocationCommitments(allocation, sums)),
    exceptions: partners.flatMap(exceptionsOf),
    illustrative: illustrativeFigures(sums),
    award: fund.kind === 'external-award' && funder ? awardOf(funder) : null,
    // The year's cash flow is added by the query when a financial year is asked for.
    year: null,
    partnerAuthorisations: [...partnerAuthorisations],
    awaitingPartnerAuthorisation: awaitingOf({ kind: fund.kind, partners }),
  };
}
