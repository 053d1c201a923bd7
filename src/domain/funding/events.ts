/**
 * What the ledger records about funds. Amounts are pence. An event that ends or changes a pledge
 * carries the sums it changes, so a read model can reverse them without remembering earlier events.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { PositivePence } from '../shared/money.js';
import { DecisionReference } from '../shared/references.js';
import { PartnerAuthorisation } from './partner-authorisation.js';

const fundId = Slug.describe('The fund');
const organisation = Slug.describe('The partner organisation');
const pledgeId = Slug.describe(
  'The pledge: the organisation id, with -2, -3 ... for its later pledges to the same fund',
);
const fundBasics = {
  fundId,
  name: z.string().describe('The name the board uses'),
  holder: Slug.describe('The organisation that holds the money'),
  purpose: z.string().optional().describe('What the fund is for, as recorded when it was set up'),
  decision: DecisionReference.optional(),
};

/** A fund was opened; an external award's sum is recorded as a pledge from its funder in the same command. */
export const FundOpened = z.discriminatedUnion('kind', [
  z.object({
    ...fundBasics,
    kind: z.literal('pooled-pot'),
    perPartnerAskPence: PositivePence.describe('What each partner was asked to give'),
    askedOrganisations: z.array(Slug).describe('The partners asked'),
  }),
  z.object({
    ...fundBasics,
    kind: z.literal('grant-source'),
    openingBalancePence: PositivePence.describe('The money held at opening'),
  }),
  z.object({ ...fundBasics, kind: z.literal('external-award'), funder: Slug.describe('The awarding organisation') }),
]);

/** A partner pledged money; it is committed at once unless it carries a condition. */
export const PledgeRecorded = z.object({
  fundId,
  pledgeId,
  organisation,
  amountPence: PositivePence.describe('The sum pledged'),
  condition: z.string().optional().describe('What must happen before the pledge counts as committed'),
  decision: DecisionReference.optional(),
});

/** A conditional pledge's condition was met: its whole sum is now committed. */
export const PledgeConditionSatisfied = z.object({
  fundId,
  pledgeId,
  organisation,
  amountPence: PositivePence.describe('The sum that became committed'),
  note: z.string().optional().describe('How the condition was met'),
  partnerAuthorisation: PartnerAuthorisation.optional().describe(
    "The partner's own decision that met the condition, when one did",
  ),
});

/** A conditional pledge's condition was waived: its whole sum is now committed, and owed like any other pledge. */
export const PledgeConditionWaived = z.object({
  fundId,
  pledgeId,
  organisation,
  amountPence: PositivePence.describe('The sum that became committed'),
  reason: z.string().describe('Who waived the condition and why'),
});

/** A partner's own decision authorising its live pledge was cited; it covers the pledge's sum not yet covered. */
export const PartnerAuthorisationRecorded = PartnerAuthorisation.extend({
  fundId,
  pledgeId,
  organisation,
  amountPence: PositivePence.describe(
    "The sum of the pledge this decision newly covers (what no earlier decision of the partner's covered)",
  ),
});

const pledgeEnded = {
  fundId,
  pledgeId,
  organisation,
  amountPence: PositivePence.describe('The sum the pledge stood at when it ended'),
  conditionPending: z.boolean().describe('Whether its condition was still unmet, so the sum was never committed'),
  reason: z.string().describe('Why'),
  authorisedPence: PositivePence.optional().describe(
    "What the partner's own decisions had authorised of the pledge, ended with it",
  ),
};

/** A pledge with nothing received ended without being paid. */
export const PledgeLapsed = z.object(pledgeEnded);

/** A partner withdrew a pledge with nothing received. */
export const PledgeWithdrawn = z.object(pledgeEnded);

/** A live pledge's sum changed; never below what has been received against it. */
export const PledgeAmended = z.object({
  fundId,
  pledgeId,
  organisation,
  previousAmountPence: PositivePence.describe('The sum before the amendment'),
  amountPence: PositivePence.describe('The sum after the amendment'),
  conditionPending: z.boolean().describe('Whether its condition is still unmet'),
  reason: z.string().describe('Why'),
  decision: DecisionReference.optional(),
});

/** Money arrived; linked to the organisation's live pledge unless recorded as unpledged. */
export const ContributionRecorded = z.object({
  fundId,
  organisation,
  pledgeId: pledgeId.nullable(),
  amountPence: PositivePence.describe('The sum received'),
  receivedOn: IsoDate.describe('The date it arrived'),
  remittanceReference: z.string().describe("The payer's remittance reference"),
  overpayment: z.boolean().describe('It took the pledge past its sum, and was accepted as an overpayment'),
  unpledged: z.boolean().describe('It came with no live pledge, and was accepted as unpledged'),
});

/** Part of a fund was allocated to a recipient; never more than was committable. */
export const FundingAllocated = z.object({
  fundId,
  allocationId: Slug.describe('The allocation'),
  recipient: z.object({ kind: z.enum(['organisation', 'body']), id: Slug }).describe('Who receives the money'),
  purpose: z.string().describe('What the money is for'),
  amountPence: PositivePence.describe('The sum allocated'),
  decision: DecisionReference,
});

/** Money was paid against an allocation; never more than the allocation left or the cash held. */
export const PaymentRecorded = z.object({
  fundId,
  allocationId: Slug.describe('The allocation paid against'),
  amountPence: PositivePence.describe('The sum paid'),
  paidOn: IsoDate.describe('The date it was paid'),
  reference: z.string().describe('The payment reference'),
});

/** The fund was closed; nothing more is recorded against it. */
export const FundClosed = z.object({ fundId, reason: z.string().describe('Why') });

export type FundingEvent =
  | { type: 'FundOpened'; data: z.infer<typeof FundOpened> }
  | { type: 'PledgeRecorded'; data: z.infer<typeof PledgeRecorded> }
  | { type: 'PledgeConditionSatisfied'; data: z.infer<typeof PledgeConditionSatisfied> }
  | { type: 'PledgeConditionWaived'; data: z.infer<typeof PledgeConditionWaived> }
  | { type: 'PartnerAuthorisationRecorded'; data: z.infer<typeof PartnerAuthorisationRecorded> }
  | { type: 'PledgeLapsed'; data: z.infer<typeof PledgeLapsed> }
  | { type: 'PledgeWithdrawn'; data: z.infer<typeof PledgeWithdrawn> }
  | { type: 'PledgeAmended'; data: z.infer<typeof PledgeAmended> }
  | { type: 'ContributionRecorded'; data: z.infer<typeof ContributionRecorded> }
  | { type: 'FundingAllocated'; data: z.infer<typeof FundingAllocated> }
  | { type: 'PaymentRecorded'; data: z.infer<typeof PaymentRecorded> }
  | { type: 'FundClosed'; data: z.infer<typeof FundClosed> };

export const fundingEventSchemas = {
  FundOpened,
  PledgeRecorded,
  PledgeConditionSatisfied,
  PledgeConditionWaived,
  PartnerAuthorisationRecorded,
  PledgeLapsed,
  PledgeWithdrawn,
  PledgeAmended,
  ContributionRecorded,
  FundingAllocated,
  PaymentRecorded,
  FundClosed,
} satisfies Record<FundingEvent['type'], z.ZodType>;
