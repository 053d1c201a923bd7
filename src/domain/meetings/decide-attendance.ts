/**
 * The attendance rules: each person is recorded once per organisation, a meeting has one chair,
 * a substitute stands in for someone who sent apologies, and everyone's organisation existed on
 * the day. Those attending as members must come from a member of the body.
 */
import { rejectionsFrom, type Rejection } from '../shared/decider.js';
import { organisationActive } from '../shared/citations.js';
import { relatedState, type Related } from '../related.js';
import { wasMemberOn, type BodyState } from '../directory/state-body.js';
import type { OrganisationState } from '../directory/state-organisation.js';
import type { AttendanceRecordedData, Attendee, MeetingsEvent } from './events.js';
import type { MeetingsRejectionCode } from './rejections.js';
import { chairOf, type MeetingState } from './state.js';

/** The codes of the attendance rules. */
export const attendanceMessages = {
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
    `${person} is recorded as substitute for ${absent}, but ${absent} did not send apologies ` +
    `for the same organisation; record the apologies too.`,
  ATTENDEE_NOT_FROM_MEMBER: (person: string, organisation: string, bodyId: string) =>
    `${person} is recorded in the capacity of member, but ${organisation} was not a member of ` +
    `${bodyId} on the meeting date; use officer, adviser or guest.`,
} as const;

const no = rejectionsFrom(attendanceMessages);

/** The command as its rules read it: its event's fields, with `chair` left out for all but the chair. */
export type RecordAttendanceData = Omit<AttendanceRecordedData, 'present'> & {
  present: (Omit<Attendee, 'chair'> & { chair?: boolean | undefined })[];
};

type AttendanceRecorded = Extract<MeetingsEvent, { type: 'AttendanceRecorded' }>;

type Refusal = Rejection<MeetingsRejectionCode>;

const personKey = (entry: { person: string; organisationId?: string | undefined }) =>
  `${entry.organisationId ?? ''}\u0000${entry.person}`;

export function recordAttendance(
  data: RecordAttendanceData,
  state: MeetingState,
  related: Related,
): AttendanceRecorded[] | Refusal {
  const present: Attendee[] = data.present.map((attendee) => ({ ...attendee, chair: attendee.chair ?? false }));
  const { apologies } = data;
  if (present.length === 0 && apologies.length === 0) return no('ATTENDANCE_EMPTY');
  const rejection =
    duplicatePerson(state, [...present, ...apologies]) ??
    secondChair(state, present) ??
    invalidSubstitute(state, data) ??
    organisationMissing(related, [...present, ...apologies], state.date) ??
    memberCapacityMisused(related, state, present);
  if (rejection) return rejection;
  return [{ type: 'AttendanceRecorded', data: { meetingId: data.meetingId, present, apologies } }];
}

function duplicatePerson(
  state: MeetingState,
  entries: ReadonlyArray<{ person: string; organisationId?: string | undefined }>,
): Refusal | undefined {
  const seen = new Set([...state.present, ...state.apologies].map(personKey));
  for (const entry of entries) {
    const key = personKey(entry);
    if (seen.has(key))
      return no(
        'ATTENDEE_ALREADY_RECORDED',
        entry.organisationId ? `${entry.person} (${entry.organisationId})` : entry.person,
      );
    seen.add(key);
  }
  return undefined;
}

function secondChair(state: MeetingState, present: readonly Attendee[]): Refusal | undefined {
  const chairs = [chairOf(state), ...present.filter((attendee) => attendee.chair)].filter((a) => a !== undefined);
  const [chair, second] = chairs;
  return chair && second ? no('CHAIR_ALREADY_RECORDED', second.person, chair.person) : undefined;
}

function invalidSubstitute(state: MeetingState, data: RecordAttendanceData): Refusal | undefined {
  const apologies = new Set([...state.apologies, ...data.apologies].map(personKey));
  for (const attendee of data.present) {
    if (attendee.substituteFor === undefined) continue;
    if (attendee.organisationId === undefined) return no('SUBSTITUTE_WITHOUT_ORGANISATION', attendee.person);
    const absent = { person: attendee.substituteFor, organisationId: attendee.organisationId };
    if (!apologies.has(personKey(absent)))
      return no('SUBSTITUTE_FOR_NO_APOLOGY', attendee.person, attendee.substituteFor);
  }
  return undefined;
}

function organisationMissing(
  related: Related,
  entries: ReadonlyArray<{ organisationId?: string | undefined }>,
  date: string,
): Refusal | undefined {
  for (const organisationId of organisationsOf(entries)) {
    const unavailable = organisationActive(
      relatedState<OrganisationState>(related, 'organisation', organisationId),
      organisationId,
      date,
    );
    if (unavailable) return unavailable;
  }
  return undefined;
}

function memberCapacityMisused(
  related: Related,
  state: MeetingState,
  present: readonly Attendee[],
): Refusal | undefined {
  const body = relatedState<BodyState>(related, 'body', state.bodyId);
  const misplaced = present.find(
    (attendee) =>
      attendee.capacity === 'member' &&
      (attendee.organisationId === undefined || !wasMemberOn(body, attendee.organisationId, state.date)),
  );
  return misplaced
    ? no('ATTENDEE_NOT_FROM_MEMBER', misplaced.person, misplaced.organisationId ?? 'no organisation', state.bodyId)
    : undefined;
}

/** The distinct organisations named in an attendance list, in the order they appear. */
export function organisationsOf(entries: ReadonlyArray<{ organisationId?: string | undefined }>): string[] {
  return [...new Set(entries.flatMap((entry) => (entry.organisationId === undefined ? [] : [entry.organisationId])))];
}
