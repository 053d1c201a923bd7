/** Every way the meetings rules can say no, with the sentence a clerk reads. */
import { rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';

export const meetingsMessages = {
  MEETING_ALREADY_SCHEDULED: (id: string) => `The meeting ${id} is already scheduled; a meeting id is used once.`,
  MEETING_ALREADY_HELD: (id: string, change: 'cancelled' | 'moved') =>
    `The meeting ${id} has already taken place (its attendance or minutes are recorded), so it cannot be ${change}.`,
  MEETING_TIME_UNCHANGED: (id: string, when: string) =>
    `The meeting ${id} is already set for ${when}; give the new date or start time.`,
  MEETING_VENUE_UNCHANGED: (id: string, venue: string) =>
    `The meeting ${id} is already to be held at ${venue}; give the new venue.`,
  MEETING_BEFORE_BODY_ESTABLISHED: (date: string, bodyId: string, establishedOn: string) =>
    `${bodyId} was established on ${establishedOn}, so it cannot have met on ${date}.`,
  ATTENDANCE_EMPTY: () => `Name at least one person present or one apology.`,
  /** `attendee`: the person, with their organisation in brackets when the minutes give one. */
  ATTENDEE_ALREADY_RECORDED: (attendee: string) =>
    `${attendee} is already recorded as present or sending apologies at this meeting.`,
  /** Names the second chair first, so an import points at the line that adds them. */
  CHAIR_ALREADY_RECORDED: (second: string, chair: string) =>
    `${second} cannot also chair this meeting: ${chair} is already recorded as its chair, and a meeting has one chair.`,
  SUBSTITUTE_WITHOUT_ORGANISATION: (person: string) =>
    `${person} is recorded as a substitute, so name the organisation they came for.`,
  SUBSTITUTE_FOR_NO_APOLOGY: (person: string, absent: string) =>
    `${person} is recorded as substitute for ${absent}, but ${absent} did not send apologies for the same organisation; record the apologies too.`,
  ATTENDEE_NOT_FROM_MEMBER: (person: string, organisation: string, bodyId: string) =>
    `${person} is recorded in the capacity of member, but ${organisation} was not a member of ${bodyId} on the meeting date; use officer, adviser or guest.`,
  ITEM_ALREADY_TABLED: (number: string, title: string) =>
    `Item ${number} (${title}) is already on this meeting's agenda; give the new item another number, e.g. ${number}a.`,
  MINUTES_ALREADY_CONFIRMED: (id: string, atMeetingId: string) =>
    `The minutes of ${id} were already confirmed at ${atMeetingId}; they are confirmed once.`,
  CONFIRMING_MEETING_OTHER_BODY: (atMeetingId: string, bodyId: string) =>
    `${atMeetingId} is not a meeting of ${bodyId}; minutes are confirmed by the same body.`,
  CONFIRMING_MEETING_NOT_LATER: (atMeetingId: string, date: string) =>
    `${atMeetingId} is not later than the meeting of ${date}; minutes are confirmed at a later meeting.`,
  PAPERS_ALREADY_PUBLISHED: (id: string, publishedOn: string) =>
    `The papers for ${id} are already recorded as published on ${publishedOn}; they are recorded once.`,
  PAPERS_AFTER_MEETING: (id: string, publishedOn: string, date: string) =>
    `The papers for ${id} cannot have been published on ${publishedOn}, after the meeting on ${date}; check the date.`,
} as const;

export type MeetingsRejectionCode = keyof typeof meetingsMessages | CitationRejectionCode;

export const meetingsRejection = rejectionsFrom(meetingsMessages);
