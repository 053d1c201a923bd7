/**
 * The commitments view: per fund and per partner, what was asked, pledged, received, allocated and
 * paid, and the exceptions a finance officer chases. One zod schema gives the type, the HTTP
 * response schema and the OpenAPI document. Amounts are pence, signed where a figure can go negative.
 */
import { z } from 'zod';
import { FinancialYear } from '../../domain/shared/financial-year.js';
import { Pence } from '../../domain/shared/money.js';
import { entryFigures } from './entries.js';

const amount = (what: string) => Pence.describe(`${what}, in pence`);

const figureNames = [...entryFigures, 'outstanding', 'overpaid', 'committable', 'cash'] as const;
export type ViewFigure = (typeof figureNames)[number];

/** The flag beside a row's figures: which of them include a value made up for the demo. */
const rowIllustrative = (what: string) =>
  z
    .array(z.enum(figureNames))
    .describe(
      `Which of ${what} figures include a value made up for the demo (source kind illustrative), ` +
        `e.g. received; empty when every one is from the minutes or the finance system`,
    );

export const CitedDecision = z
  .object({
    proposalId: z.string().describe('The matter, e.g. lg-2016-10-27-item-5'),
    resolution: z.string().describe('The resolution letter, e.g. "a" for minute 5 a)'),
  })
  .describe('The decision that set this up, as the minutes number it');

export const PartnerCommitments = z.object({
  organisation: z.string().describe('The partner, e.g. stroud-district-council'),
  askedPence: amount('What the fund asked of the partner'),
  pledgedPence: amount('What its live pledge promises'),
  conditionalPence: amount('Of the pledge, what waits on an unmet condition'),
  confirmedPence: amount('Of the pledge, what counts as committed'),
  receivedPence: amount('Everything received from the partner'),
  receivedWithoutPledgePence: amount('Of what was received, what came with no pledge'),
  outstandingPence: amount(
    'What the pledge still has to come and is owed now: a sum awaiting its condition is not owed yet',
  ),
  overpaidPence: amount('What was received beyond the pledge'),
  authorisedByPartnerPence: amount(
    "Of the pledge, what the partner's own decision (its cabinet, a committee, an officer) authorises",
  ),
  awaitingPartnerAuthorisationPence: amount("Of the pledge, what no decision of the partner's own backs yet"),
  illustrative: rowIllustrative("this partner's"),
});
export type PartnerCommitments = z.infer<typeof PartnerCommitments>;

export const AllocationCommitments = z.object({
  allocationId: z.string().describe('The allocation, e.g. community-safety-implementation'),
  recipient: z.object({ kind: z.enum(['organisation', 'body']), id: z.string() }).describe('Who receives the money'),
  purpose: z.string().describe('What the money is for'),
  allocatedPence: amount('The sum allocated'),
  paidPence: amount('What has been paid against it'),
  remainingPence: amount('What is left to pay'),
  decision: CitedDecision.nullable().describe(
    'The decision that made the allocation, e.g. minute 3 b) of 27 October 2016',
  ),
  illustrative: rowIllustrative("this allocation's"),
});
export type AllocationCommitments = z.infer<typeof AllocationCommitments>;

const exceptionKinds = [
  'conditional-pledge-unresolved',
  'asked-not-pledged',
  'overpaid',
  'received-without-pledge',
] as const;

export const CommitmentsException = z.object({
  kind: z.enum(exceptionKinds).describe('What needs chasing'),
  organisation: z.string().describe('The partner concerned'),
  amountPence: amount('The sum concerned'),
  message: z.string().describe('The exception in a sentence'),
});
export type CommitmentsException = z.infer<typeof CommitmentsException>;

export const IllustrativeFigures = z
  .object({
    figures: z
      .array(z.enum(figureNames))
      .describe(
        "The fund's own figures and totals that include a value made up for the demo, e.g. opening " +
          "(each partner's and allocation's row says which of its figures do)",
      ),
    partners: z.array(z.string()).describe('The partners whose row includes such a value'),
  })
  .describe(
    'Figures that are illustrative (source kind illustrative), not from the minutes or the ' +
      'finance system: show them marked',
  );
export type IllustrativeFigures = z.infer<typeof IllustrativeFigures>;

export const ExternalAward = z
  .object({
    funder: z.string().describe('The awarding organisation, e.g. one-public-estate-programme'),
    awardedPence: amount('The sum awarded'),
    receivedPence: amount('What the funder has paid so far'),
    remainingPence: amount('What the funder has still to pay'),
  })
  .describe("An external award: what the funder awarded, paid and has still to pay (not a partner's pledge)");
export type ExternalAward = z.infer<typeof ExternalAward>;

export const YearCashFlow = z
  .object({
    openingCashPence: amount('Cash held at the start of the year (for a fund opened during it, its opening balance)'),
    receivedPence: amount('Money received in the year'),
    paidPence: amount('Money paid out in the year'),
    closingCashPence: amount('Cash held at the end of the year'),
    owedAtYearEndPence: amount(
      'What partners still owed at the end of the year, not counting pledges awaiting a condition',
    ),
    awaitingConditionAtYearEndPence: amount('Pledges still awaiting their condition at the end of the year'),
  })
  .describe('The financial year with the cash carried forward into it and out of it');
