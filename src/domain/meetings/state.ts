/** A meeting's current standing, folded from its `meeting-<id>` stream. */
import { unreachable } from '../shared/decider.js';
import type { IsoDate } from '../shared/dates.js';
import type { Apology, Attendee, ItemKind, ItemOutcome, MeetingsEvent } from './events.js';

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

export function evolveMeeting(state: MeetingState, event: MeetingsEvent): MeetingState {
  switch (event.type) {
    case 'MeetingScheduled': {
      const { meetingId, bodyId, date, venue, startTime } = event.data;
      return {
        ...state,
        status: 'scheduled',
        id: meetingId,
        bodyId,
        date,
        ...(venue ? { venue } : {}),
        ...(startTime ? { startTime } : {}),
      };
    }
    case 'MeetingRescheduled': {
      const { date, startTime } = event.data;
      const { startTime: _previous, ...rest } = state;
      return { ...rest, date, ...(startTime ? { startTime } : {}) };
    }
    case 'MeetingVenueChanged':
      return { ...state, venue: event.data.venue };
    case 'AttendanceRecorded':
      return {
        ...state,
        status: 'held',
        present: [...state.present, ...event.data.present],
        apologies: [...state.apologies, ...event.data.apologies],
      };
    case 'ItemTabled': {
      const { number, title, presenters, kind, outcome } = event.data;
      const item = { number, title, presenters, ...(kind ? { kind } : {}), ...(outcome ? { outcome } : {}) };
      return { ...state, items: { ...state.items, [number]: item } };
    }
    case 'MinutesConfirmed': {
      const { confirmedAtMeetingId, confirmedOn } = event.data;
      // Minutes exist only for a meeting that took place, so confirming them shows it was held.
      return { ...state, status: 'held', minutesConfirmed: { atMeetingId: confirmedAtMeetingId, on: confirmedOn } };
    }
    case 'PapersPublished':
      return { ...state, papersPublishedOn: event.data.publishedOn };
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled', cancellationReason: event.data.reason };
    default:
      return unreachable(event);
  }
}

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
