/**
 * The attendance rules: each person is recorded once per organisation, a meeting has one chair,
 * a substitute stands in for someone who sent apologies, and everyone's organisation existed on
 * the day. Those attending as members must come from a member of the body.
 */
import type { Rejection } from '../shared/decider.js';
import { organisationActive } from '../shared/citations.js';
import { relatedState, type Related } from '../related.js';
import { wasMemberOn, type BodyState } from '../directory/state-body.js';
import type { OrganisationState } from '../directory/state-organisation.js';
import type { RecordAttendanceData } from './commands.js';
import type { AttendanceRecorded, Attendee } from './events.js';
import { meetingsRejection as no, type MeetingsRejectionCode } from './rejections.js';
import { chairOf, type MeetingState } from './state.js';

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
