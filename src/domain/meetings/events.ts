/**
 * What the meetings feature records on a `meeting-<id>` stream: a body's meetings, who came, the
 * agenda and confirmed minutes. Each event declared once, with its schema (the contract) and how
 * the meeting's state takes it.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { Slug } from '../shared/identifiers.js';
import { MAX_PEOPLE_AT_A_MEETING, tooMany } from '../shared/bounds.js';
import { PersonName } from '../directory/events.js';
import type { MeetingState } from './state.js';

export const Capacity = z
  .enum(['member', 'officer', 'adviser', 'guest'])
  .describe("Why the person was at the table: member (the partner's representative), officer, adviser or guest");
export type Capacity = z.infer<typeof Capacity>;

/** Agenda item numbers as the minutes write them: "3", "3a", "2.1". */
export const ItemNumber = z
  .string()
  .regex(/^[0-9]{1,3}(?:\.[0-9]{1,2})?[a-z]?$/, 'use the number as the minutes write it, e.g. 3, 3a or 2.1')
  .describe('The item number as the minutes write it, e.g. 3 or 3a');

/** The 2010 recommendations ask papers to say whether an item is for decision, discussion or information. */
export const ItemKind = z
  .enum(['decision', 'discussion', 'information'])
  .describe('What the item was put to the meeting for: decision, discussion or information');
export type ItemKind = z.infer<typeof ItemKind>;

export const ItemOutcome = z
  .enum(['agreed', 'noted', 'welcomed', 'deferred', 'referred', 'withdrawn'])
  .describe('What the meeting did with the item: agreed, noted, welcomed, deferred, referred or withdrawn');
export type ItemOutcome = z.infer<typeof ItemOutcome>;

export const Declaration = z
  .object({
    person: PersonName,
    interest: humanText(500).describe('The interest declared, e.g. a trustee of a charity named in the paper'),
  })
  .describe('A declaration of interest made on an item');
export type Declaration = z.infer<typeof Declaration>;

/**
 * A date the minutes give under an item for something to happen outside the ledger: a bid's
 * outcome, a consultation closing, a report due elsewhere ("The stage 2 bid needed to be submitted
 * by 16 December"). What is to happen is written in the minutes' words, with any sums they give.
 */
export const KeyDate = z
  .object({
    date: IsoDate.describe('The day the minutes give, e.g. 2016-12-16'),
    what: humanText(500).describe('What is to happen then, e.g. The stage 2 bid to be submitted'),
  })
  .describe('A date the minutes give under an item');
export type KeyDate = z.infer<typeof KeyDate>;
export const MAX_KEY_DATES = 20;

export const meetingId = Slug.describe('The meeting, e.g. lg-2016-10-27');
const organisationId = Slug.describe('The organisation the person came from, e.g. stroud-district-council');
const description = humanText(200).describe(
  'How the minutes describe the person where no organisation fits, e.g. Independent Adviser, Community Safety',
);

