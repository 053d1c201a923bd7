/**
 * Who had a voice for a partner at a meeting. The checks that the meeting exists, was not
 * cancelled, had the item and came later are the shared ones in `shared/citations.ts`.
 */
import type { MeetingState } from '../meetings/state.js';

/**
 * Whether the organisation had a voice at the meeting: someone present for it as its member
 * representative, or as a recorded substitute for one who sent apologies. Officers and advisers
 * attend for their organisation but do not speak for it as a partner.
 */
export function presentAsPartner(meeting: MeetingState, organisationId: string): boolean {
  return meeting.present.some(
    (attendee) =>
      attendee.organisationId === organisationId &&
      (attendee.capacity === 'member' || attendee.substituteFor !== undefined),
  );
}
