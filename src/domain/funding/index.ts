/** The funding feature: funds, pledges and their conditions, contributions, allocations and payments. */
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { Slug, streamId } from '../shared/identifiers.js';
import { z } from 'zod';
import { MAX_ORGANISATIONS_ASKED, tooMany } from '../shared/bounds.js';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { PoundsAmount } from '../shared/money.js';
import { AuthorisingDecision, fundBasics, fundId, organisation } from './commands.js';
import { decideClose, decideOpen, onOpenFund, opening } from './decide.js';
import { decidePartnerAuthorisation } from './decide-authorisations.js';
import { allocationCites, contributionCites, fundCites, pledgeCites } from './decide-citations.js';
import { decideAllocation, decideContribution, decidePayment } from './decide-money.js';
import {
  decideAmendPledge,
  decideLapse,
  decidePledge,
  decideSatisfyCondition,
  decideWaiveCondition,
  decideWithdrawal,
} from './decide-pledges.js';
import { fundingEventSchemas } from './events.js';
import { PartnerAuthorisationInput } from './partner-authorisation.js';
import { evolveFund, initialFundState } from './state.js';

const finance = ['finance'] as const;
// Examples from the minutes of 27 October 2016 (devolution capacity, community safety) and
// 14 June 2018 (One Public Estate); they appear in the OpenAPI document.
const devolutionDecision = { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' };

/** The funding commands: each one's schema, summary, example, URL, role and rules, declared once. */
export const fundingCommands = {
  OpenFund: {
    schema: z.discriminatedUnion('kind', [
      z.object({
        ...fundBasics,
        kind: z.literal('pooled-pot').describe('A pot partners pay into'),
        perPartnerAsk: PoundsAmount.describe('What each partner is asked to give, e.g. "£10,000"'),
        askedOrganisations: z
          .array(Slug)
          .min(1)
          .max(MAX_ORGANISATIONS_ASKED, tooMany('partners', MAX_ORGANISATIONS_ASKED))
          .refine((ids) => new Set(ids).size === ids.length, 'name each partner once')
          .describe('The partners asked to contribute'),
      }),
      z.object({
        ...fundBasics,
        kind: z.literal('grant-source').describe('Money the holder already has'),
        openingBalance: PoundsAmount.describe('The money held when the fund is opened, e.g. "£250,000"'),
      }),
      z.object({
        ...fundBasics,
        kind: z.literal('external-award').describe('Money awarded by an outside funder'),
        funder: Slug.describe('The awarding organisation, e.g. one-public-estate-programme'),
        award: PoundsAmount.describe('The sum awarded, e.g. "£220,000"'),
      }),
    ]),
    ...opening(decideOpen, fundCites),
    url: '/funds',
    roles: finance,
    summary:
      'Open a fund: a pooled pot with a per-partner ask, a grant source with its opening balance, ' +
      'or an external award.',
    example: {
      fundId: 'devolution-capacity',
      name: 'Devolution capacity',
      kind: 'pooled-pot',
      holder: 'gloucestershire-county-council',
      purpose: 'Providing a dedicated resource for Leadership Gloucestershire to take devolution forward',
      perPartnerAsk: '£10,000',
      askedOrganisations: ['gloucestershire-county-council', 'stroud-district-council', 'office-of-the-pcc'],
      decision: devolutionDecision,
    },
  },
  PledgeFunding: {
    schema: z.object({
      fundId,
      organisation,
      amount: PoundsAmount.describe('The sum promised, e.g. "£10,000"'),
      condition: humanText(500).optional().describe('What must happen before the pledge counts as committed'),
      decision: AuthorisingDecision,
      partnerAuthorisation: PartnerAuthorisationInput.optional(),
    }),
    ...onOpenFund(decidePledge, pledgeCites),
    url: '/funds/:fundId/pledges',
    roles: finance,
    summary:
      "Record a partner's pledge to a fund; a conditional pledge is not committed until its condition is satisfied.",
    example: {
      fundId: 'devolution-capacity',
      organisation: 'office-of-the-pcc',
      amount: '£10,000',
      condition: "The PCC's remit is included through public service reform",
      decision: devolutionDecision,
    },
  },
  SatisfyPledgeCondition: {
    schema: z.object({
      fundId,
      organisation,
      note: humanText(500).optional().describe('How the condition was met'),
      partnerAuthorisation: PartnerAuthorisationInput.optional().describe(
        "The partner's own decision that meets the condition, when one does",
      ),
    }),
    ...onOpenFund(decideSatisfyCondition),
    url: '/funds/:fundId/pledges/:organisation/condition-satisfied',
    roles: finance,
    summary: "Record that the condition on a partner's pledge has been met, so the pledge counts as committed.",
    example: {
      fundId: 'devolution-capacity',
      organisation: 'office-of-the-pcc',
      note: "The chair confirmed the PCC's responsibilities are covered as part of the public service reform work",
    },
  },
  WaivePledgeCondition: {
    schema: z.object({
      fundId,
      organisation,
      reason: humanText(500).describe(
        'Who waived the condition and why, e.g. "The PCC accepted the chair\'s assurance"',
      ),
    }),
    ...onOpenFund(decideWaiveCondition),
    url: '/funds/:fundId/pledges/:organisation/condition-waived',
    roles: finance,
    summary: "Record that the condition on a partner's pledge was waived, so the pledge counts as committed and owed.",
    example: {
      fundId: 'devolution-capacity',
      organisation: 'office-of-the-pcc',
      reason:
        "The PCC accepted the chair's assurance that community safety is one of the priority areas (illustrative)",
    },
  },
  RecordPartnerAuthorisation: {
    schema: PartnerAuthorisationInput.extend({ fundId, organisation }),
    ...onOpenFund(decidePartnerAuthorisation),
    url: '/funds/:fundId/pledges/:organisation/partner-authorisation',
    roles: finance,
    summary:
      "Cite the partner's own decision (its cabinet, a committee or an officer) that authorises its live pledge.",
    example: {
      fundId: 'devolution-capacity',
      organisation: 'stroud-district-council',
      decidedBy: 'Stroud District Council Strategy and Resources Committee',
      decidedOn: '2016-12-08',
      reference: 'Minute SRC.45 (illustrative)',
      url: 'https://www.stroud.gov.uk/council-and-democracy/meetings',
    },
  },
  LapsePledge: {
    schema: z.object({
      fundId,
      organisation,
      reason: humanText(500).describe('Why the pledge lapsed'),
    }),
    ...onOpenFund(decideLapse),
    url: '/funds/:fundId/pledges/:organisation/lapse',
    roles: finance,
    summary: 'Record that a pledge with nothing received against it has lapsed.',
    example: {
      fundId: 'devolution-capacity',
      organisation: 'office-of-the-pcc',
      reason: "The PCC's remit was not included in the devolution work",
    },
  },
  WithdrawPledge: {
    schema: z.object({
      fundId,
      organisation,
      reason: humanText(500).describe('Why the partner withdrew'),
    }),
    ...onOpenFund(decideWithdrawal),
    url: '/funds/:fundId/pledges/:organisation/withdrawal',
    roles: finance,
    summary: 'Record that a partner has withdrawn a pledge with nothing received against it.',
    example: {
      fundId: 'devolution-capacity',
      organisation: 'cheltenham-borough-council',
      reason: 'Officers with devolution expertise are being reassigned at Cheltenham BC instead',
    },
  },
  AmendPledge: {
    schema: z.object({
      fundId,
      organisation,
      amount: PoundsAmount.describe('The new sum promised'),
      reason: humanText(500).describe('Why the pledge changed'),
      decision: AuthorisingDecision.optional(),
    }),
    ...onOpenFund(decideAmendPledge),
    url: '/funds/:fundId/pledges/:organisation/amendment',
    roles: finance,
    summary: "Change the sum of a partner's live pledge, never below what has been received.",
    example: {
      fundId: 'devolution-capacity',
      organisation: 'stroud-district-council',
      amount: '£5,000',
      reason: 'Stroud DC pays half in cash and provides officer time for the rest',
    },
  },
  RecordContribution: {
    schema: z
      .object({
        fundId,
        organisation,
        amount: PoundsAmount.describe('The sum received, e.g. "£10,000"'),
        receivedOn: IsoDate.describe('The date the money arrived'),
        remittanceReference: humanText(100).describe("The payer's remittance reference"),
        overpayment: z
          .boolean()
          .default(false)
          .describe('Set to accept a sum above what the pledge still has outstanding'),
        unpledged: z.boolean().default(false).describe('Set to accept money from an organisation with no live pledge'),
      })
      .refine((data) => !(data.overpayment && data.unpledged), {
        error: 'money with no pledge is unpledged, not an overpayment: set only one of the two',
        path: ['overpayment'],
      }),
    ...onOpenFund(decideContribution, contributionCites),
    url: '/funds/:fundId/contributions',
    roles: finance,
    summary: 'Record money received from a partner against its pledge, or explicitly as an overpayment or unpledged.',
    example: {
      fundId: 'devolution-capacity',
      organisation: 'stroud-district-council',
      amount: '£10,000',
      receivedOn: '2016-11-30',
      remittanceReference: 'SDC-REM-20161130',
    },
  },
  AllocateFunding: {
    schema: z.object({
      fundId,
      allocationId: Slug.describe(
        'A name for the allocation, unique in the fund, e.g. community-safety-implementation',
      ),
      recipient: z
        .object({
          kind: z.enum(['organisation', 'body']).describe('Whether the recipient is an organisation or a body'),
          id: Slug.describe('The recipient, e.g. gloucestershire-community-safety-partnership'),
        })
        .describe('Who receives the money'),
      purpose: humanText(500).describe('What the money is for, e.g. "Implementation phase"'),
      amount: PoundsAmount.describe('The sum allocated, e.g. "£35,000"'),
      decision: AuthorisingDecision,
    }),
    ...onOpenFund(decideAllocation, allocationCites),
    url: '/funds/:fundId/allocations',
    roles: finance,
    summary: 'Allocate part of a fund to a recipient for a purpose, within what is committable.',
    example: {
      fundId: 'laa-reward-grant',
      allocationId: 'community-safety-implementation',
      recipient: { kind: 'body', id: 'gloucestershire-community-safety-partnership' },
      purpose: 'Implementation phase of the Gloucestershire Community Safety Partnership',
      amount: '£35,000',
      decision: { proposalId: 'lg-2016-10-27-item-3', resolution: 'b' },
    },
  },
  RecordPayment: {
    schema: z.object({
      fundId,
      allocationId: Slug.describe('The allocation paid against'),
      amount: PoundsAmount.describe('The sum paid'),
      paidOn: IsoDate.describe('The date the money was paid'),
      reference: humanText(100).describe('The payment reference'),
    }),
    ...onOpenFund(decidePayment),
    url: '/funds/:fundId/allocations/:allocationId/payments',
    roles: finance,
    summary: 'Record money paid against an allocation, within the allocation and the cash held.',
    example: {
      fundId: 'laa-reward-grant',
      allocationId: 'community-safety-implementation',
      amount: '£17,500',
      paidOn: '2016-12-15',
      reference: 'GCC-PAY-CSP-001',
    },
  },
  CloseFund: {
    schema: z.object({
      fundId,
      reason: humanText(500).describe('Why the fund is closed'),
    }),
    ...onOpenFund(decideClose),
    url: '/funds/:fundId/closure',
    roles: finance,
    summary: 'Close a fund; nothing more can be recorded against it.',
    example: {
      fundId: 'one-public-estate',
      reason: 'The £220,000 One Public Estate award has been spent on the four projects',
    },
  },
} as const satisfies CommandTable;

/** One fund, on the stream `fund-<fundId>`. */
export const fundDecider = deciderOf(
  {
    aggregate: 'fund',
    initialState: initialFundState,
    evolve: evolveFund,
    streamIdOf: (command) => streamId('fund', command.data.fundId),
  },
  fundingCommands,
  fundingEventSchemas,
);

export const funding: Feature = {
  name: 'funding',
  deciders: [fundDecider],
  commands: fundingCommands,
  events: fundingEventSchemas,
};

export type { FundingCommand } from './commands.js';
export type { FundingEvent } from './events.js';
export type { AllocationState, FundState, PledgeState } from './state.js';