export const Attendee = z
  .object({
    person: PersonName,
    organisationId: organisationId.optional(),
    description: description.optional(),
    capacity: Capacity,
    chair: z.boolean().describe('True for the person who chaired the meeting'),
    substituteFor: PersonName.optional().describe(
      'The person from the same organisation who sent apologies and whose place this person took',
    ),
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

/** A time of day on the 24-hour clock, as "10:00" for the minutes' "10am". */
export const TimeOfDay = z
  .string()
  .regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, 'write the time on the 24-hour clock, e.g. 10:00 for 10am or 14:30')
  .describe('The start time on the 24-hour clock, e.g. 10:00');

const venue = humanText(200).describe('Where it meets, e.g. Shire Hall, Gloucester');
const reason = humanText(500).describe(
  'Why, as the clerk or the minutes give it, e.g. to avoid the county council elections',
);

const on = folding<MeetingState>();

export const meetingsEvents = {
  /** A meeting of an established body was put in the calendar. */
  MeetingScheduled: on(
    z.object({
      meetingId,
      bodyId: Slug.describe('The body that meets, e.g. leadership-gloucestershire'),
      date: IsoDate.describe('The day of the meeting, e.g. 2016-10-27'),
      venue: venue.optional(),
      startTime: TimeOfDay.optional(),
      special: z
        .boolean()
        .optional()
        .describe('True for a special (extraordinary) meeting called outside the calendar'),
    }),
    (state, { meetingId, bodyId, date, venue, startTime }) => ({
      ...state,
      status: 'scheduled',
      id: meetingId,
      bodyId,
      date,
      ...(venue ? { venue } : {}),
      ...(startTime ? { startTime } : {}),
    }),
  ),
  /** A meeting not yet held was moved to another day or time; it records the day it was set for. */
  MeetingRescheduled: on(
    z.object({
      meetingId,
      date: IsoDate.describe('The new day of the meeting'),
      startTime: TimeOfDay.optional().describe('The new start time, if one is set'),
      previousDate: IsoDate.describe('The day it was set for before'),
      previousStartTime: TimeOfDay.optional().describe('The start time it was set for before, if there was one'),
      reason: reason.optional(),
    }),
    (state, { date, startTime }) => {
      const { startTime: _previous, ...rest } = state;
      return { ...rest, date, ...(startTime ? { startTime } : {}) };
    },
  ),
  /** A meeting not yet held was moved to another venue; it records the venue it was set for. */
  MeetingVenueChanged: on(
    z.object({
      meetingId,
      venue: venue.describe('Where it now meets, e.g. Ebley Mill, Stroud'),
      previousVenue: venue.optional().describe('Where it was to meet before, if a venue was set'),
      reason: reason.optional(),
    }),
    (state, data) => ({ ...state, venue: data.venue }),
  ),
  /** People present and apologies were recorded; the meeting now counts as held. */
  AttendanceRecorded: on(
    z.object({
      meetingId,
      present: z.array(Attendee).describe('The people present, as listed in the minutes'),
      apologies: z.array(Apology).describe('The people who sent apologies'),
    }),
    (state, data) => ({
      ...state,
      status: 'held',
      present: [...state.present, ...data.present],
      apologies: [...state.apologies, ...data.apologies],
    }),
  ),
  /** An item was put on the meeting's agenda under a number used once per meeting. */
  ItemTabled: on(
    z.object({
      meetingId,
      number: ItemNumber,
      title: humanText(300).describe("The item's heading, e.g. Community Safety Review"),
      presenters: z.array(PersonName).describe('Who introduced the item, e.g. Richard Bradley and John Bensted'),
      kind: ItemKind.optional(),
      outcome: ItemOutcome.optional(),
      declarations: z
        .array(Declaration)
        .max(MAX_PEOPLE_AT_A_MEETING, tooMany('declarations', MAX_PEOPLE_AT_A_MEETING))
        .optional()
        .describe('Declarations of interest made on this item'),
      keyDates: z
        .array(KeyDate)
        .max(MAX_KEY_DATES, tooMany('key dates', MAX_KEY_DATES))
        .optional()
        .describe('Dates the minutes give under the item for what is to happen outside the ledger'),
    }),
    (state, { number, title, presenters, kind, outcome }) => {
      const item = { number, title, presenters, ...(kind ? { kind } : {}), ...(outcome ? { outcome } : {}) };
      return { ...state, items: { ...state.items, [number]: item } };
    },
  ),
  /** This meeting's minutes were agreed at a later meeting of the same body; it happens once. */
  MinutesConfirmed: on(
    z.object({
      meetingId: meetingId.describe('The meeting whose minutes were agreed, e.g. lg-2016-09-08'),
      confirmedAtMeetingId: Slug.describe('The later meeting of the same body that agreed them, e.g. lg-2016-10-27'),
      confirmedOn: IsoDate.describe('The date of the meeting that agreed them'),
    }),
    // Minutes exist only for a meeting that took place, so confirming them shows it was held.
    (state, { confirmedAtMeetingId, confirmedOn }) => ({
      ...state,
      status: 'held',
      minutesConfirmed: { atMeetingId: confirmedAtMeetingId, on: confirmedOn },
    }),
  ),
  /** The meeting's agenda and papers were published on a day no later than the meeting; recorded once. */
  PapersPublished: on(
    z.object({
      meetingId,
      publishedOn: IsoDate.describe(
        "The day the meeting's agenda and papers were published, e.g. 2018-06-07 for papers a week ahead",
      ),
    }),
    (state, data) => ({ ...state, papersPublishedOn: data.publishedOn }),
  ),
  /** The meeting will not take place; nothing more is recorded against it. */
  MeetingCancelled: on(
    z.object({
      meetingId,
      reason: humanText(500).describe('Why the meeting will not take place'),
    }),
    (state, data) => ({ ...state, status: 'cancelled', cancellationReason: data.reason }),
  ),
} as const satisfies EventTable<MeetingState>;

/** Every meetings event, as `{ type, data }`, from the event table. */
export type MeetingsEvent = EventsOf<typeof meetingsEvents>;
/** One meetings event's data, by its type. */
export type MeetingsEventData<K extends keyof typeof meetingsEvents> = EventDataOf<typeof meetingsEvents, K>;
export type AttendanceRecordedData = MeetingsEventData<'AttendanceRecorded'>;

/** Event type -> schema of its data. */
export const meetingsEventSchemas = schemasOf(meetingsEvents);

/** How a meeting's state takes each of its events, dispatched through the table. */
export const evolveMeeting = evolverOf<MeetingState, typeof meetingsEvents>(meetingsEvents);
