/** The work programme view: one zod schema for the type, the HTTP response and the OpenAPI document. */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';

export const WorkProgrammeFilters = z.object({
  bodyId: z.string().optional().describe("Only this body's work programme"),
  slippedOn: IsoDate.optional().describe(
    'Only the items that had slipped by this date: replanned, or still planned for a meeting ' +
      'held by then (or a month past)',
  ),
});
export type WorkProgrammeFilters = z.infer<typeof WorkProgrammeFilters>;

export const Replan = z.object({
  fromMeetingId: z.string().nullable().describe('The meeting it was planned for before, if one'),
  fromMonth: z.string().describe('The month it was planned for before'),
  meetingId: z.string().nullable().describe('The meeting it moved to, if one'),
  month: z.string().describe('The month it moved to'),
  reason: z.string().describe('Why it moved'),
});

export const PlanItemView = z.object({
  planItemId: z.string().describe('The planned item'),
  bodyId: z.string().describe('The body whose work programme holds it'),
  title: z.string().describe('The item'),
  kind: z.enum(['decision', 'discussion', 'information']).describe('decision, discussion or information'),
  leadOfficer: z.string().describe('The lead officer'),
  meetingId: z.string().nullable().describe('The meeting it is planned for, if one'),
  month: z.string().describe('The month it is planned for, YYYY-MM'),
  status: z.enum(['planned', 'taken', 'dropped']).describe('planned, taken (at a meeting) or dropped'),
  takenAt: z.string().nullable().describe('The meeting that took it'),
  closedOn: z.string().nullable().describe('The date it was taken or dropped'),
  dropReason: z.string().nullable().describe('Why it was dropped'),
  replans: z.array(Replan).describe('Each time it moved later, oldest first'),
  slipped: z
    .array(z.string())
    .describe('Why it counts as slipped (replanned, planned meeting held without it), if it does'),
});
export type PlanItemView = z.infer<typeof PlanItemView>;

/** A task group's report back, received under an item of a meeting of the body that set it up. */
export const TaskGroupReport = z.object({
  meetingId: z.string().describe('The meeting of the body that set it up that received the report'),
  item: z.string().describe('The item under which it was received'),
  reportedOn: z.string().describe("The meeting's date"),
  summary: z.string().describe('What the group reported'),
});

export const TaskGroupView = z.object({
  taskGroupId: z.string().describe('The task-and-finish group'),
  bodyId: z.string().describe('The body that set it up, to which it reports back'),
  name: z.string().describe('What it is called'),
  remit: z.string().describe('What it is to do'),
  chair: z.string().describe('Who chairs it'),
  members: z.array(z.string()).describe('Its members'),
  setUpBy: z.object({ proposalId: z.string(), resolution: z.string() }).describe('The decision that set it up'),
  setUpOn: z.string().describe('The date of that decision'),
  endsOn: z.string().describe('When it is to finish and report back'),
  status: z.enum(['active', 'ended']).describe('active, or ended (closed)'),
  endedOn: z.string().nullable().describe('When it ended, once it has'),
  endReason: z.string().nullable().describe('Why it ended, when the minutes give a reason'),
  reports: z.array(TaskGroupReport).describe('Its reports back to the body that set it up, oldest first'),
});
export type TaskGroupView = z.infer<typeof TaskGroupView>;

export const BodyReviewView = z.object({
  bodyId: z.string().describe('The body'),
  lastReviewedOn: z.string().describe('The date of the latest meeting that reviewed its work programme'),
  meetingId: z.string().describe('That meeting'),
  item: z.string().describe('The item under which it was reviewed'),
  note: z.string().nullable().describe('What the minutes say about the review'),
  reviews: z.number().int().describe('How many reviews of its work programme are recorded'),
});
export type BodyReviewView = z.infer<typeof BodyReviewView>;

export const WorkProgrammeList = z.object({
  items: z.array(PlanItemView).describe('The items, by body and then by the month they are planned for'),
  taskGroups: z
    .array(TaskGroupView)
    .describe("The body's task-and-finish groups (all of them; not narrowed by slippedOn), by end date"),
  reviews: z
    .array(BodyReviewView)
    .describe('Per body, when its work programme was last reviewed at a meeting (not narrowed by slippedOn)'),
});
export type WorkProgrammeList = z.infer<typeof WorkProgrammeList>;
