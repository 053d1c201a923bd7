/**
 * The work programme (forward plan): items planned for future meetings of a body, with their kind
 * and lead officer; moved later when they slip, taken at a meeting, or dropped. One aggregate:
 * `plan-item-<id>`.
 */
import { deciderOf, type CommandsOf, type CommandTable, type Feature } from '../shared/feature.js';
import { Slug, streamId } from '../shared/identifiers.js';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { plannedFor } from './commands.js';
import { decidePlan, drop, markTaken, meetingStreams, onPlannedItem, planStreams, replan } from './decide.js';
import { workProgrammeEvents, workProgrammeEventSchemas } from './events.js';
import { evolvePlanItem, initialPlanItemState } from './state.js';
import {
  decideReview,
  evolveReview,
  initialReviewState,
  reviewEvents,
  reviewEventSchemas,
  reviewStreams,
} from './review.js';
import {
  decideEnd,
  decideReport,
  decideTaskGroup,
  evolveTaskGroup,
  initialTaskGroupState,
  onTaskGroup,
  reportStreams,
  taskGroupEvents,
  taskGroupEventSchemas,
  taskGroupStreams,
} from './task-group.js';

// The 2011/12 annual report says "a new work programme will be considered at the June 2012
// meeting" and gives no lead officer, meeting id or later history: the examples are illustrative.
const clerk = ['clerk'] as const;
const ITEM = 'lg-2012-06-work-programme';
// The seed scenario's illustrative task group (tests/api/commands/seed/), which reports back and ends there.
const TASK_GROUP = 'lg-community-safety-task-group';

/** The work programme commands: each one's schema, summary, example, URL and role, declared once. */
export const workProgrammeCommands = {
  PlanItem: {
    schema: workProgrammeEvents.ItemPlanned.schema.omit({ meetingDate: true }).extend({
      title: humanText(300).describe('The item, as the work programme words it'),
      leadOfficer: humanText(200).describe('The lead officer, e.g. Pete Bungard'),
      ...plannedFor,
    }),
    decide: decidePlan,
    related: planStreams,
    url: '/work-programme',
    roles: clerk,
    summary: "Put an item on a body's work programme for a meeting or a month, with its kind and lead officer.",
    example: {
      planItemId: ITEM,
      bodyId: 'leadership-gloucestershire',
      title: 'A new work programme (illustrative lead officer)',
      kind: 'decision',
      leadOfficer: 'Illustrative: the partnership manager',
      month: '2012-06',
    },
  },
  ReplanItem: {
    schema: workProgrammeEvents.ItemReplanned.schema
      .omit({ meetingDate: true, fromMeetingId: true, fromMonth: true })
      .extend({ ...plannedFor, reason: humanText(1000).describe('Why it moved, e.g. the report was not ready') }),
    decide: onPlannedItem(replan),
    related: meetingStreams,
    url: '/work-programme/:planItemId/replan',
    roles: clerk,
    summary: 'Move a planned item to a later meeting or month, with the reason: the item slipped.',
    example: { planItemId: ITEM, month: '2012-09', reason: 'Illustrative: the partners asked for more time' },
  },
  MarkItemTaken: {
    schema: workProgrammeEvents.ItemTaken.schema.omit({ takenOn: true }).extend({
      meetingId: Slug.describe('The meeting of the body that took the item'),
    }),
    decide: onPlannedItem(markTaken),
    related: meetingStreams,
    url: '/work-programme/:planItemId/taken',
    roles: clerk,
    summary: 'Record that a meeting of the body took the planned item.',
    example: { planItemId: ITEM, meetingId: 'lg-2012-06-21' },
  },
  DropItem: {
    schema: workProgrammeEvents.ItemDropped.schema.extend({
      droppedOn: IsoDate.describe('The date it was dropped from the work programme'),
      reason: humanText(1000).describe('Why it was dropped'),
    }),
    decide: onPlannedItem(drop),
    url: '/work-programme/:planItemId/dropped',
    roles: clerk,
    summary: 'Drop a planned item from the work programme, with the reason.',
    example: { planItemId: ITEM, droppedOn: '2012-09-01', reason: 'Illustrative: overtaken by the new strategy' },
  },
} as const satisfies CommandTable;

