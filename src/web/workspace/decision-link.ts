/**
 * Clerk: a decision's link to another body's decision, the lineage between bodies (LinkDecision,
 * as POST /proposals/{proposalId}/links): it recommends or refers the matter on, or authorises,
 * implements, reports back on or supersedes the other. The other end may not be recorded yet
 * (pending). The business date is the date of the meeting whose decision makes the link.
 */
import type { Ledger } from '../../compose.js';
import { findDecision } from '../../projections/decision-register/index.js';
import { REFERRAL_RESOLUTION } from '../../projections/decision-register/tables.js';
import { loadNames } from '../shared/names.js';
import type { WorkspaceForm } from './form-route.js';
import { found, required, sourceOf } from './form-values.js';

interface LinkingDecision {
  readonly proposalId: string;
  readonly resolution: string;
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly item: string;
  readonly caption: string;
  readonly text: string;
  readonly bodies: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

function loadLinkingDecision(ledger: Ledger, { proposalId, resolution }: Record<string, string>) {
  const decision = findDecision(ledger.readDb, proposalId!, resolution!);
  if (!decision?.meetingDate) return undefined;
  const names = loadNames(ledger.readDb);
  return {
    proposalId: decision.proposalId,
    resolution: decision.resolution,
    meetingId: decision.meetingId,
    meetingDate: decision.meetingDate,
    item: decision.item,
    caption:
      `${names.meeting(decision.meetingId)}, minute ` +
      `${decision.item}${decision.resolution === REFERRAL_RESOLUTION ? ' (referral)' : ` ${decision.resolution})`}`,
    text: decision.text,
    bodies: names.bodies,
  } satisfies LinkingDecision;
}

const KINDS = ['recommends', 'refers', 'authorises', 'implements', 'reports-back', 'supersedes'];
const FIELDS: Record<string, string> = {
  kind: 'kind',
  'to.bodyId': 'toBodyId',
  'to.meetingId': 'toMeetingId',
  'to.item': 'toItem',
  'to.proposalId': 'toProposalId',
  'to.resolution': 'toResolution',
  note: 'note',
};

export const decisionLinkForm: WorkspaceForm<LinkingDecision> = {
  url: '/workspace/decisions/:proposalId/:resolution/link',
  template: 'workspace/decision-link.njk',
  title: "Link this decision to another body's decision",
  command: 'LinkDecision',
  load: loadLinkingDecision,
  streamOf: ({ proposalId }) => `proposal-${proposalId}`,
  defaults: () => ({ sourceDocument: 'Minutes of the meeting' }),
  read(values, _params, decision) {
    const errors = found(
      KINDS.includes(values.kind ?? '')
        ? undefined
        : { field: 'kind', text: 'Select how this decision stands to the other' },
      required(values, 'toBodyId', 'Select the body whose decision it is'),
      required(values, 'toMeetingId', "Enter the other body's meeting, for example abg-2008-11-20"),
      required(values, 'toItem', 'Enter the agenda item at that meeting, for example 2'),
      required(values, 'sourceDocument', 'Enter the document this comes from, for example the minutes of the meeting'),
    );
    if (errors.length > 0) return { errors };
    const to = {
      bodyId: values.toBodyId,
      meetingId: values.toMeetingId,
      item: values.toItem,
      proposalId: values.toProposalId || `${values.toMeetingId}-item-${values.toItem}`,
      ...(values.toResolution ? { resolution: values.toResolution } : {}),
    };
    return {
      commands: [
        {
          type: 'LinkDecision',
          data: {
            proposalId: decision.proposalId,
            meetingId: decision.meetingId,
            item: decision.item,
            ...(decision.resolution === REFERRAL_RESOLUTION ? {} : { resolution: decision.resolution }),
            kind: values.kind,
            to,
            ...(values.note ? { note: values.note } : {}),
          },
        },
      ],
      occurredAt: decision.meetingDate,
      source: sourceOf(values),
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'kind',
  rejectionField: 'kind',
  landing: ({ proposalId, resolution }) => `/decisions/${proposalId}/${resolution}`,
  confirmation: (_params, decision) => `The link from ${decision.caption} is recorded; its lineage is below.`,
};
