/** What the meetings feature records: a body's meetings, who came, the agenda and confirmed minutes. */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { Slug } from '../shared/identifiers.js';
import { PersonName } from '../directory/events.js';

export const Capacity = z
  .enum(['member', 'officer', 'adviser', 'guest'])
  .describe('Why the person was at the table: member (the partner\'s representative), officer, adviser or guest');
export type Capacity = z.infer<typeof Capacity>;


/** Agenda item numbers as the minutes write them: "3", "3a", "2.1". */
export const ItemNumber = z
  .string()
  .regex(/^[0-9]{1,3}(?:\.[0-9]{1,2})?[a-z]?$/, 'use the number as the minutes write it, e.g. 3, 3a or 2.1')
  .describe('The item number as the minutes write it, e.g. 3 or 3a');

const meetingId = Slug.describe('The meeting, e.g. lg-2016-10-27');
const organisationId = Slug.describe('The organisation the person came from, e.g. stroud-district-council');
const description = humanText(200)
  .describe('How the minutes describe the person where no organisation fits, e.g. Independent Adviser, Community Safety');

export const Attendee = z
  .object({
    person: PersonName,
    organisationId: organisationId.optional(),
    description: description.optional(),
    capacity: Capacity,
    chair: z.boolean().describe('True for the person who chaired the meeting'),
    substituteFor: PersonName.optional().describe('The person from the same organisation who sent apologies and whose place this person took'),
  })
  .describe('A person present at the meeting');
export type Attendee = z.infer<typeof Attendee>;

export const Apology = z
  .object({
    person: PersonName,
    organisationId: organisationId.optional(),
    description: description.optional(),
  })
  .describe('A person who sent apologies');
export type Apology = z.infer<typeof Apology>;

export const MeetingScheduledData = z.object({
  meetingId,
  bodyId: Slug.describe('The body that meets, e.g. leadership-gloucestershire'),
  date: IsoDate.describe('The day of the meeting, e.g. 2016-10-27'),
  venue: humanText(200).optional().describe('Where it meets, e.g. Shire Hall, Gloucester'),
});
export const AttendanceRecordedData = z.object({
  meetingId,
  present: z.array(Attendee).describe('The people present, as listed in the minutes'),
  apologies: z.array(Apology).describe('The people who sent apologies'),
});
export const ItemTabledData = z.object({
  meetingId,
  number: ItemNumber,
  title: humanText(300).describe('The item\'s heading, e.g. Community Safety Review'),
  presenters: z.array(PersonName).describe('Who introduced the item, e.g. Richard Bradley and John Bensted'),
});
export const MinutesConfirmedData = z.object({
  meetingId: meetingId.describe('The meeting whose minutes were agreed, e.g. lg-2016-09-08'),
  confirmedAtMeetingId: Slug.describe('The later meeting of the same body that agreed them, e.g. lg-2016-10-27'),
  confirmedOn: IsoDate.describe('The date of the meeting that agreed them'),
});
export const MeetingCancelledData = z.object({
  meetingId,
  reason: humanText(500).describe('Why the meeting will not take place'),
});

export type MeetingScheduledData = z.infer<typeof MeetingScheduledData>;
export type AttendanceRecordedData = z.infer<typeof AttendanceRecordedData>;
export type ItemTabledData = z.infer<typeof ItemTabledData>;
export type MinutesConfirmedData = z.infer<typeof MinutesConfirmedData>;
export type MeetingCancelledData = z.infer<typeof MeetingCancelledData>;

/** A meeting of an established body was put in the calendar. */
export type MeetingScheduled = { type: 'MeetingScheduled'; data: MeetingScheduledData };
/** People present and apologies were recorded; the meeting now counts as held. */
export type AttendanceRecorded = { type: 'AttendanceRecorded'; data: AttendanceRecordedData };
/** An item was put on the meeting's agenda under a number used once per meeting. */
export type ItemTabled = { type: 'ItemTabled'; data: ItemTabledData };
/** This meeting's minutes were agreed at a later meeting of the same body; it happens once. */
export type MinutesConfirmed = { type: 'MinutesConfirmed'; data: MinutesConfirmedData };
/** The meeting will not take place; nothing more is recorded against it. */
export type MeetingCancelled = { type: 'MeetingCancelled'; data: MeetingCancelledData };

export type MeetingsEvent = MeetingScheduled | AttendanceRecorded | ItemTabled | MinutesConfirmed | MeetingCancelled;

export const meetingsEventSchemas = {
  MeetingScheduled: MeetingScheduledData,
  AttendanceRecorded: AttendanceRecordedData,
  ItemTabled: ItemTabledData,
  MinutesConfirmed: MinutesConfirmedData,
  MeetingCancelled: MeetingCancelledData,
} as const satisfies Record<MeetingsEvent['type'], z.ZodType>;
