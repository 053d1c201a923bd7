/**
 * The rules for one meeting's stream: scheduled once for an established body, nothing recorded once
 * it is cancelled, an item number tabled once, and its minutes confirmed once, at a later meeting
 * of the same body. Confirmation lives on the confirmed meeting's stream so "once" is one stream's rule.
 */
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { bodyExistedOn, establishedBody, heldLater, meetingForRecording, meetingOfBody } from '../shared/citations.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState } from '../directory/state-body.js';
import { organisationsOf, type RecordAttendanceData } from './decide-attendance.js';
import type { MeetingsEvent, MeetingsEventData } from './events.js';
import type { MeetingsRejectionCode } from './rejections.js';
import type { MeetingState } from './state.js';

/** The codes of the rules on a meeting's calendar, agenda, papers and minutes. */
export const meetingMessages = {
  MEETING_ALREADY_SCHEDULED: (id: string) => `The meeting ${id} is already scheduled; a meeting id is used once.`,
  MEETING_ALREADY_HELD: (id: string, change: 'cancelled' | 'moved') =>
    `The meeting ${id} has already taken place (its attendance or minutes are recorded), so it cannot be ${change}.`,
  ITEM_ALREADY_TABLED: (number: string, title: string) =>
    `Item ${number} (${title}) is already on this meeting's agenda; give the new item another number, e.g. ${number}a.`,
  MINUTES_ALREADY_CONFIRMED: (id: string, atMeetingId: string) =>
    `The minutes of ${id} were already confirmed at ${atMeetingId}; they are confirmed once.`,
  PAPERS_ALREADY_PUBLISHED: (id: string, publishedOn: string) =>
    `The papers for ${id} are already recorded as published on ${publishedOn}; they are recorded once.`,
  PAPERS_AFTER_MEETING: (id: string, publishedOn: string, date: string) =>
    `The papers for ${id} cannot have been published on ${publishedOn}, after the meeting on ${date}; check the date.`,
} as const;

export const meetingRejection = rejectionsFrom(meetingMessages);
const no = meetingRejection;

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type ScheduleMeetingData = MeetingsEventData<'MeetingScheduled'>;
type TableItemData = Omit<MeetingsEventData<'ItemTabled'>, 'presenters'> & { presenters?: string[] | undefined };
type ConfirmMinutesData = Omit<MeetingsEventData<'MinutesConfirmed'>, 'confirmedOn'>;
type PublishPapersData = MeetingsEventData<'PapersPublished'>;
type CancelMeetingData = MeetingsEventData<'MeetingCancelled'>;

type Outcome = readonly MeetingsEvent[] | Rejection<MeetingsRejectionCode>;

type Rules<D> = (data: D, state: MeetingState, related: Related) => Outcome;

/** The rules of a command on a scheduled meeting: nothing is recorded against a cancelled one. */
export function onMeeting<D extends { meetingId: string }>(rules: Rules<D>) {
  return (data: D, state: MeetingState, related: Related): Outcome => {
    const open = meetingForRecording(state, data.meetingId);
    return isRejection(open) ? open : rules(data, state, related);
  };
}

export function cancelMeeting({ meetingId, reason }: CancelMeetingData, state: MeetingState): Outcome {
  if (state.status === 'held') return no('MEETING_ALREADY_HELD', meetingId, 'cancelled');
  return [{ type: 'MeetingCancelled', data: { meetingId, reason } }];
}

export function tableItem(data: TableItemData, state: MeetingState): Outcome {
  const { meetingId, number, title, presenters, kind, outcome, declarations, keyDates } = data;
  const earlier = state.items[number];
  if (earlier) return no('ITEM_ALREADY_TABLED', number, earlier.title);
  const tabled = {
    meetingId,
    number,
    title,
    presenters: presenters ?? [],
    ...(kind ? { kind } : {}),
    ...(outcome ? { outcome } : {}),
    ...(declarations && declarations.length > 0 ? { declarations } : {}),
    ...(keyDates && keyDates.length > 0 ? { keyDates } : {}),
  };
  return [{ type: 'ItemTabled', data: tabled }];
}

export function publishPapers({ meetingId, publishedOn }: PublishPapersData, state: MeetingState): Outcome {
  if (state.papersPublishedOn) return no('PAPERS_ALREADY_PUBLISHED', meetingId, state.papersPublishedOn);
  if (publishedOn > state.date) return no('PAPERS_AFTER_MEETING', meetingId, publishedOn, state.date);
  return [{ type: 'PapersPublished', data: { meetingId, publishedOn } }];
}

export function schedule(data: ScheduleMeetingData, state: MeetingState, related: Related): Outcome {
  const { meetingId, bodyId, date } = data;
  if (state.status !== 'unscheduled') return no('MEETING_ALREADY_SCHEDULED', meetingId);
  const body = establishedBody(relatedState<BodyState>(related, 'body', bodyId), bodyId);
  if (isRejection(body)) return body;
  const early = bodyExistedOn(body, date);
  if (early) return early;
  const { venue, startTime, special } = data;
  const scheduled = {
    meetingId,
    bodyId,
    date,
    ...(venue ? { venue } : {}),
    ...(startTime ? { startTime } : {}),
    ...(special ? { special } : {}),
  };
  return [{ type: 'MeetingScheduled', data: scheduled }];
}

export function confirmMinutes(data: ConfirmMinutesData, state: MeetingState, related: Related): Outcome {
  const { meetingId, confirmedAtMeetingId } = data;
  if (state.minutesConfirmed) return no('MINUTES_ALREADY_CONFIRMED', meetingId, state.minutesConfirmed.atMeetingId);
  const later = meetingForRecording(
    relatedState<MeetingState>(related, 'meeting', confirmedAtMeetingId),
    confirmedAtMeetingId,
  );
  if (isRejection(later)) return later;
  const sameBody = meetingOfBody(later, state.bodyId);
  if (isRejection(sameBody)) return sameBody;
  const notLater = heldLater(later, state, meetingId);
  if (notLater) return notLater;
  return [{ type: 'MinutesConfirmed', data: { meetingId, confirmedAtMeetingId, confirmedOn: later.date } }];
}

export function scheduleStreams(data: ScheduleMeetingData): string[] {
  return [streamId('body', data.bodyId)];
}

/** Attendance reads the body and every organisation named; until the meeting is scheduled its body is unknown. */
export function attendanceStreams(data: RecordAttendanceData, state: MeetingState): string[] {
  if (state.status === 'unscheduled') return [];
  const organisations = organisationsOf([...data.present, ...data.apologies]);
  return [streamId('body', state.bodyId), ...organisations.map((id) => streamId('organisation', id))];
}

export function confirmationStreams(data: ConfirmMinutesData): string[] {
  return [streamId('meeting', data.confirmedAtMeetingId)];
}

export function rescheduleStreams(_data: unknown, state: MeetingState): string[] {
  return state.status === 'unscheduled' ? [] : [streamId('body', state.bodyId)];
}
