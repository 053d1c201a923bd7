/**
 * What a later meeting does to the business of earlier ones, as an item records it: amendments and
 * rescissions of decisions, action reviews (completed, in progress with a RAG status, cancelled,
 * reassigned, given more time), conditions met or waived, partners' own decisions behind pledges, pledges
 * withdrawn, receipts and payments.
 * Dates default to the meeting's date; each becomes the correction command the API would take.
 */
import { z } from 'zod';
import { RagStatus } from '../../domain/actions/commands.js';
import { Amount, DateText, DecisionCitation, Id, PartnerDecision, Text } from './common.js';
import { Owner } from './owner.js';

const Amendment = z.strictObject({ decision: DecisionCitation, text: Text, reason: Text });
const Rescission = z.strictObject({ decision: DecisionCitation, reason: Text });

/** A note that says the action is done, but no status that closes it: the ledger would leave it open. */
const SAYS_DONE = /^\s*(complete|completed|done|closed)\s*\.?\s*$/i;

const Review = z
  .strictObject({
    action: Id,
    note: Text,
    status: z.enum(['completed', 'in-progress', 'cancelled']).optional(),
    rag: RagStatus.optional(),
    reason: Text.optional(),
    owners: z.array(Owner).min(1, 'name at least one new action owner').optional(),
    due: DateText.optional(),
  })
  .superRefine((review, context) => {
    if (review.status === 'in-progress' && review.rag === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['rag'],
        message: 'an action in progress has a RAG status: add rag: red, amber or green',
      });
    }
    if (review.rag !== undefined && review.status !== 'in-progress') {
      context.addIssue({
        code: 'custom',
        path: ['rag'],
        message: 'a RAG status is given for an action in progress: add status: in-progress, or leave rag out',
      });
    }
    if (review.status === undefined && SAYS_DONE.test(review.note)) {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: `the note says "${review.note.trim()}" but the action would stay open: add status: completed`,
      });
    }
  });

const Receipt = z.strictObject({
  fund: Id,
  organisation: Id,
  amount: Amount,
  reference: Text,
  received: DateText.optional(),
});
const ConditionMet = z.strictObject({
  fund: Id,
  organisation: Id,
  note: Text.optional(),
  partnerAuthorisation: PartnerDecision.optional(),
});
const ConditionWaived = z.strictObject({ fund: Id, organisation: Id, reason: Text });
const PartnerAuthorisation = PartnerDecision.extend({ fund: Id, organisation: Id });
const Withdrawal = z.strictObject({ fund: Id, organisation: Id, reason: Text });
const Payment = z.strictObject({
  fund: Id,
  allocation: Id,
  amount: Amount,
  reference: Text,
  paid: DateText.optional(),
});

/** The follow-up fields of an item, spread into its schema. */
export const followUpFields = {
  amends: z.array(Amendment).optional(),
  rescinds: z.array(Rescission).optional(),
  reviews: z.array(Review).optional(),
  receipts: z.array(Receipt).optional(),
  conditionsMet: z.array(ConditionMet).optional(),
  conditionsWaived: z.array(ConditionWaived).optional(),
  partnerAuthorisations: z.array(PartnerAuthorisation).optional(),
  withdrawals: z.array(Withdrawal).optional(),
  payments: z.array(Payment).optional(),
};

export type FollowUps = { [K in keyof typeof followUpFields]?: z.infer<(typeof followUpFields)[K]> };
export type ItemReview = z.infer<typeof Review>;
