/**
 * What the ledger records about funds. Amounts are pence. An event that ends or changes a pledge
 * carries the sums it changes, so a read model can reverse them without remembering earlier events.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { addPence, PositivePence, ZERO_PENCE, type Pence } from '../shared/money.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { DecisionReference } from '../shared/references.js';
import { PartnerAuthorisation } from './partner-authorisation.js';
import type { AllocationState, FundState, PledgeState } from './state.js';

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

function withPledge(state: FundState, organisation: string, change: Partial<PledgeState>): FundState {
  const pledge = state.pledges[organisation];
  if (!pledge) throw new Error(`Bug: event changes a pledge by ${organisation} that the fund never recorded`);
  return { ...state, pledges: { ...state.pledges, [organisation]: { ...pledge, ...change } } };
}

function recordPledge(
  state: FundState,
  data: { organisation: string; pledgeId: string; amountPence: Pence; condition?: string | undefined },
): FundState {
  const sequence = (state.pledges[data.organisation]?.sequence ?? 0) + 1;
  const pledge: PledgeState = {
    pledgeId: data.pledgeId,
    amountPence: data.amountPence,
    condition: data.condition === undefined ? 'none' : 'pending',
    status: 'live',
    receivedPence: ZERO_PENCE,
    authorisedPence: ZERO_PENCE,
    sequence,
  };
  return { ...state, pledges: { ...state.pledges, [data.organisation]: pledge } };
}

function recordContribution(
  state: FundState,
  data: { organisation: string; amountPence: Pence; unpledged: boolean },
): FundState {
  const received = { ...state, receivedPence: addPence(state.receivedPence, data.amountPence) };
  if (data.unpledged) return received;
  const pledge = state.pledges[data.organisation];
  return withPledge(received, data.organisation, {
    receivedPence: addPence(pledge?.receivedPence ?? ZERO_PENCE, data.amountPence),
  });
}

function recordPayment(state: FundState, data: { allocationId: string; amountPence: Pence }): FundState {
  const allocation = state.allocations[data.allocationId];
  if (!allocation)
    throw new Error(`Bug: payment against allocation ${data.allocationId}, which the fund never recorded`);
  const paid = { ...allocation, paidPence: addPence(allocation.paidPence, data.amountPence) };
  return {
    ...state,
    paidPence: addPence(state.paidPence, data.amountPence),
    allocations: { ...state.allocations, [data.allocationId]: paid },
  };
}

const on = folding<FundState>();

/** The funding events: each one's schema (the contract) and how a fund's state takes it, declared once. */
export const fundingEvents = {
  /** A fund was opened; an external award's sum is recorded as a pledge from its funder in the same command. */
  FundOpened: on(
    z.discriminatedUnion('kind', [
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
      z.object({
        ...fundBasics,
        kind: z.literal('external-award'),
        funder: Slug.describe('The awarding organisation'),
      }),
    ]),
    (state, data) => ({
      ...state,
      status: 'open',
      kind: data.kind,
      openingBalancePence: data.kind === 'grant-source' ? data.openingBalancePence : ZERO_PENCE,
    }),
  ),
  /** A partner pledged money; it is committed at once unless it carries a condition. */
  PledgeRecorded: on(
    z.object({
      fundId,
      pledgeId,
      organisation,
      amountPence: PositivePence.describe('The sum pledged'),
      condition: z.string().optional().describe('What must happen before the pledge counts as committed'),
      decision: DecisionReference.optional(),
    }),
    recordPledge,
  ),
  /** A conditional pledge's condition was met: its whole sum is now committed. */
  PledgeConditionSatisfied: on(
    z.object({
      fundId,
      pledgeId,
      organisation,
      amountPence: PositivePence.describe('The sum that became committed'),
      note: z.string().optional().describe('How the condition was met'),
      partnerAuthorisation: PartnerAuthorisation.optional().describe(
        "The partner's own decision that met the condition, when one did",
      ),
    }),
    (state, data) => withPledge(state, data.organisation, { condition: 'satisfied' }),
  ),
  /** A conditional pledge's condition was waived: its whole sum is now committed, and owed like any other pledge. */
  PledgeConditionWaived: on(
    z.object({
      fundId,
      pledgeId,
      organisation,
      amountPence: PositivePence.describe('The sum that became committed'),
      reason: z.string().describe('Who waived the condition and why'),
    }),
    (state, data) => withPledge(state, data.organisation, { condition: 'waived' }),
  ),
  /** A partner's own decision authorising its live pledge was cited; it covers the pledge's sum not yet covered. */
  PartnerAuthorisationRecorded: on(
    PartnerAuthorisation.extend({
      fundId,
      pledgeId,
      organisation,
      amountPence: PositivePence.describe(
        "The sum of the pledge this decision newly covers (what no earlier decision of the partner's covered)",
      ),
    }),
    (state, data) => {
      const before = state.pledges[data.organisation]?.authorisedPence ?? ZERO_PENCE;
      return withPledge(state, data.organisation, { authorisedPence: addPence(before, data.amountPence) });
    },
  ),
  /** A pledge with nothing received ended without being paid. */
  PledgeLapsed: on(z.object(pledgeEnded), (state, data) => withPledge(state, data.organisation, { status: 'lapsed' })),
  /** A partner withdrew a pledge with nothing received. */
  PledgeWithdrawn: on(z.object(pledgeEnded), (state, data) =>
    withPledge(state, data.organisation, { status: 'withdrawn' }),
  ),
  /** A live pledge's sum changed; never below what has been received against it. */
  PledgeAmended: on(
    z.object({
      fundId,
      pledgeId,
      organisation,
      previousAmountPence: PositivePence.describe('The sum before the amendment'),
      amountPence: PositivePence.describe('The sum after the amendment'),
      conditionPending: z.boolean().describe('Whether its condition is still unmet'),
      reason: z.string().describe('Why'),
      decision: DecisionReference.optional(),
    }),
    (state, data) => withPledge(state, data.organisation, { amountPence: data.amountPence }),
  ),
  /** Money arrived; linked to the organisation's live pledge unless recorded as unpledged. */
  ContributionRecorded: on(
    z.object({
      fundId,
      organisation,
      pledgeId: pledgeId.nullable(),
      amountPence: PositivePence.describe('The sum received'),
      receivedOn: IsoDate.describe('The date it arrived'),
      remittanceReference: z.string().describe("The payer's remittance reference"),
      overpayment: z.boolean().describe('It took the pledge past its sum, and was accepted as an overpayment'),
      unpledged: z.boolean().describe('It came with no live pledge, and was accepted as unpledged'),
    }),
    recordContribution,
  ),
  /** Part of a fund was allocated to a recipient; never more than was committable. */
  FundingAllocated: on(
    z.object({
      fundId,
      allocationId: Slug.describe('The allocation'),
      recipient: z.object({ kind: z.enum(['organisation', 'body']), id: Slug }).describe('Who receives the money'),
      purpose: z.string().describe('What the money is for'),
      amountPence: PositivePence.describe('The sum allocated'),
      decision: DecisionReference,
    }),
    (state, data) => {
      const allocation: AllocationState = { amountPence: data.amountPence, paidPence: ZERO_PENCE };
      return { ...state, allocations: { ...state.allocations, [data.allocationId]: allocation } };
    },
  ),
  /** Money was paid against an allocation; never more than the allocation left or the cash held. */
  PaymentRecorded: on(
    z.object({
      fundId,
      allocationId: Slug.describe('The allocation paid against'),
      amountPence: PositivePence.describe('The sum paid'),
      paidOn: IsoDate.describe('The date it was paid'),
      reference: z.string().describe('The payment reference'),
    }),
    recordPayment,
  ),
  /** The fund was closed; nothing more is recorded against it. */
  FundClosed: on(z.object({ fundId, reason: z.string().describe('Why') }), (state) => ({ ...state, status: 'closed' })),
} as const satisfies EventTable<FundState>;

/** Every funding event, as `{ type, data }`, from the event table. */
export type FundingEvent = EventsOf<typeof fundingEvents>;
/** One funding event's data, by its type. */
export type FundingEventData<K extends keyof typeof fundingEvents> = EventDataOf<typeof fundingEvents, K>;

/** Event type -> schema of its data. */
export const fundingEventSchemas = schemasOf(fundingEvents);

/** How a fund's state takes each of its events, dispatched through the table. */
export const evolveFund = evolverOf<FundState, typeof fundingEvents>(fundingEvents);
