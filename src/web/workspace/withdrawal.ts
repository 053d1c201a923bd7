/**
 * Finance: a partner withdraws its pledge (WithdrawPledge, as POST /funds/{fundId}/pledges/{organisation}/withdrawal).
 */
import type { Ledger } from '../../compose.js';
import { commitmentsView } from '../../projections/commitments/index.js';
import { loadNames } from '../shared/names.js';
import type { FieldError } from '../shared/query.js';
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, required } from './form-values.js';

export interface PledgeEntity {
  readonly fundId: string;
  readonly fundName: string;
  readonly organisation: string;
  readonly organisationName: string;
  readonly pledgedPence: number;
  readonly conditionalPence: number;
}

/** A partner's pledge to a fund, from the commitments view; undefined when the fund or the partner is unknown. */
export function loadPledge(ledger: Ledger, { fundId, organisation }: Record<string, string>): PledgeEntity | undefined {
  const fund = commitmentsView(ledger.readDb, { fundId: fundId! }).funds[0];
  const partner = fund?.partners.find((p) => p.organisation === organisation);
  if (!fund || !partner) return undefined;
  const organisationName = loadNames(ledger.readDb).organisation(partner.organisation);
  return {
    fundId: fund.fundId,
    fundName: fund.name,
    organisation: partner.organisation,
    organisationName,
    pledgedPence: Number(partner.pledgedPence),
    conditionalPence: Number(partner.conditionalPence),
  };
}

export const withdrawalForm: WorkspaceForm<PledgeEntity> = {
  url: '/workspace/funds/:fundId/pledges/:organisation/withdrawal',
  template: 'workspace/withdrawal.njk',
  title: 'Withdraw a pledge',
  command: 'WithdrawPledge',
  load: loadPledge,
  streamOf: ({ fundId }) => `fund-${fundId}`,
  defaults: () => ({ ...dateDefaults('withdrawnOn', today()), sourceDocument: "The partner's letter or decision" }),
  read(values, { fundId, organisation }) {
    const withdrawnOn = dateField(values, 'withdrawnOn', 'the date the partner withdrew');
    const errors = [
      required(values, 'reason', 'Enter why the partner withdrew'),
      withdrawnOn.error,
      required(values, 'sourceDocument', "Enter the document this comes from, for example the partner's letter"),
    ].filter((error): error is FieldError => error !== undefined);
    if (errors.length > 0) return { errors };
    return {
      commands: [{ type: 'WithdrawPledge', data: { fundId, organisation, reason: values.reason } }],
      occurredAt: withdrawnOn.date!,
      source: { document: values.sourceDocument!, ...(values.sourceSection ? { section: values.sourceSection } : {}) },
    };
  },
  rejectionField: 'reason',
  landing: ({ fundId }) => `/funds/${fundId}`,
  confirmation: (_params, pledge) =>
    `The withdrawal of ${pledge.organisationName}'s pledge to ${pledge.fundName} is recorded.`,
};
