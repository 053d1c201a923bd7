/** Why the ledger refuses a work programme command: a stable code and the sentence a clerk reads. */
import { rejectionsFrom } from '../shared/decider.js';

export const workProgrammeMessages = {
  PLAN_ITEM_ALREADY_PLANNED: (id: string) =>
    `Item ${id} is already on the work programme; move it with a replan, or give a new item its own id.`,
  PLAN_ITEM_NOT_FOUND: (id: string) => `There is no planned item ${id}: plan the item first.`,
  PLAN_ITEM_CLOSED: (id: string, status: string) =>
    `Item ${id} was already ${status}; a taken or dropped item is not planned again, plan a new item instead.`,
  PLANNED_FOR_MISSING: () =>
    'Say when the item is planned for: give meetingId (a scheduled meeting) or month (YYYY-MM).',
  PLANNED_MEETING_NOT_OF_BODY: (meetingId: string, bodyId: string) =>
    `Meeting ${meetingId} is not a meeting of ${bodyId}: plan the item for a meeting of the body whose programme it is.`,
  PLANNED_MEETING_HELD: (meetingId: string) =>
    `Meeting ${meetingId} has already been held: plan the item for a later meeting, or mark it taken there.`,
  REPLAN_NOT_LATER: (id: string, from: string, to: string) =>
    `Item ${id} is planned for ${from}; a replan moves it later, and ${to} is not later.`,
  TASK_GROUP_ALREADY_SET_UP: (id: string) => `Task group ${id} is already set up; give a new group its own id.`,
  TASK_GROUP_ENDS_BEFORE_SET_UP: (endsOn: string, setUpOn: string) =>
    `The end date ${endsOn} is not after the date the group was set up, ${setUpOn}; check the dates.`,
  TASK_GROUP_NOT_FOUND: (id: string) => `There is no task group ${id}: record the decision that set it up first.`,
  TASK_GROUP_REPORTS_TO_ITS_BODY: (id: string, meetingId: string, bodyId: string) =>
    `Task group ${id} reports back to ${bodyId}, which set it up, and ${meetingId} is not a meeting of ${bodyId}: name a meeting of ${bodyId}.`,
  TASK_GROUP_REPORT_BEFORE_SET_UP: (meetingId: string, setUpOn: string) =>
    `Meeting ${meetingId} was before the group was set up on ${setUpOn}; a report back is received at a later meeting.`,
  TASK_GROUP_ALREADY_REPORTED: (id: string, meetingId: string) =>
    `The report of task group ${id} to ${meetingId} is already recorded; record one report per meeting.`,
  TASK_GROUP_ALREADY_ENDED: (id: string) =>
    `Task group ${id} has already ended; its reports may still be recorded, but it ends only once.`,
  TASK_GROUP_ENDED_BEFORE_SET_UP: (endedOn: string, setUpOn: string) =>
    `The group cannot end on ${endedOn}, before it was set up on ${setUpOn}; check the date.`,
  REVIEW_MEETING_NOT_OF_BODY: (meetingId: string, bodyId: string) =>
    `Meeting ${meetingId} is not a meeting of ${bodyId}: a body reviews its work programme at one of its own meetings.`,
  WORK_PROGRAMME_ALREADY_REVIEWED: (bodyId: string, meetingId: string) =>
    `The work programme of ${bodyId} is already recorded as reviewed at ${meetingId}; record one review per meeting.`,
} as const;

/** Its own codes, and the shared citation codes for a body or meeting it names. */
export type WorkProgrammeRejectionCode =
  | keyof typeof workProgrammeMessages
  | 'BODY_NOT_ESTABLISHED'
  | 'MEETING_NOT_SCHEDULED'
  | 'MEETING_CANCELLED'
  | 'ITEM_NOT_ON_AGENDA'
  | 'DECISION_NOT_FOUND'
  | 'DECISION_NOT_IN_FORCE';

export const workProgrammeRejection = rejectionsFrom(workProgrammeMessages);
