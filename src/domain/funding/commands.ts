/**
 * What a clerk or finance officer asks the ledger to record about a fund. Amounts are pounds text
 * ("£10,000", see `PoundsAmount`); `decide` turns them into pence. Every command names its fund.
 */
import { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { fundingCommands } from './index.js';
import { humanText } from '../shared/human-text.js';
import { MAX_ORGANISATIONS_ASKED, tooMany } from '../shared/bounds.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { PoundsAmount } from '../shared/money.js';
import { DecisionReference } from '../shared/references.js';
import { PartnerAuthorisationInput } from './partner-authorisation.js';

/** Funds, pledges and allocations cite the decision that authorised them as `{ proposalId, resolution }`. */
const AuthorisingDecision = DecisionReference.describe(
  'The decision that authorised this, e.g. minute 5 a) of 27 October 2016',
);

const fundId = Slug.describe('The fund, e.g. devolution-capacity');
const organisation = Slug.describe('The partner organisation, e.g. stroud-district-council');

const fundBasics = {
  fundId,
  name: humanText(200).describe('The name the board uses, e.g. "Devolution capacity"'),
  holder: Slug.describe('The organisation that holds the money, e.g. gloucestershire-county-council'),
  purpose: humanText(500)
    .optional()
    .describe(
      'What the fund is for, in the words of the minutes, e.g. "A dedicated resource to take devolution forward"',
    ),
  decision: AuthorisingDecision.optional(),
};

/** A pot partners pay into, each asked for the same sum. */
export const OpenPooledPotData = z.object({
  ...fundBasics,
  kind: z.literal('pooled-pot').describe('A pot partners pay into'),
  perPartnerAsk: PoundsAmount.describe('What each partner is asked to give, e.g. "£10,000"'),
  askedOrganisations: z
    .array(Slug)
    .min(1)
    .max(MAX_ORGANISATIONS_ASKED, tooMany('partners', MAX_ORGANISATIONS_ASKED))
    .refine((ids) => new Set(ids).size === ids.length, 'name each partner once')
    .describe('The partners asked to contribute'),
});

/** Money already held by the holder, such as the historic LAA Reward Grant. */
export const OpenGrantSourceData = z.object({
  ...fundBasics,
  kind: z.literal('grant-source').describe('Money the holder already has'),
  openingBalance: PoundsAmount.describe('The money held when the fund is opened, e.g. "£250,000"'),
});

/** Money awarded by an outside funder, recorded as that funder's pledge and paid in as contributions. */
export const OpenExternalAwardData = z.object({
  ...fundBasics,
  kind: z.literal('external-award').describe('Money awarded by an outside funder'),
  funder: Slug.describe('The awarding organisation, e.g. one-public-estate-programme'),
  award: PoundsAmount.describe('The sum awarded, e.g. "£220,000"'),
});

/** A board sets up a fund. */
export const OpenFundData = z.discriminatedUnion('kind', [
  OpenPooledPotData,
  OpenGrantSourceData,
  OpenExternalAwardData,
]);

/** A partner promises money to a fund, perhaps on a condition. */
export const PledgeFundingData = z.object({
  fundId,
  organisation,
  amount: PoundsAmount.describe('The sum promised, e.g. "£10,000"'),
  condition: humanText(500).optional().describe('What must happen before the pledge counts as committed'),
  decision: AuthorisingDecision,
  partnerAuthorisation: PartnerAuthorisationInput.optional(),
});

/** The condition on a partner's pledge has been met. */
export const SatisfyPledgeConditionData = z.object({
  fundId,
  organisation,
  note: humanText(500).optional().describe('How the condition was met'),
  partnerAuthorisation: PartnerAuthorisationInput.optional().describe(
    "The partner's own decision that meets the condition, when one does",
  ),
});

/** The condition on a partner's pledge is waived (by the board or the partner): the pledge is owed as it stands. */
export const WaivePledgeConditionData = z.object({
  fundId,
  organisation,
  reason: humanText(500).describe('Who waived the condition and why, e.g. "The PCC accepted the chair\'s assurance"'),
});

/** The partner's own decision (its cabinet, committee or an officer) authorising its live pledge is cited. */
export const RecordPartnerAuthorisationData = PartnerAuthorisationInput.extend({ fundId, organisation });

/** A partner's pledge ends without being paid, e.g. its condition will not be met. */
export const LapsePledgeData = z.object({
  fundId,
  organisation,
  reason: humanText(500).describe('Why the pledge lapsed'),
});

/** A partner takes back its pledge. */
export const WithdrawPledgeData = z.object({
  fundId,
  organisation,
  reason: humanText(500).describe('Why the partner withdrew'),
});

/** A partner changes the sum it promised. */
export const AmendPledgeData = z.object({
  fundId,
  organisation,
  amount: PoundsAmount.describe('The new sum promised'),
  reason: humanText(500).describe('Why the pledge changed'),
  decision: AuthorisingDecision.optional(),
});

/** Money arrives from a partner. */
export const RecordContributionData = z
  .object({
    fundId,
    organisation,
    amount: PoundsAmount.describe('The sum received, e.g. "£10,000"'),
    receivedOn: IsoDate.describe('The date the money arrived'),
    remittanceReference: humanText(100).describe("The payer's remittance reference"),
    overpayment: z.boolean().default(false).describe('Set to accept a sum above what the pledge still has outstanding'),
    unpledged: z.boolean().default(false).describe('Set to accept money from an organisation with no live pledge'),
  })
  .refine((data) => !(data.overpayment && data.unpledged), {
    error: 'money with no pledge is unpledged, not an overpayment: set only one of the two',
    path: ['overpayment'],
  });

/** The board assigns part of a fund to a recipient. */
export const AllocateFundingData = z.object({
  fundId,
  allocationId: Slug.describe('A name for the allocation, unique in the fund, e.g. community-safety-implementation'),
  recipient: z
    .object({
      kind: z.enum(['organisation', 'body']).describe('Whether the recipient is an organisation or a body'),
      id: Slug.describe('The recipient, e.g. gloucestershire-community-safety-partnership'),
    })
    .describe('Who receives the money'),
  purpose: humanText(500).describe('What the money is for, e.g. "Implementation phase"'),
  amount: PoundsAmount.describe('The sum allocated, e.g. "£35,000"'),
  decision: AuthorisingDecision,
});

/** Money is paid out against an allocation. */
export const RecordPaymentData = z.object({
  fundId,
  allocationId: Slug.describe('The allocation paid against'),
  amount: PoundsAmount.describe('The sum paid'),
  paidOn: IsoDate.describe('The date the money was paid'),
  reference: humanText(100).describe('The payment reference'),
});

/** The fund is finished with: nothing more is recorded against it. */
export const CloseFundData = z.object({
  fundId,
  reason: humanText(500).describe('Why the fund is closed'),
});

/** Every funding command, as `{ type, data }`, from the feature's command table (index.ts). */
export type FundingCommand = CommandsOf<typeof fundingCommands>;

/** Each command's data as `decide` reads it (pounds still text). */
export type OpenFundData = z.output<typeof OpenFundData>;
export type PledgeFundingData = z.output<typeof PledgeFundingData>;
export type SatisfyPledgeConditionData = z.output<typeof SatisfyPledgeConditionData>;
export type WaivePledgeConditionData = z.output<typeof WaivePledgeConditionData>;
export type RecordPartnerAuthorisationData = z.output<typeof RecordPartnerAuthorisationData>;
export type LapsePledgeData = z.output<typeof LapsePledgeData>;
export type WithdrawPledgeData = z.output<typeof WithdrawPledgeData>;
export type AmendPledgeData = z.output<typeof AmendPledgeData>;
export type RecordContributionData = z.output<typeof RecordContributionData>;
export type AllocateFundingData = z.output<typeof AllocateFundingData>;
export type RecordPaymentData = z.output<typeof RecordPaymentData>;
export type CloseFundData = z.output<typeof CloseFundData>;
