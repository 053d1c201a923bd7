/**
 * The Meeting document: a meeting of a body, who came and who sent apologies, the minutes it
 * confirmed, and its items. A Meeting with only id, body and date schedules a meeting (one the
 * minutes refer to, or the next in the calendar).
 */
import { z } from 'zod';
import { PersonName } from '../../domain/directory/events.js';
import { Capacity, TimeOfDay } from '../../domain/meetings/events.js';
import { DateText, Id, Text } from './common.js';
import { Item } from './item.js';

const Attendee = z
  .strictObject({
    person: PersonName,
    organisation: Id.optional(),
    description: Text.optional(),
    // The partners' representatives are most of any attendance list, so member is the default.
    capacity: Capacity.default('member'),
    role: z.literal('chair').optional(),
    substituteFor: PersonName.optional(),
  })
  .refine((attendee) => attendee.capacity !== 'member' || attendee.organisation !== undefined, {
    error: 'a member attends for an organisation: add organisation, or give capacity officer, adviser or guest',
    path: ['organisation'],
  });
export type Attendee = z.infer<typeof Attendee>;

/**
 * A change to the meeting's day, start time or venue made after it was scheduled, in the order made.
 * The date and venue first written stay as they were, so an earlier import still matches.
 */
const Change = z
  .strictObject({
    date: DateText.optional(),
    startTime: TimeOfDay.optional(),
    venue: Text.optional(),
    reason: Text.optional(),
  })
  .refine((change) => change.date !== undefined || change.startTime !== undefined || change.venue !== undefined, {
    error: 'say what changed: a new date, startTime or venue',
  });
export type MeetingChange = z.infer<typeof Change>;

const Apology = z.strictObject({ person: PersonName, organisation: Id.optional(), description: Text.optional() });

export const MeetingDocument = z.strictObject({
  id: Id,
  body: Id,
  date: DateText,
  venue: Text.optional(),
  startTime: TimeOfDay.optional(),
  special: z.boolean().optional(),
  /** An invented meeting (not from any minutes): every event it records carries source kind illustrative. */
  illustrative: z.boolean().optional(),
  changes: z.array(Change).optional(),
  /** The day the agenda and papers were published, for the notice the terms of reference set. */
  papersPublished: DateText.optional(),
  confirms: Id.optional(),
  attendance: z.array(Attendee).optional(),
  apologies: z.array(Apology).optional(),
  items: z.array(Item).optional(),
});
export type MeetingDocument = z.infer<typeof MeetingDocument>;
