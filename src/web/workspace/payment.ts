/**
 * Finance: record a payment out against an allocation (RecordPayment, as POST
 * /funds/{fundId}/allocations/{allocationId}/payments).
 */
import { commitmentsView } from '../../projections/commitments/index.js';
import { loadNames } from '../shared/names.js';
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, found, required, sourceOf } from './form-values.js';

interface AllocationEntity {
  readonly fundId: string;
  readonly fundName: string;
  readonly allocationId: string;
  readonly purpose: string;
  readonly recipientName: string;
  readonly allocatedPence: number;
  readonly remainingPence: number;
  readonly cashBalancePence: number;
}

const FIELDS: Record<string, string> = { amount: 'amount', paidOn: 'paidOn-day', reference: 'reference' };

export const paymentForm: WorkspaceForm<AllocationEntity> = {
  url: '/workspace/funds/:fundId/allocations/:allocationId/payment',
  template: 'workspace/payment.njk',
  title: 'Record a payment against an allocation',
  command: 'RecordPayment',
  load(ledger, { fundId, allocationId }) {
    const fund = commitmentsView(ledger.readDb, { fundId: fundId! }).funds[0];
    const allocation = fund?.allocations.find((a) => a.allocationId === allocationId);
    if (!fund || !allocation) return undefined;
    return {
      fundId: fund.fundId,
      fundName: fund.name,
      allocationId: allocation.allocationId,
      purpose: allocation.purpose,
      recipientName: loadNames(ledger.readDb).party(allocation.recipient),
      allocatedPence: Number(allocation.allocatedPence),
      remainingPence: Number(allocation.remainingPence),
      cashBalancePence: Number(fund.cashBalancePence),
    };
  },
  streamOf: ({ fundId }) => `fund-${fundId}`,
  defaults: () => ({ ...dateDefaults('paidOn', today()), sourceDocument: 'Payment run in the finance system' }),
  read(values, { fundId, allocationId }) {
    const paidOn = dateField(values, 'paidOn', 'the date the money was paid');
    const errors = found(
      required(values, 'amount', 'Enter the amount paid, for example 17,500'),
      paidOn.error,
      required(values, 'reference', 'Enter the payment reference from the finance system'),
      required(values, 'sourceDocument', 'Enter the document this comes from, for example the payment run'),
    );
    if (errors.length > 0) return { errors };
    const amount = values.amount!.startsWith('£') ? values.amount! : `£${values.amount}`;
    return {
      commands: [
        {
          type: 'RecordPayment',
          data: { fundId, allocationId, amount, paidOn: paidOn.date, reference: values.reference },
        },
      ],
      occurredAt: paidOn.date!,
      source: sourceOf(values),
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'amount',
  rejectionField: 'amount',
  landing: ({ fundId }) => `/funds/${fundId}`,
  confirmation: (_params, allocation) =>
    `The payment to ${allocation.recipientName} for “${allocation.purpose}” is recorded; the ` +
    `fund's figures below include it.`,
};