export type YearCashFlow = z.infer<typeof YearCashFlow>;
export const PartnerAuthorisationCited = z.object({
  organisation: z.string().describe('The partner, e.g. stroud-district-council'),
  pledgeId: z.string().describe('The pledge it authorises'),
  amountPence: amount('The sum of the pledge it newly covered'),
  decidedBy: z.string().describe("The partner's own decision-maker, e.g. its cabinet"),
  decidedOn: z.string().describe('The date the partner decided'),
  reference: z.string().describe("The partner's reference for the decision"),
  url: z.string().nullable().describe('Where the partner publishes the decision, if given'),
});
export type PartnerAuthorisationCited = z.infer<typeof PartnerAuthorisationCited>;

export const AwaitingPartnerAuthorisation = z.object({
  organisation: z.string().describe('The partner whose pledge is not yet backed by its own decision'),
  pledgedPence: amount('What its live pledge promises'),
  authorisedByPartnerPence: amount("What the partner's own decisions back"),
  awaitingPence: amount('What still waits for a decision of the partner'),
  message: z.string().describe('The gap in a sentence'),
});
export type AwaitingPartnerAuthorisation = z.infer<typeof AwaitingPartnerAuthorisation>;

export const FundCommitments = z.object({
  fundId: z.string().describe('The fund, e.g. devolution-capacity'),
  name: z.string().describe('The name the board uses'),
  kind: z.enum(['pooled-pot', 'grant-source', 'external-award']).describe('The kind of fund'),
  holder: z.string().describe('The organisation holding the money'),
  purpose: z.string().nullable().describe('What the fund is for, as recorded when it was set up; null if not recorded'),
  decision: CitedDecision.nullable().describe(
    'The decision that set the fund up, e.g. minute 5 a) of 27 October 2016; null when no decision of the board did',
  ),
  status: z.enum(['open', 'closed']).describe('Whether the fund was closed, as at the time asked'),
  openingBalancePence: amount('The money held at opening'),
  totals: PartnerCommitments.omit({ organisation: true }).describe("The sum of the partners' figures"),
  allocatedPence: amount('Everything allocated'),
  paidPence: amount('Everything paid out'),
  committableBalancePence: amount('Opening balance plus confirmed pledges, less allocations'),
  cashBalancePence: amount('Opening balance plus money received, less payments'),
  partners: z
    .array(PartnerCommitments)
    .describe("One row per partner, by organisation id (an external award's funder is in award)"),
  allocations: z.array(AllocationCommitments).describe('One row per allocation'),
  exceptions: z.array(CommitmentsException).describe('What a finance officer should chase'),
  illustrative: IllustrativeFigures,
  award: ExternalAward.nullable().describe("For an external award, the funder's figures; null for other funds"),
  year: YearCashFlow.nullable().describe('With financialYear: the cash carried forward and what was owed at year end'),
  partnerAuthorisations: z
    .array(PartnerAuthorisationCited)
    .describe("The partners' own decisions cited for their pledges, oldest first"),
  awaitingPartnerAuthorisation: z
    .array(AwaitingPartnerAuthorisation)
    .describe(
      "Pledges not yet backed by the partner's own decision (none for an external award, which is " +
        "the funder's decision)",
    ),
});
export type FundCommitments = z.infer<typeof FundCommitments>;

/** One fund or all, optionally limited to movements dated within one financial year (business time). */
export const CommitmentsFilters = z.object({
  fundId: z.string().optional().describe('Only this fund'),
  financialYear: FinancialYear.optional().describe('Only money movements dated within this financial year'),
});
export type CommitmentsFilters = z.infer<typeof CommitmentsFilters>;

export const CommitmentsView = z.object({
  asAt: z.string().nullable().describe('The knowledge time asked for, or null for everything recorded'),
  financialYear: z.string().nullable().describe('The financial year asked for, or null for all time'),
  funds: z.array(FundCommitments).describe('One entry per fund, by fund id'),
});
export type CommitmentsView = z.infer<typeof CommitmentsView>;

export const CommitmentsTraceQuery = CommitmentsFilters.extend({
  fundId: z.string().describe('The fund'),
  figure: z.enum(figureNames).describe('The figure to trace'),
  organisation: z.string().optional().describe("Only this partner's entries"),
  allocationId: z.string().optional().describe("Only this allocation's entries"),
});
export type CommitmentsTraceQuery = z.infer<typeof CommitmentsTraceQuery>;

export const CommitmentsTraceEntry = z.object({
  figure: z.enum(entryFigures).describe('The figure the entry is written against'),
  organisation: z.string().nullable().describe('The partner, or null for the fund'),
  allocationId: z.string().nullable().describe('The allocation, where there is one'),
  amountPence: amount('The signed amount'),
  eventId: z.string().describe('The event behind the entry'),
  eventType: z.string().describe('Its type, e.g. PledgeWithdrawn'),
  position: z.number().int().describe('Its position in the store'),
  recordedAt: z.string().describe('When the ledger recorded it'),
  occurredOn: z.string().describe('Its business date'),
  illustrative: z.boolean().describe('Whether the event is illustrative (made up for the demo), not from any record'),
});
export type CommitmentsTraceEntry = z.infer<typeof CommitmentsTraceEntry>;
