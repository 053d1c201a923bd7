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

export const MeetingDocument = z
  .strictObject({
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
  })
  .superRefine((meeting, context) => {
    const chairs = (meeting.attendance ?? []).flatMap((attendee, index) => (attendee.role === 'chair' ? [index] : []));
    for (const index of chairs.slice(1)) {
      context.addIssue({
        code: 'custom',
        path: ['attendance', index, 'role'],
        message: 'a meeting has one chair, and another attendee is already marked chair',
      });
    }
    const apologised = new Set(
      (meeting.apologies ?? []).map((apology) => `${apology.organisation ?? ''}/${apology.person}`),
    );
    meeting.attendance?.forEach((attendee, index) => {
      if (
        attendee.substituteFor === undefined ||
        apologised.has(`${attendee.organisation ?? ''}/${attendee.substituteFor}`)
      )
        return;
      context.addIssue({
        code: 'custom',
        path: ['attendance', index, 'substituteFor'],
        message: `${attendee.substituteFor} is not among the apologies for the same organisation; add the apology`,
      });
    });
    checkPositionsPresent(meeting, context);
    const numbers = new Map<string, number>();
    meeting.items?.forEach((item, index) => {
      const first = numbers.get(item.number);
      if (first === undefined) numbers.set(item.number, index);
      else
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'number'],
          message: `item ${item.number} appears twice (also at items.${first})`,
        });
    });
  });
export type MeetingDocument = z.infer<typeof MeetingDocument>;

/** A partner takes a position through its member or a substitute at the table (when attendance is in the file). */
function checkPositionsPresent(
  meeting: { attendance?: Attendee[] | undefined; items?: Item[] | undefined },
  context: z.core.$RefinementCtx,
): void {
  if (!meeting.attendance) return;
  const voices = new Set(
    meeting.attendance
      .filter((a) => a.capacity === 'member' || a.substituteFor !== undefined)
      .map((a) => a.organisation),
  );
  meeting.items?.forEach((item, itemIndex) => {
    item.positions?.forEach((position, index) => {
      if (voices.has(position.organisation)) return;
      context.addIssue({
        code: 'custom',
        path: ['items', itemIndex, 'positions', index, 'organisation'],
        message: `${position.organisation} is not in this meeting's attendance as a member or substitute, so it cannot have stated a position`,
      });
    });
  });
}
