/**
 * The figure arithmetic, pure: from the sums of entries to the view. Fund totals are the sums of
 * the partner rows, so a total always equals the sum of its parts; balances are derived here and
 * nowhere else. All arithmetic is on whole pence.
 */
import { addPence, formatPence, subtractPence, sumPence, ZERO_PENCE, type Pence } from '../../domain/shared/money.js';
import type { EntryFigure } from './entries.js';
import { awaitingOf } from './authorisations.js';
import type { AllocationCommitments, CommitmentsException, FundCommitments, PartnerAuthorisationCited, PartnerCommitments } from './view.js';

/** One figure's total for one partner (or for the fund, or one allocation), as summed from entries. */
export interface FigureSum {
  readonly organisation: string | null;
  readonly allocationId: string | null;
  readonly figure: EntryFigure;
  readonly amountPence: Pence;
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
  // A pledge amended down keeps the partner's decision for the larger sum: it backs the whole pledge.
  const authorised = total(mine, 'authorised');
  const authorisedByPartnerPence = authorised < pledgedPence ? authorised : pledgedPence;
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
    authorisedByPartnerPence,
    awaitingPartnerAuthorisationPence: atLeastZero(subtractPence(pledgedPence, authorisedByPartnerPence)),
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
    authorisedByPartnerPence: add('authorisedByPartnerPence'),
    awaitingPartnerAuthorisationPence: add('awaitingPartnerAuthorisationPence'),
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
export function fundCommitments(
  fund: FundRecord,
  sums: readonly FigureSum[],
  allocations: readonly AllocationRecord[],
  partnerAuthorisations: readonly PartnerAuthorisationCited[] = [],
): FundCommitments {
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
    partnerAuthorisations: [...partnerAuthorisations],
    awaitingPartnerAuthorisation: awaitingOf({ kind: fund.kind, partners }),
  };
}
