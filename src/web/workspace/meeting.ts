/**
 * Clerk: put a meeting of a body in the calendar (ScheduleMeeting, as POST /meetings). The form
 * creates the meeting, so it carries no revision: the domain refuses a meeting id already used.
 * The id defaults to the body's own pattern (lg-2019-03-14 after lg-2018-06-14).
 */
import { attendanceReport } from '../../projections/attendance/index.js';
import { loadNames } from '../shared/names.js';
import type { WorkspaceForm } from './form-route.js';
import { today } from '../shared/today.js';
import { dateDefaults, dateField, found, required, sourceOf } from './form-values.js';

interface Calendar {
  readonly bodies: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** What each body's meeting ids start with, from its latest meeting whose id ends with its date. */
  readonly prefixes: Readonly<Record<string, string>>;
}

const FIELDS: Record<string, string> = { bodyId: 'bodyId', date: 'date-day', venue: 'venue', meetingId: 'meetingId' };

export const meetingForm: WorkspaceForm<Calendar> = {
  url: '/workspace/meetings/new',
  template: 'workspace/meeting.njk',
  title: 'Schedule a meeting',
  command: 'ScheduleMeeting',
  load(ledger) {
    const prefixes: Record<string, string> = {};
    for (const meeting of attendanceReport(ledger.readDb, {}).meetings) {
      if (meeting.meetingId.endsWith(`-${meeting.date}`))
        prefixes[meeting.bodyId] = meeting.meetingId.slice(0, -meeting.date.length);
    }
    return { bodies: loadNames(ledger.readDb).bodies, prefixes };
  },
  streamOf: () => undefined,
  prefill: ['bodyId'],
  defaults: () => ({ ...dateDefaults('arrangedOn', today()), sourceDocument: "The clerk's calendar or the agenda" }),
  read(values, _params, calendar) {
    const date = dateField(values, 'date', 'the date of the meeting');
    const arrangedOn = dateField(values, 'arrangedOn', 'the date the meeting was arranged');
    const errors = found(
      calendar.bodies.some((body) => body.id === values.bodyId)
        ? undefined
        : { field: 'bodyId', text: 'Select the body that meets' },
      date.error,
      arrangedOn.error,
      required(values, 'sourceDocument', 'Enter where the meeting was arranged, for example the agenda'),
    );
    if (errors.length > 0) return { errors };
    const meetingId = values.meetingId || `${calendar.prefixes[values.bodyId!] ?? `${values.bodyId}-`}${date.date}`;
    return {
      commands: [
        {
          type: 'ScheduleMeeting',
          data: { meetingId, bodyId: values.bodyId, date: date.date, ...(values.venue ? { venue: values.venue } : {}) },
        },
      ],
      occurredAt: arrangedOn.date!,
      source: sourceOf(values),
      landing: `/meetings/${meetingId}`,
      confirmation: `The meeting is in the calendar as ${meetingId}.`,
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'bodyId',
  rejectionField: 'bodyId',
  landing: () => '/',
  confirmation: () => 'The meeting is in the calendar.',
};
