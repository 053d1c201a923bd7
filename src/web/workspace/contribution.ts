/** Finance: record a contribution received into a fund (RecordContribution, as POST /funds/{fundId}/contributions). */
import { commitmentsView } from '../../projections/commitments/index.js';
import { loadNames } from '../shared/names.js';
import { today } from '../shared/today.js';
import type { FieldError } from '../shared/query.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, required } from './form-values.js';

interface FundEntity {
  readonly fundId: string;
  readonly name: string;
  readonly partners: ReadonlyArray<{ readonly value: string; readonly text: string }>;
}

const FIELDS: Record<string, string> = {
  organisation: 'organisation',
  amount: 'amount',
  receivedOn: 'receivedOn-day',
  remittanceReference: 'remittanceReference',
  overpayment: 'amount',
  unpledged: 'organisation',
};

export const contributionForm: WorkspaceForm<FundEntity> = {
  url: '/workspace/funds/:fundId/contribution',
  template: 'workspace/contribution.njk',
  title: 'Record a contribution received',
  command: 'RecordContribution',
  async load(ledger, { fundId }) {
    const fund = commitmentsView(ledger.readDb, { fundId: fundId! }).funds[0];
    if (!fund) return undefined;
    const names = loadNames(ledger.readDb);
    const partners = fund.partners
      .map((p) => ({ value: p.organisation, text: names.organisation(p.organisation) }))
      .sort((a, b) => a.text.localeCompare(b.text));
    return { fundId: fund.fundId, name: fund.name, partners };
  },
  streamOf: ({ fundId }) => `fund-${fundId}`,
  defaults: () => ({
    ...dateDefaults('receivedOn', today()),
    sourceDocument: 'Remittance advice in the finance system',
  }),
  read(values, { fundId }) {
    const receivedOn = dateField(values, 'receivedOn', 'the date the money arrived');
    const errors = [
      required(values, 'organisation', 'Select the organisation that paid'),
      required(values, 'amount', 'Enter the amount received, for example 10,000'),
      receivedOn.error,
      required(values, 'remittanceReference', "Enter the payer's remittance reference"),
      required(values, 'sourceDocument', 'Enter the document this comes from, for example the remittance advice'),
    ].filter((error): error is FieldError => error !== undefined);
    if (errors.length > 0) return { errors };
    const amount = values.amount!.startsWith('£') ? values.amount! : `£${values.amount}`;
    return {
      commands: [
        {
          type: 'RecordContribution',
          data: {
            fundId,
            organisation: values.organisation,
            amount,
            receivedOn: receivedOn.date,
            remittanceReference: values.remittanceReference,
            overpayment: values.overpayment === 'yes',
            unpledged: values.unpledged === 'yes',
          },
        },
      ],
      occurredAt: receivedOn.date!,
      source: { document: values.sourceDocument!, ...(values.sourceSection ? { section: values.sourceSection } : {}) },
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'amount',
  rejectionField: 'amount',
  landing: ({ fundId }) => `/funds/${fundId}`,
  confirmation: (_params, fund) =>
    `The contribution to ${fund.name} is recorded; the reconciliation below includes it.`,
};
