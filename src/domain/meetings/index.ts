/** The meetings feature: a body's meetings, attendance and apologies, agenda items and confirmed minutes. */
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { z } from 'zod';
import { MAX_PEOPLE_AT_A_MEETING, MAX_PRESENTERS, tooMany } from '../shared/bounds.js';
import { Slug, streamId } from '../shared/identifiers.js';
import { PersonName } from '../directory/events.js';
import {
  attendanceStreams,
  cancelMeeting,
  confirmationStreams,
  confirmMinutes,
  onMeeting,
  publishPapers,
  rescheduleStreams,
  schedule,
  scheduleStreams,
  tableItem,
} from './decide.js';
import { recordAttendance } from './decide-attendance.js';
import { changeVenue, reschedule } from './decide-changes.js';
import { Apology, Attendee, meetingsEvents, meetingsEventSchemas } from './events.js';
import { evolveMeeting, initialMeetingState } from './state.js';

const clerk = ['clerk'] as const;

/** The meetings commands: each one's schema, summary, example, URL and role, declared once. */
export const meetingsCommands = {
  ScheduleMeeting: {
    schema: meetingsEvents.MeetingScheduled.schema,
    decide: schedule,
    related: scheduleStreams,
    url: '/meetings',
    roles: clerk,
    summary: 'Put a meeting of an established body in the calendar, once per meeting id.',
    example: {
      meetingId: 'lg-2018-06-14',
      bodyId: 'leadership-gloucestershire',
      date: '2018-06-14',
      venue: 'Shire Hall, Gloucester',
      startTime: '10:00',
    },
  },
  RescheduleMeeting: {
    // The event also records what the meeting was set for before; the clerk names only the new day.
    schema: meetingsEvents.MeetingRescheduled.schema.omit({ previousDate: true, previousStartTime: true }),
    decide: onMeeting(reschedule),
    related: rescheduleStreams,
    url: '/meetings/:meetingId/rescheduling',
    roles: clerk,
    summary: 'Move a meeting not yet held to another day or start time; the ledger keeps the day it was set for.',
    example: {
      meetingId: 'lg-2018-12-06',
      date: '2018-12-13',
      startTime: '10:00',
      reason: 'Illustrative: clash with the county budget meeting',
    },
  },
  ChangeVenue: {
    schema: meetingsEvents.MeetingVenueChanged.schema.omit({ previousVenue: true }),
    decide: onMeeting(changeVenue),
    url: '/meetings/:meetingId/venue',
    roles: clerk,
    summary: 'Move a meeting not yet held to another venue; the ledger keeps the venue it was set for.',
    example: {
      meetingId: 'lg-2018-12-06',
      venue: 'Shire Hall, Gloucester',
      reason: 'Illustrative: the Tewkesbury council chamber is being refurbished',
    },
  },
  RecordAttendance: {
    schema: meetingsEvents.AttendanceRecorded.schema.extend({
      meetingId: Slug.describe('The meeting, e.g. lg-2016-10-27'),
      present: z
        .array(
          Attendee.extend({ chair: z.boolean().optional().describe('True for the person who chaired the meeting') }),
        )
        .max(MAX_PEOPLE_AT_A_MEETING, tooMany('people present', MAX_PEOPLE_AT_A_MEETING))
        .describe('The people present, as listed in the minutes'),
      apologies: z
        .array(Apology)
        .max(MAX_PEOPLE_AT_A_MEETING, tooMany('apologies', MAX_PEOPLE_AT_A_MEETING))
        .describe('The people who sent apologies'),
    }),
    decide: onMeeting(recordAttendance),
    related: attendanceStreams,
    url: '/meetings/:meetingId/attendance',
    roles: clerk,
    summary: 'Record who was present, in what capacity and for whom, who chaired, and who sent apologies.',
    example: {
      meetingId: 'lg-2016-10-27',
      present: [
        {
          person: 'Cllr Mark Hawthorne',
          organisationId: 'gloucestershire-county-council',
          capacity: 'member',
          chair: true,
        },
        {
          person: 'Cllr Dave Norman',
          organisationId: 'gloucester-city-council',
          capacity: 'member',
          substituteFor: 'Cllr Paul James',
        },
        { person: 'John Bensted', description: 'Independent Adviser, Community Safety', capacity: 'adviser' },
      ],
      apologies: [{ person: 'Cllr Paul James', organisationId: 'gloucester-city-council' }],
    },
  },
  TableItem: {
    schema: meetingsEvents.ItemTabled.schema.extend({
      meetingId: Slug.describe('The meeting, e.g. lg-2016-10-27'),
      presenters: z
        .array(PersonName)
        .max(MAX_PRESENTERS, tooMany('presenters', MAX_PRESENTERS))
        .optional()
        .describe('Who introduced the item, e.g. Richard Bradley and John Bensted'),
    }),
    decide: onMeeting(tableItem),
    url: '/meetings/:meetingId/items',
    roles: clerk,
    summary: "Put a numbered item on a meeting's agenda; each number is used once per meeting.",
    example: {
      meetingId: 'lg-2016-10-27',
      number: '3',
      title: 'Community Safety Review',
      presenters: ['Richard Bradley', 'John Bensted'],
      kind: 'decision',
      outcome: 'agreed',
    },
  },
  ConfirmMinutes: {
    schema: meetingsEvents.MinutesConfirmed.schema.omit({ confirmedOn: true }).extend({
      meetingId: Slug.describe('The earlier meeting whose minutes were agreed, e.g. lg-2016-09-08'),
      confirmedAtMeetingId: Slug.describe(
        'The later meeting of the same body at which they were agreed, e.g. lg-2016-10-27',
      ),
    }),
    decide: onMeeting(confirmMinutes),
    related: confirmationStreams,
    url: '/meetings/:meetingId/minutes-confirmation',
    roles: clerk,
    summary: "Record that a meeting's minutes were agreed at a later meeting of the same body; done once.",
    example: { meetingId: 'lg-2016-09-08', confirmedAtMeetingId: 'lg-2016-10-27' },
  },
  PublishPapers: {
    schema: meetingsEvents.PapersPublished.schema,
    decide: onMeeting(publishPapers),
    url: '/meetings/:meetingId/papers',
    roles: clerk,
    summary:
      "Record the day a meeting's agenda and papers were published; once per meeting, no later than the meeting.",
    example: { meetingId: 'lg-2018-06-14', publishedOn: '2018-06-07' },
  },
  CancelMeeting: {
    schema: meetingsEvents.MeetingCancelled.schema,
    decide: onMeeting(cancelMeeting),
    url: '/meetings/:meetingId/cancellation',
    roles: clerk,
    summary: 'Record that a scheduled meeting will not take place; nothing more can be recorded against it.',
    example: { meetingId: 'lg-2016-12-15', reason: 'Not enough business; items deferred to the February meeting' },
  },
} as const satisfies CommandTable;

/** The meeting aggregate: stream `meeting-<id>`. */
export const meetingDecider = deciderOf(
  {
    aggregate: 'meeting',
    initialState: initialMeetingState,
    evolve: evolveMeeting,
    streamIdOf: (command) => streamId('meeting', command.data.meetingId),
  },
  meetingsCommands,
  meetingsEventSchemas,
);

export const meetings: Feature = {
  name: 'meetings',
  deciders: [meetingDecider],
  commands: meetingsCommands,
  events: meetingsEventSchemas,
};
