/**
 * Moving a meeting that has not yet taken place: to another day or start time, or another venue.
 * Each event keeps what the meeting was set for before, so the calendar and the meeting's page can
 * say what changed; a meeting already held keeps the day and place it was held.
 */
import { rejectionsFrom, type Rejection } from '../shared/decider.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState } from '../directory/state-body.js';
import { bodyExistedOn } from '../shared/citations.js';
import { meetingRejection } from './decide.js';
import type { MeetingsEvent, MeetingsEventData } from './events.js';
import type { MeetingsRejectionCode } from './rejections.js';
import type { MeetingState } from './state.js';

/** The codes of the rules on moving a meeting. */
export const changeMessages = {
  MEETING_TIME_UNCHANGED: (id: string, when: string) =>
    `The meeting ${id} is already set for ${when}; give the new date or start time.`,
  MEETING_VENUE_UNCHANGED: (id: string, venue: string) =>
    `The meeting ${id} is already to be held at ${venue}; give the new venue.`,
} as const;

const no = rejectionsFrom(changeMessages);

/** Each command as its rules read it: its event's fields, less what the meeting was set for before. */
type RescheduleMeetingData = Omit<MeetingsEventData<'MeetingRescheduled'>, 'previousDate' | 'previousStartTime'>;
type ChangeVenueData = Omit<MeetingsEventData<'MeetingVenueChanged'>, 'previousVenue'>;

type Outcome = readonly MeetingsEvent[] | Rejection<MeetingsRejectionCode>;

export function reschedule(data: RescheduleMeetingData, state: MeetingState, related: Related): Outcome {
  const { meetingId, date, startTime, reason } = data;
  if (state.status === 'held') return meetingRejection('MEETING_ALREADY_HELD', meetingId, 'moved');
  if (date === state.date && startTime === state.startTime) {
    return no('MEETING_TIME_UNCHANGED', meetingId, startTime ? `${date} at ${startTime}` : date);
  }
  const body = relatedState<BodyState>(related, 'body', state.bodyId);
  const early = body && bodyExistedOn(body, date);
  if (early) return early;
  const rescheduled = {
    meetingId,
    date,
    ...(startTime ? { startTime } : {}),
    previousDate: state.date,
    ...(state.startTime ? { previousStartTime: state.startTime } : {}),
    ...(reason ? { reason } : {}),
  };
  return [{ type: 'MeetingRescheduled', data: rescheduled }];
}

export function changeVenue(data: ChangeVenueData, state: MeetingState): Outcome {
  const { meetingId, venue, reason } = data;
  if (state.status === 'held') return meetingRejection('MEETING_ALREADY_HELD', meetingId, 'moved');
  if (venue === state.venue) return no('MEETING_VENUE_UNCHANGED', meetingId, venue);
  const changed = {
    meetingId,
    venue,
    ...(state.venue ? { previousVenue: state.venue } : {}),
    ...(reason ? { reason } : {}),
  };
  return [{ type: 'MeetingVenueChanged', data: changed }];
}
