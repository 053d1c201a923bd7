/**
 * An item's follow-ups as commands: amendments and rescissions, then each review (the review
 * itself, then what it changed: owners, due date, progress, completion or cancellation), then
 * conditions met or waived, pledge withdrawals, receipts and payments. Dates not written are the meeting's.
 */
import type { Attendee } from '../schemas/meeting.js';
import type { FollowUps, ItemReview } from '../schemas/follow-ups.js';
import { ownerOf } from './owners.js';
import type { CommandList } from './planned.js';

export interface FollowUpContext {
  readonly list: CommandList;
  readonly meetingId: string;
  readonly date: string;
  readonly attendance: readonly Attendee[];
  /** `items.<number>`, the item's place by meaning. */
  readonly path: string;
  readonly at: ReadonlyArray<string | number>;
  readonly section: string;
}

export function planFollowUps(item: FollowUps, context: FollowUpContext): void {
  const { list, meetingId, date, path, at, section } = context;
  const where = (field: string, key: string, index: number) => ({
    path: `${path}.${field}.${key}`,
    fieldPath: [...at, field, index],
    section,
  });
  item.amends?.forEach(({ decision, text, reason }, index) => {
    const data = { proposalId: decision.proposal, resolution: decision.resolution, meetingId, reason, text };
    list.add('AmendDecision', data, where('amends', `${decision.proposal}.${decision.resolution}`, index));
  });
  item.rescinds?.forEach(({ decision, reason }, index) => {
    const data = { proposalId: decision.proposal, resolution: decision.resolution, meetingId, reason };
    list.add('RescindDecision', data, where('rescinds', `${decision.proposal}.${decision.resolution}`, index));
  });
  item.reviews?.forEach((review, index) => planReview(review, index, context));
  item.conditionsMet?.forEach(({ fund, organisation, note, partnerAuthorisation }, index) => {
    const data = { fundId: fund, organisation, note, partnerAuthorisation };
    list.add('SatisfyPledgeCondition', data, where('conditionsMet', `${fund}.${organisation}`, index));
  });
  item.conditionsWaived?.forEach(({ fund, organisation, reason }, index) => {
    const data = { fundId: fund, organisation, reason };
    list.add('WaivePledgeCondition', data, where('conditionsWaived', `${fund}.${organisation}`, index));
  });
  item.partnerAuthorisations?.forEach(({ fund, organisation, ...decision }, index) => {
    const data = { fundId: fund, organisation, ...decision };
    list.add('RecordPartnerAuthorisation', data, where('partnerAuthorisations', `${fund}.${organisation}`, index));
  });
  item.withdrawals?.forEach(({ fund, organisation, reason }, index) => {
    list.add(
      'WithdrawPledge',
      { fundId: fund, organisation, reason },
      where('withdrawals', `${fund}.${organisation}`, index),
    );
  });
  item.receipts?.forEach(({ fund, organisation, amount, reference, received }, index) => {
    const data = { fundId: fund, organisation, amount, receivedOn: received ?? date, remittanceReference: reference };
    list.add('RecordContribution', data, {
      ...where('receipts', `${organisation}.${reference}`, index),
      occurredAt: received ?? date,
    });
  });
  item.payments?.forEach(({ fund, allocation, amount, reference, paid }, index) => {
    const data = { fundId: fund, allocationId: allocation, amount, paidOn: paid ?? date, reference };
    list.add('RecordPayment', data, {
      ...where('payments', `${allocation}.${reference}`, index),
      occurredAt: paid ?? date,
    });
  });
}

/** The review is recorded first, as the minutes' "actions arising" note, then what it changed. */
function planReview(review: ItemReview, index: number, context: FollowUpContext): void {
  const { list, meetingId, date, path, at, section } = context;
  const actionId = review.action;
  const base = `${path}.reviews.${actionId}`;
  const where = (suffix: string) => ({
    path: suffix ? `${base}.${suffix}` : base,
    fieldPath: [...at, 'reviews', index],
    section,
  });
  list.add('ReviewAction', { actionId, meetingId, note: review.note }, where(''));
  if (review.owners) {
    const owners = review.owners.map((owner) => ownerOf(owner, context.attendance));
    list.add('ReassignAction', { actionId, owners, reassignedOn: date, reason: review.reason }, where('reassignment'));
  }
  if (review.due) list.add('ExtendDueDate', { actionId, dueOn: review.due, reason: review.reason }, where('due'));
  switch (review.status) {
    case 'completed':
      list.add('CompleteAction', { actionId, completedOn: date, note: review.note }, where('completion'));
      return;
    case 'in-progress':
      // The minutes schema requires rag for an action in progress (follow-ups.ts), so it is here.
      if (review.rag === undefined) throw new Error(`Bug: action ${actionId} is in progress with no RAG status`);
      list.add('RecordProgress', { actionId, note: review.note, rag: review.rag, asOf: date }, where('progress'));
      return;
    case 'cancelled':
      list.add(
        'CancelAction',
        { actionId, cancelledOn: date, reason: review.reason ?? review.note },
        where('cancellation'),
      );
      return;
    case undefined:
      return;
  }
}
