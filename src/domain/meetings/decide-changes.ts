/**
 * Moving a meeting that has not yet taken place: to another day or start time, or another venue.
 * Each event keeps what the meeting was set for before, so the calendar and the meeting's page can
 * say what changed; a meeting already held keeps the day and place it was held.
 */
import type { Rejection } from '../shared/decider.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState } from '../directory/state-body.js';
import type { ChangeVenueData, RescheduleMeetingData } from './commands.js';
import type { MeetingsEvent } from './events.js';
import { meetingsRejection as no, type MeetingsRejectionCode } from './rejections.js';
import type { MeetingState } from './state.js';

type Outcome = readonly MeetingsEvent[] | Rejection<MeetingsRejectionCode>;

export function reschedule(data: RescheduleMeetingData, state: MeetingState, related: Related): Outcome {
  const { meetingId, date, startTime, reason } = data;
  if (state.status === 'held') return no('MEETING_ALREADY_HELD', meetingId, 'moved');
  if (date === state.date && startTime === state.startTime) {
    return no('MEETING_TIME_UNCHANGED', meetingId, startTime ? `${date} at ${startTime}` : date);
  }
  const body = relatedState<BodyState>(related, 'body', state.bodyId);
  if (body?.establishedOn && date < body.establishedOn)
    return no('MEETING_BEFORE_BODY_ESTABLISHED', date, state.bodyId, body.establishedOn);
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
  if (state.status === 'held') return no('MEETING_ALREADY_HELD', meetingId, 'moved');
  if (venue === state.venue) return no('MEETING_VENUE_UNCHANGED', meetingId, venue);
  const changed = {
    meetingId,
    venue,
    ...(state.venue ? { previousVenue: state.venue } : {}),
    ...(reason ? { reason } : {}),
  };
  return [{ type: 'MeetingVenueChanged', data: changed }];
}
