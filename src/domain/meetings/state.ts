/** A meeting's current standing, folded from its `meeting-<id>` stream. */
import type { IsoDate } from '../shared/dates.js';
import type { Apology, Attendee, ItemKind, ItemOutcome } from './events.js';

export interface AgendaItem {
  readonly number: string;
  readonly title: string;
  readonly presenters: readonly string[];
  readonly kind?: ItemKind;
  readonly outcome?: ItemOutcome;
}

export interface MinutesConfirmation {
  readonly atMeetingId: string;
  readonly on: IsoDate;
}

export interface MeetingState {
  /** `held` once attendance is recorded (or its minutes confirmed); `cancelled` is final. */
  readonly status: 'unscheduled' | 'scheduled' | 'held' | 'cancelled';
  readonly id: string;
  readonly bodyId: string;
  readonly date: IsoDate;
  readonly venue?: string;
  readonly startTime?: string;
  readonly present: readonly Attendee[];
  readonly apologies: readonly Apology[];
  /** Item number -> item, e.g. "3" -> Community Safety Review. */
  readonly items: Readonly<Record<string, AgendaItem>>;
  /** Set when this meeting's own minutes have been agreed at a later meeting. */
  readonly minutesConfirmed?: MinutesConfirmation;
  readonly cancellationReason?: string;
  /** The day the agenda and papers were published, once recorded. */
  readonly papersPublishedOn?: IsoDate;
}

export const initialMeetingState: MeetingState = {
  status: 'unscheduled',
  id: '',
  bodyId: '',
  date: '',
  present: [],
  apologies: [],
  items: {},
};

export { evolveMeeting } from './events.js';

/** The person who chaired the meeting, if attendance has been recorded. */
export function chairOf(state: MeetingState): Attendee | undefined {
  return state.present.find((attendee) => attendee.chair);
}

/**
 * Whether someone present attended for their organisation: anyone but a guest (who speaks to an
 * item and is not at the table for it), and a substitute always, since they stand in for a
 * colleague who sent apologies. The attendance report, the partner profile and the decision
 * register all count attendance this way.
 */
export function attendsForOrganisation(attendee: {
  readonly capacity: string | null;
  readonly substituteFor?: string | null | undefined;
}): boolean {
  return attendee.capacity !== 'guest' || (attendee.substituteFor !== undefined && attendee.substituteFor !== null);
}
