/**
 * Finance: cite the partner's own decision (its cabinet, a committee or an officer) behind its live
 * pledge (RecordPartnerAuthorisation, as POST /funds/{fundId}/pledges/{organisation}/partner-authorisation).
 * The business date is the date the partner decided.
 */
import type { WorkspaceForm } from './form-route.js';
import { dateField, found, required, sourceOf } from './form-values.js';
import { loadPledge, type PledgeEntity } from './withdrawal.js';

const FIELDS: Record<string, string> = {
  decidedBy: 'decidedBy',
  decidedOn: 'decidedOn-day',
  reference: 'reference',
  url: 'url',
};

export const partnerAuthorisationForm: WorkspaceForm<PledgeEntity> = {
  url: '/workspace/funds/:fundId/pledges/:organisation/partner-authorisation',
  template: 'workspace/partner-authorisation.njk',
  title: "Cite the partner's own decision",
  command: 'RecordPartnerAuthorisation',
  load: loadPledge,
  streamOf: ({ fundId }) => `fund-${fundId}`,
  defaults: () => ({ sourceDocument: "The partner's published decision" }),
  read(values, { fundId, organisation }) {
    const decidedOn = dateField(values, 'decidedOn', 'the date the partner decided');
    const errors = found(
      required(values, 'decidedBy', 'Enter who decided for the partner, for example its cabinet or a committee'),
      decidedOn.error,
      required(values, 'reference', "Enter the partner's reference for the decision, for example a minute number"),
      required(values, 'sourceDocument', "Enter the document this comes from, for example the partner's minutes"),
    );
    if (errors.length > 0) return { errors };
    return {
      commands: [
        {
          type: 'RecordPartnerAuthorisation',
          data: {
            fundId,
            organisation,
            decidedBy: values.decidedBy,
            decidedOn: decidedOn.date,
            reference: values.reference,
            ...(values.url ? { url: values.url } : {}),
          },
        },
      ],
      occurredAt: decidedOn.date!,
      source: sourceOf(values),
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'decidedBy',
  rejectionField: 'decidedBy',
  landing: ({ fundId }) => `/funds/${fundId}`,
  confirmation: (_params, pledge) =>
    `${pledge.organisationName}'s own decision behind its pledge to ${pledge.fundName} is ` +
    `recorded; the reconciliation below shows it.`,
};
