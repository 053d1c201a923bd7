/**
 * Finance: the condition on a partner's pledge is settled, met (SatisfyPledgeCondition, as POST
 * /funds/{fundId}/pledges/{organisation}/condition-satisfied) or waived (WaivePledgeCondition, as
 * POST .../condition-waived, which has the same roles). The note says how, or who waived it and why,
 * and cites the partner's own decision when there is one.
 */
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, found, required, sourceOf } from './form-values.js';
import { loadPledge, type PledgeEntity } from './withdrawal.js';

const SETTLED: Record<string, string> = { met: 'Condition met', waived: 'Condition waived' };

export const conditionForm: WorkspaceForm<PledgeEntity> = {
  url: '/workspace/funds/:fundId/pledges/:organisation/condition',
  template: 'workspace/condition.njk',
  title: 'Settle the condition on a pledge',
  command: 'SatisfyPledgeCondition',
  load: loadPledge,
  streamOf: ({ fundId }) => `fund-${fundId}`,
  defaults: () => ({ ...dateDefaults('settledOn', today()), sourceDocument: "The partner's letter or decision" }),
  read(values, { fundId, organisation }) {
    const settledOn = dateField(values, 'settledOn', 'the date the condition was settled');
    const errors = found(
      SETTLED[values.settled ?? '']
        ? undefined
        : { field: 'settled', text: 'Select whether the condition was met or waived' },
      required(values, 'note', 'Enter how the condition was met, or who waived it and why'),
      settledOn.error,
      required(values, 'sourceDocument', "Enter the document this comes from, for example the partner's decision"),
    );
    if (errors.length > 0) return { errors };
    const decision = values.decision ? ` (${values.decision})` : '';
    const command =
      values.settled === 'waived'
        ? { type: 'WaivePledgeCondition', data: { fundId, organisation, reason: `${values.note}${decision}` } }
        : {
            type: 'SatisfyPledgeCondition',
            data: { fundId, organisation, note: `${SETTLED[values.settled!]}: ${values.note}${decision}` },
          };
    return {
      commands: [command],
      occurredAt: settledOn.date!,
      source: sourceOf(values),
    };
  },
  fieldOf: () => 'note',
  rejectionField: 'settled',
  landing: ({ fundId }) => `/funds/${fundId}`,
  confirmation: (_params, pledge) =>
    `The condition on ${pledge.organisationName}'s pledge to ${pledge.fundName} is settled; the ` +
    `pledge now counts as committed.`,
};
