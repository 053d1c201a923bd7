/** What a clerk asks the ledger to record about a meeting. */
import { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { meetingsCommands } from './index.js';
import { humanText } from '../shared/human-text.js';
import { MAX_PEOPLE_AT_A_MEETING, MAX_PRESENTERS, tooMany } from '../shared/bounds.js';
import { Slug } from '../shared/identifiers.js';
import { PersonName } from '../directory/events.js';
import {
  Apology,
  Attendee,
  Declaration,
  ItemKind,
  ItemNumber,
  ItemOutcome,
  MeetingCancelledData,
  MeetingRescheduledData,
  MeetingScheduledData,
  MeetingVenueChangedData,
  PapersPublishedData,
} from './events.js';

export const ScheduleMeetingData = MeetingScheduledData;
/** The event also records what the meeting was set for before; the clerk names only the new day. */
export const RescheduleMeetingData = MeetingRescheduledData.omit({ previousDate: true, previousStartTime: true });
export const ChangeVenueData = MeetingVenueChangedData.omit({ previousVenue: true });
export const RecordAttendanceData = z.object({
  meetingId: Slug.describe('The meeting, e.g. lg-2016-10-27'),
  present: z
    .array(Attendee.extend({ chair: z.boolean().optional().describe('True for the person who chaired the meeting') }))
    .max(MAX_PEOPLE_AT_A_MEETING, tooMany('people present', MAX_PEOPLE_AT_A_MEETING))
    .describe('The people present, as listed in the minutes'),
  apologies: z
    .array(Apology)
    .max(MAX_PEOPLE_AT_A_MEETING, tooMany('apologies', MAX_PEOPLE_AT_A_MEETING))
    .describe('The people who sent apologies'),
});
export const TableItemData = z.object({
  meetingId: Slug.describe('The meeting, e.g. lg-2016-10-27'),
  number: ItemNumber,
  title: humanText(300).describe("The item's heading, e.g. Community Safety Review"),
  presenters: z
    .array(PersonName)
    .max(MAX_PRESENTERS, tooMany('presenters', MAX_PRESENTERS))
    .optional()
    .describe('Who introduced the item, e.g. Richard Bradley and John Bensted'),
  kind: ItemKind.optional(),
  outcome: ItemOutcome.optional(),
  declarations: z
    .array(Declaration)
    .max(MAX_PEOPLE_AT_A_MEETING, tooMany('declarations', MAX_PEOPLE_AT_A_MEETING))
    .optional()
    .describe('Declarations of interest made on this item'),
});
export const ConfirmMinutesData = z.object({
  meetingId: Slug.describe('The earlier meeting whose minutes were agreed, e.g. lg-2016-09-08'),
  confirmedAtMeetingId: Slug.describe(
    'The later meeting of the same body at which they were agreed, e.g. lg-2016-10-27',
  ),
});
export const CancelMeetingData = MeetingCancelledData;
export const PublishPapersData = PapersPublishedData;

/** Each command's data as `decide` reads it. */
export type ScheduleMeetingData = z.output<typeof ScheduleMeetingData>;
export type RescheduleMeetingData = z.output<typeof RescheduleMeetingData>;
export type ChangeVenueData = z.output<typeof ChangeVenueData>;
export type RecordAttendanceData = z.output<typeof RecordAttendanceData>;
export type TableItemData = z.output<typeof TableItemData>;
export type ConfirmMinutesData = z.output<typeof ConfirmMinutesData>;
export type CancelMeetingData = z.output<typeof CancelMeetingData>;
export type PublishPapersData = z.output<typeof PublishPapersData>;

export type MeetingCommand = CommandsOf<typeof meetingsCommands>;
