/**
 * What decisions and actions need to know about a meeting, read through `related`: that it exists,
 * was not cancelled, had the item on its agenda, who sat at the table for a partner, and its order
 * in time relative to another meeting.
 */
import type { Related } from '../related.js';
import { relatedState } from '../related.js';
import type { Rejection } from '../shared/decider.js';
import type { MeetingState } from '../meetings/state.js';
import { decisionsRejection } from './rejections.js';

/** The meeting, if business may still be recorded against it (and the item is on its agenda). */
export function meetingForRecording(related: Related, meetingId: string, item?: string): MeetingState | Rejection {
  const meeting = relatedState<MeetingState>(related, 'meeting', meetingId);
  if (!meeting || meeting.status === 'unscheduled') return decisionsRejection('MEETING_NOT_FOUND', meetingId);
  if (meeting.status === 'cancelled') return decisionsRejection('MEETING_CANCELLED', meetingId);
  if (item !== undefined && !Object.hasOwn(meeting.items, item)) return decisionsRejection('ITEM_NOT_ON_AGENDA', meetingId, item);
  return meeting;
}

/**
 * Whether the organisation had a voice at the meeting: someone present for it as its member
 * representative, or as a recorded substitute for one who sent apologies. Officers and advisers
 * attend for their organisation but do not speak for it as a partner.
 */
export function presentAsPartner(meeting: MeetingState, organisationId: string): boolean {
  return meeting.present.some(
    (attendee) => attendee.organisationId === organisationId && (attendee.capacity === 'member' || attendee.substituteFor !== undefined),
  );
}

/** A decision is changed, or an action reviewed, only at a meeting held after the original one. */
export function checkHeldLater(related: Related, later: MeetingState, earlierMeetingId: string): Rejection | undefined {
  const earlier = relatedState<MeetingState>(related, 'meeting', earlierMeetingId);
  if (earlier && later.date > earlier.date) return undefined;
  return decisionsRejection('MEETING_NOT_LATER', later.id, earlierMeetingId);
}