/** Task-and-finish groups ("commissioning most of its work through task and finish groups", 2011/12 report). */
export const taskGroupCommands = {
  SetUpTaskGroup: {
    schema: taskGroupEvents.TaskGroupSetUp.schema,
    decide: decideTaskGroup,
    related: taskGroupStreams,
    url: '/task-groups',
    roles: clerk,
    summary: 'Record a task-and-finish group set up by a decision: remit, chair, members, end date; it reports back.',
    example: {
      taskGroupId: 'lg-planning-and-infrastructure-task-group',
      bodyId: 'leadership-gloucestershire',
      setUpBy: { proposalId: 'lg-2011-11-24-item-4', resolution: 'a' },
      name: 'Planning and infrastructure task and finish group',
      remit: 'To develop a "Gloucestershire Family" approach to planning and infrastructure development',
      chair: 'Illustrative: a member of Leadership Gloucestershire',
      members: ['Illustrative: a district council leader'],
      setUpOn: '2011-11-24',
      endsOn: '2012-06-30',
    },
  },
  ReportBackFromTaskGroup: {
    // The body and the date of a report come from the meeting.
    schema: taskGroupEvents.TaskGroupReportedBack.schema.omit({ bodyId: true, reportedOn: true }),
    decide: onTaskGroup(decideReport),
    related: reportStreams,
    url: '/task-groups/:taskGroupId/reports',
    roles: clerk,
    summary: 'Record a task group reporting back to the body that set it up, under an item of one of its meetings.',
    example: {
      taskGroupId: TASK_GROUP,
      meetingId: 'lg-2018-06-14',
      item: '2',
      summary: "Illustrative: the group's closing report on the county community safety partnership",
    },
  },
  EndTaskGroup: {
    schema: taskGroupEvents.TaskGroupEnded.schema,
    decide: onTaskGroup(decideEnd),
    url: '/task-groups/:taskGroupId/ending',
    roles: clerk,
    summary: 'Record that a task group finished and closed, at its end date or earlier (with the reason).',
    example: { taskGroupId: TASK_GROUP, endedOn: '2017-03-31' },
  },
} as const satisfies CommandTable;

/** The work programme reviewed at a meeting of its body: the example is the minutes of 14 June 2018, item 10. */
export const workProgrammeReviewCommands = {
  ReviewWorkProgramme: {
    // The command names the meeting and item; the date comes from the meeting.
    schema: reviewEvents.WorkProgrammeReviewed.schema.omit({ reviewedOn: true }),
    decide: decideReview,
    related: reviewStreams,
    url: '/bodies/:bodyId/work-programme-reviews',
    roles: clerk,
    summary: 'Record that a meeting of the body reviewed (considered) its work programme, under an item.',
    example: {
      bodyId: 'leadership-gloucestershire',
      meetingId: 'lg-2018-06-14',
      item: '10',
      note: 'The work programme attached to the meeting papers was noted.',
    },
  },
} as const satisfies CommandTable;

/** One planned item, on the stream `plan-item-<planItemId>`. */
export const planItemDecider = deciderOf(
  {
    aggregate: 'plan-item',
    initialState: initialPlanItemState,
    evolve: evolvePlanItem,
    streamIdOf: (command) => streamId('plan-item', command.data.planItemId),
  },
  workProgrammeCommands,
  workProgrammeEventSchemas,
);

/** One task-and-finish group, on the stream `task-group-<taskGroupId>`. */
export const taskGroupDecider = deciderOf(
  {
    aggregate: 'task-group',
    initialState: initialTaskGroupState,
    evolve: evolveTaskGroup,
    streamIdOf: (command) => streamId('task-group', command.data.taskGroupId),
  },
  taskGroupCommands,
  taskGroupEventSchemas,
);

/** A body's work programme reviews, on the stream `work-programme-<bodyId>`. */
export const reviewDecider = deciderOf(
  {
    aggregate: 'work-programme',
    initialState: initialReviewState,
    evolve: evolveReview,
    streamIdOf: (command) => streamId('work-programme', command.data.bodyId),
  },
  workProgrammeReviewCommands,
  reviewEventSchemas,
);

export const workProgramme: Feature = {
  name: 'work-programme',
  deciders: [planItemDecider, taskGroupDecider, reviewDecider],
  commands: { ...workProgrammeCommands, ...taskGroupCommands, ...workProgrammeReviewCommands },
  events: { ...workProgrammeEventSchemas, ...taskGroupEventSchemas, ...reviewEventSchemas },
};

export type { WorkProgrammeCommand } from './commands.js';
export type { WorkProgrammeEvent } from './events.js';
export type { PlanItemState } from './state.js';
export type { TaskGroupCommand, TaskGroupEvent } from './task-group.js';
export type { ReviewEvent } from './review.js';
/** Every work programme review command, from the table above. */
export type ReviewCommand = CommandsOf<typeof workProgrammeReviewCommands>;
