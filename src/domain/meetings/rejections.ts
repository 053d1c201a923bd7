/** Every way the meetings rules can say no, with the sentence a clerk reads. */
import { reject, type Rejection } from '../shared/decider.js';

export const meetingRejections = {
  alreadyScheduled: (id: string): Rejection =>
    reject('MEETING_ALREADY_SCHEDULED', `The meeting ${id} is already scheduled; a meeting id is used once.`),
  notScheduled: (id: string): Rejection =>
    reject('MEETING_NOT_SCHEDULED', `There is no meeting ${id}; schedule it first.`),
  cancelled: (id: string): Rejection =>
    reject('MEETING_CANCELLED', `The meeting ${id} was cancelled; nothing can be recorded against it.`),
  alreadyHeld: (id: string, change: 'cancelled' | 'moved'): Rejection =>
    reject('MEETING_ALREADY_HELD', `The meeting ${id} has already taken place (its attendance or minutes are recorded), so it cannot be ${change}.`),
  timeUnchanged: (id: string, when: string): Rejection =>
    reject('MEETING_TIME_UNCHANGED', `The meeting ${id} is already set for ${when}; give the new date or start time.`),
  venueUnchanged: (id: string, venue: string): Rejection =>
    reject('MEETING_VENUE_UNCHANGED', `The meeting ${id} is already to be held at ${venue}; give the new venue.`),
  bodyNotEstablished: (id: string): Rejection =>
    reject('BODY_NOT_ESTABLISHED', `There is no body ${id} in the directory; establish it first.`),
  beforeBodyEstablished: (date: string, bodyId: string, establishedOn: string): Rejection =>
    reject('MEETING_BEFORE_BODY_ESTABLISHED', `${bodyId} was established on ${establishedOn}, so it cannot have met on ${date}.`),
  attendanceEmpty: (): Rejection =>
    reject('ATTENDANCE_EMPTY', 'Name at least one person present or one apology.'),
  attendeeAlreadyRecorded: (person: string, organisationId: string | undefined): Rejection =>
    reject(
      'ATTENDEE_ALREADY_RECORDED',
      `${person}${organisationId ? ` (${organisationId})` : ''} is already recorded as present or sending apologies at this meeting.`,
    ),
  chairAlreadyRecorded: (chair: string): Rejection =>
    reject('CHAIR_ALREADY_RECORDED', `${chair} is already recorded as chairing this meeting; a meeting has one chair.`),
  substituteWithoutOrganisation: (person: string): Rejection =>
    reject('SUBSTITUTE_WITHOUT_ORGANISATION', `${person} is recorded as a substitute, so name the organisation they came for.`),
  substituteForNoApology: (person: string, absent: string): Rejection =>
    reject(
      'SUBSTITUTE_FOR_NO_APOLOGY',
      `${person} is recorded as substitute for ${absent}, but ${absent} did not send apologies for the same organisation; record the apologies too.`,
    ),
  notFromMember: (person: string, organisationId: string | undefined, bodyId: string): Rejection =>
    reject(
      'ATTENDEE_NOT_FROM_MEMBER',
      `${person} is recorded in the capacity of member, but ${organisationId ?? 'no organisation'} was not a member of ${bodyId} on the meeting date; use officer, adviser or guest.`,
    ),
  organisationNotRegistered: (id: string): Rejection =>
    reject('ORGANISATION_NOT_REGISTERED', `There is no organisation ${id} in the directory; register it first.`),
  organisationDissolved: (id: string, on: string): Rejection =>
    reject('ORGANISATION_DISSOLVED', `The organisation ${id} was dissolved on ${on}, before this meeting; use its successor.`),
  itemAlreadyTabled: (number: string, title: string): Rejection =>
    reject('ITEM_ALREADY_TABLED', `Item ${number} (${title}) is already on this meeting's agenda; give the new item another number, e.g. ${number}a.`),
  minutesAlreadyConfirmed: (id: string, atMeetingId: string): Rejection =>
    reject('MINUTES_ALREADY_CONFIRMED', `The minutes of ${id} were already confirmed at ${atMeetingId}; they are confirmed once.`),
  confirmingMeetingOtherBody: (atMeetingId: string, bodyId: string): Rejection =>
    reject('CONFIRMING_MEETING_OTHER_BODY', `${atMeetingId} is not a meeting of ${bodyId}; minutes are confirmed by the same body.`),
  confirmingMeetingNotLater: (atMeetingId: string, date: string): Rejection =>
    reject('CONFIRMING_MEETING_NOT_LATER', `${atMeetingId} is not later than the meeting of ${date}; minutes are confirmed at a later meeting.`),
};
