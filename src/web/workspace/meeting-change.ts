/**
 * Clerk: move a meeting not yet held to another day or start time (RescheduleMeeting, as POST
 * /meetings/{meetingId}/rescheduling) or to another venue (ChangeVenue, as POST
 * /meetings/{meetingId}/venue). One loader for both; each form opens with the meeting's current
 * values, and the domain refuses a meeting already held or cancelled, or a change to the same.
 */
import type { Ledger } from '../../compose.js';
import { attendanceReport } from '../../projections/attendance/index.js';
import { auditTrail } from '../../projections/audit-trail/index.js';
import { formatDate } from '../shared/format.js';
import { loadNames } from '../shared/names.js';
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, found, required, sourceOf, type FormValues } from './form-values.js';

export interface MeetingEntity {
  readonly meetingId: string;
  readonly caption: string;
  readonly date: string;
  readonly startTime?: string;
  readonly venue?: string;
}

function loadMeeting(ledger: Ledger, { meetingId }: Record<string, string>): MeetingEntity | undefined {
  const meeting = attendanceReport(ledger.readDb, {}).meetings.find((m) => m.meetingId === meetingId);
  if (!meeting) return undefined;
  const events = auditTrail(ledger.readDb, `meeting-${meetingId}`)?.events ?? [];
  const startTime = [...events].reverse().find((e) => e.type === 'MeetingRescheduled' || e.type === 'MeetingScheduled')
    ?.data.startTime;
  return {
    meetingId: meeting.meetingId,
    caption: `${loadNames(ledger.readDb).body(meeting.bodyId)}, ${formatDate(meeting.date)}`,
    date: meeting.date,
    ...(typeof startTime === 'string' ? { startTime } : {}),
    ...(meeting.venue ? { venue: meeting.venue } : {}),
  };
}

/** The business date of the change and its source, shared by both forms. */
function changeDefaults(): FormValues {
  return { ...dateDefaults('changedOn', today()), sourceDocument: "The chair's agreement or the notice to members" };
}

/** A start time as 10:00 (9.30 and 9:30 are read as 09:30), '' for none, or undefined when it cannot be read. */
function timeOf(text: string | undefined): string | undefined {
  if (!text) return '';
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

const landing = ({ meetingId }: Record<string, string>) => `/meetings/${meetingId}`;

export const reschedulingForm: WorkspaceForm<MeetingEntity> = {
  url: '/workspace/meetings/:meetingId/rescheduling',
  template: 'workspace/rescheduling.njk',
  title: "Change the meeting's date or time",
  command: 'RescheduleMeeting',
  load: loadMeeting,
  streamOf: ({ meetingId }) => `meeting-${meetingId}`,
  defaults: (meeting) => ({
    ...dateDefaults('date', meeting.date),
    startTime: meeting.startTime ?? '',
    ...changeDefaults(),
  }),
  read(values, { meetingId }, _meeting) {
    const date = dateField(values, 'date', 'the new date of the meeting');
    const startTime = timeOf(values.startTime);
    const changedOn = dateField(values, 'changedOn', 'the date the change was agreed');
    const errors = found(
      date.error,
      startTime === undefined
        ? { field: 'startTime', text: 'Enter the start time on the 24-hour clock, for example 10:00 or 14:30' }
        : undefined,
      changedOn.error,
      required(values, 'sourceDocument', "Enter where the change was agreed, for example the chair's email"),
    );
    if (errors.length > 0) return { errors };
    const reason = values.reason ? { reason: values.reason } : {};
    const data = { meetingId, date: date.date, ...(startTime ? { startTime } : {}), ...reason };
    return { commands: [{ type: 'RescheduleMeeting', data }], occurredAt: changedOn.date!, source: sourceOf(values) };
  },
  fieldOf: (path) => ({ startTime: 'startTime', reason: 'reason' })[path] ?? 'date-day',
  rejectionField: 'date-day',
  landing,
  confirmation: (_params, meeting) => `The meeting ${meeting.meetingId} is moved.`,
};

export const venueForm: WorkspaceForm<MeetingEntity> = {
  url: '/workspace/meetings/:meetingId/venue',
  template: 'workspace/venue.njk',
  title: 'Change the venue',
  command: 'ChangeVenue',
  load: loadMeeting,
  streamOf: ({ meetingId }) => `meeting-${meetingId}`,
  defaults: (meeting) => ({ venue: meeting.venue ?? '', ...changeDefaults() }),
  read(values, { meetingId }, _meeting) {
    const changedOn = dateField(values, 'changedOn', 'the date the change was agreed');
    const errors = found(
      required(values, 'venue', 'Enter where the meeting will now be held, for example Ebley Mill, Stroud'),
      changedOn.error,
      required(values, 'sourceDocument', "Enter where the change was agreed, for example the chair's email"),
    );
    if (errors.length > 0) return { errors };
    const data = { meetingId, venue: values.venue, ...(values.reason ? { reason: values.reason } : {}) };
    return { commands: [{ type: 'ChangeVenue', data }], occurredAt: changedOn.date!, source: sourceOf(values) };
  },
  fieldOf: (path) => (path === 'reason' ? 'reason' : 'venue'),
  rejectionField: 'venue',
  landing,
  confirmation: (_params, meeting) => `The new venue of the meeting ${meeting.meetingId} is recorded.`,
};
