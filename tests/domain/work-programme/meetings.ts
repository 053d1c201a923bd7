/**
 * Meeting states for the work programme's rule tables: a meeting of a body, scheduled, with the
 * items tabled at it, and optionally cancelled. Dates and ids are illustrative (the prospectus's
 * plant-closure example gives none).
 */
import type { MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { evolveMeeting, initialMeetingState, type MeetingState } from '../../../src/domain/meetings/state.js';

export function meetingState(
  meetingId: string,
  bodyId: string,
  date: string,
  items: readonly string[] = ['1'],
  cancelled = false,
): MeetingState {
  const tabled = items.map((number): MeetingsEvent => ({
    type: 'ItemTabled',
    data: { meetingId, number, title: `Item ${number}`, presenters: [] },
  }));
  const events: MeetingsEvent[] = [
    { type: 'MeetingScheduled', data: { meetingId, bodyId, date } },
    ...tabled,
    ...(cancelled ? [{ type: 'MeetingCancelled', data: { meetingId, reason: 'Not quorate' } } as const] : []),
  ];
  return events.reduce(evolveMeeting, initialMeetingState);
}
