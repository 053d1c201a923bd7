/**
 * Clerk: a later meeting amends or rescinds a decision (AmendDecision and RescindDecision, as POST
 * /proposals/{proposalId}/amendments and /rescissions). One loader and one reading of the shared
 * fields; the business date is the date of the meeting that did it.
 */
import type { Ledger } from '../../compose.js';
import { attendanceReport } from '../../projections/attendance/index.js';
import { findDecision } from '../../projections/decision-register/index.js';
import { loadNames } from '../shared/names.js';
import type { FieldError } from '../shared/query.js';
import type { FormSubmission, WorkspaceForm } from './form-route.js';
import { found, required, sourceOf, type FormValues } from './form-values.js';

export interface DecisionEntity {
  readonly proposalId: string;
  readonly resolution: string;
  readonly caption: string;
  readonly text: string;
  readonly status: string;
  /** Later meetings of the same body: only one of them can amend or rescind the decision. */
  readonly meetings: ReadonlyArray<{ readonly meetingId: string; readonly date: string; readonly name: string }>;
}

function loadDecision(ledger: Ledger, { proposalId, resolution }: Record<string, string>): DecisionEntity | undefined {
  const decision = findDecision(ledger.readDb, proposalId!, resolution!);
  if (!decision) return undefined;
  const names = loadNames(ledger.readDb);
  const meetings = attendanceReport(ledger.readDb, {})
    .meetings.filter(
      (m) => m.bodyId === decision.bodyId && decision.meetingDate !== null && m.date > decision.meetingDate,
    )
    .map((m) => ({ meetingId: m.meetingId, date: m.date, name: names.meeting(m.meetingId) }));
  const caption = `${names.meeting(decision.meetingId)}, minute ${decision.item} ${decision.resolution})`;
  return {
    proposalId: decision.proposalId,
    resolution: decision.resolution,
    caption,
    text: decision.text,
    status: decision.status,
    meetings,
  };
}

/** The meeting and reason every change needs, then the command built from them. */
function readChange(
  values: FormValues,
  decision: DecisionEntity,
  more: readonly (FieldError | undefined)[],
  command: (meetingId: string) => FormSubmission['commands'][number],
) {
  const meeting = decision.meetings.find((m) => m.meetingId === values.meetingId);
  const errors = found(
    meeting ? undefined : { field: 'meetingId', text: 'Select the later meeting that made the change' },
    required(values, 'reason', 'Enter why the meeting made the change, as minuted'),
    ...more,
    required(values, 'sourceDocument', 'Enter the document this comes from, for example the minutes of that meeting'),
  );
  if (errors.length > 0 || !meeting) return { errors };
  return { commands: [command(meeting.meetingId)], occurredAt: meeting.date, source: sourceOf(values) };
}

const FIELDS: Record<string, string> = { meetingId: 'meetingId', reason: 'reason', text: 'text' };

const shared = {
  load: loadDecision,
  streamOf: ({ proposalId }: Record<string, string>) => `proposal-${proposalId}`,
  defaults: () => ({ sourceDocument: 'Minutes of the meeting' }),
  fieldOf: (path: string) => FIELDS[path] ?? 'meetingId',
  rejectionField: 'meetingId',
  landing: ({ proposalId, resolution }: Record<string, string>) => `/decisions/${proposalId}/${resolution}`,
} as const;

export const amendmentForm: WorkspaceForm<DecisionEntity> = {
  ...shared,
  url: '/workspace/decisions/:proposalId/:resolution/amendment',
  template: 'workspace/amendment.njk',
  title: 'Amend a decision',
  command: 'AmendDecision',
  defaults: (decision) => ({ ...shared.defaults(), text: decision.text }),
  read: (values, { proposalId, resolution }, decision) =>
    readChange(
      values,
      decision,
      [required(values, 'text', 'Enter the resolution as it reads after the amendment')],
      (meetingId) => ({
        type: 'AmendDecision',
        data: { proposalId, resolution, meetingId, reason: values.reason, text: values.text },
      }),
    ),
  confirmation: (_params, decision) => `The amendment of ${decision.caption} is recorded.`,
};

export const rescissionForm: WorkspaceForm<DecisionEntity> = {
  ...shared,
  url: '/workspace/decisions/:proposalId/:resolution/rescission',
  template: 'workspace/rescission.njk',
  title: 'Rescind a decision',
  command: 'RescindDecision',
  read: (values, { proposalId, resolution }, decision) =>
    readChange(values, decision, [], (meetingId) => ({
      type: 'RescindDecision',
      data: { proposalId, resolution, meetingId, reason: values.reason },
    })),
  confirmation: (_params, decision) => `The rescission of ${decision.caption} is recorded; nothing may cite it now.`,
};
