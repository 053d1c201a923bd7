/**
 * A body's work programme reviewed at one of its meetings, on the body's own
 * `work-programme-<bodyId>` stream. The 2011/12 annual report: "a new work programme will be
 * considered at the June 2012 meeting". Each review names the meeting and item that considered it,
 * so the ledger can say when each body last reviewed its programme.
 */
import { z } from 'zod';
import type { BodyState } from '../directory/state.js';
import type { MeetingState } from '../meetings/state.js';
import { relatedState, type Related } from '../related.js';
import { establishedBody, meetingForRecording, meetingOfBody } from '../shared/citations.js';
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { Slug, streamId } from '../shared/identifiers.js';
import type { WorkProgrammeRejectionCode } from './rejections.js';

export interface ReviewState {
  /** The meetings at which the programme was reviewed. */
  readonly reviewedAt: readonly string[];
}
export const initialReviewState: ReviewState = { reviewedAt: [] };

export const reviewEvents = {
  /** A meeting of the body considered (reviewed) its work programme under an item. */
  WorkProgrammeReviewed: folding<ReviewState>()(
    z.object({
      bodyId: Slug.describe('The body whose work programme was reviewed, e.g. leadership-gloucestershire'),
      meetingId: Slug.describe('The meeting of that body that reviewed it, e.g. lg-2012-06-21'),
      item: z.string().min(1).max(20).describe('The agenda item under which it was considered, e.g. "6"'),
      reviewedOn: IsoDate.describe("The meeting's date"),
      note: humanText(1000)
        .optional()
        .describe('What the meeting said or agreed about the programme, if the minutes say'),
    }),
    (state, data) => ({ reviewedAt: [...state.reviewedAt, data.meetingId] }),
  ),
} as const satisfies EventTable<ReviewState>;

/** The review event, as `{ type, data }`, from the event table. */
export type ReviewEvent = EventsOf<typeof reviewEvents>;
export type WorkProgrammeReviewedData = EventDataOf<typeof reviewEvents, 'WorkProgrammeReviewed'>;
/** Event type -> schema of its data. */
export const reviewEventSchemas = schemasOf(reviewEvents);
/** How the reviews' state takes the event, through the table. */
export const evolveReview = evolverOf<ReviewState, typeof reviewEvents>(reviewEvents);

/** The codes of the rules on a review. */
export const reviewMessages = {
  WORK_PROGRAMME_ALREADY_REVIEWED: (bodyId: string, meetingId: string) =>
    `The work programme of ${bodyId} is already recorded as reviewed at ${meetingId}; record one review per meeting.`,
} as const;

const no = rejectionsFrom(reviewMessages);

/** The command as its rules read it: the event's fields, less the date the meeting gives. */
type ReviewWorkProgrammeData = Omit<WorkProgrammeReviewedData, 'reviewedOn'>;

type Decision = readonly ReviewEvent[] | Rejection<WorkProgrammeRejectionCode>;

export function decideReview(data: ReviewWorkProgrammeData, state: ReviewState, rel: Related): Decision {
  const { bodyId, meetingId, item, note } = data;
  const body = establishedBody(relatedState<BodyState>(rel, 'body', bodyId), bodyId);
  if (isRejection(body)) return body;
  const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId, item);
  if (isRejection(meeting)) return meeting;
  const own = meetingOfBody(meeting, bodyId);
  if (isRejection(own)) return own;
  if (state.reviewedAt.includes(meetingId)) return no('WORK_PROGRAMME_ALREADY_REVIEWED', bodyId, meetingId);
  const reviewed = { bodyId, meetingId, item, reviewedOn: meeting.date, ...(note ? { note } : {}) };
  return [{ type: 'WorkProgrammeReviewed', data: reviewed }];
}

/** A review reads the body and the meeting that reviewed its programme. */
export function reviewStreams(data: ReviewWorkProgrammeData): string[] {
  return [streamId('body', data.bodyId), streamId('meeting', data.meetingId)];
}
