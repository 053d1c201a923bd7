/**
 * What the ledger records on a `task-group-<id>` stream: a task-and-finish group set up by a
 * decision of a body, each report it makes back to that body at one of its meetings, and its end.
 * The 2008 prospectus: task groups and working groups report back to the body that set them up.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { DecisionReference } from '../shared/references.js';

const taskGroupId = Slug.describe('The group, named by the clerk, e.g. lg-planning-and-infrastructure-task-group');

export const TaskGroupSetUpData = z.object({
  taskGroupId,
  bodyId: Slug.describe('The body that set it up and to which it reports back, e.g. leadership-gloucestershire'),
  setUpBy: DecisionReference.describe("The body's decision that set the group up"),
  name: humanText(200).describe('What the group is called'),
  remit: humanText(2000).describe('What it is to do, as the decision words it'),
  chair: humanText(200).describe('Who chairs it'),
  members: z.array(humanText(200)).max(50).describe('Its members, as the decision names them'),
  setUpOn: IsoDate.describe('The date of the decision'),
  endsOn: IsoDate.describe('When it is to finish and report back'),
});
export type TaskGroupSetUpData = z.infer<typeof TaskGroupSetUpData>;

export const TaskGroupReportedBackData = z.object({
  taskGroupId,
  bodyId: Slug.describe('The body that set the group up, which received the report'),
  meetingId: Slug.describe('The meeting of that body that received the report, e.g. abg-2009-01-29'),
  item: z.string().min(1).max(20).describe('The agenda item under which it was received, e.g. "2"'),
  reportedOn: IsoDate.describe("The meeting's date"),
  summary: humanText(2000).describe('What the group reported, as the minutes record it'),
});
export type TaskGroupReportedBackData = z.infer<typeof TaskGroupReportedBackData>;

export const TaskGroupEndedData = z.object({
  taskGroupId,
  endedOn: IsoDate.describe('The date the group finished its work and closed'),
  reason: humanText(1000)
    .optional()
    .describe('Why it ended, when not simply at its end date, e.g. its remit was taken over'),
});
export type TaskGroupEndedData = z.infer<typeof TaskGroupEndedData>;

/** A body set up a task-and-finish group, which reports back to it by `endsOn`. */
export type TaskGroupSetUp = { type: 'TaskGroupSetUp'; data: TaskGroupSetUpData };
/** The group reported back to the body that set it up, received under an item of one of its meetings. */
export type TaskGroupReportedBack = { type: 'TaskGroupReportedBack'; data: TaskGroupReportedBackData };
/** The group finished and closed; it takes no more reports. */
export type TaskGroupEnded = { type: 'TaskGroupEnded'; data: TaskGroupEndedData };
export type TaskGroupEvent = TaskGroupSetUp | TaskGroupReportedBack | TaskGroupEnded;

export const taskGroupEventSchemas = {
  TaskGroupSetUp: TaskGroupSetUpData,
  TaskGroupReportedBack: TaskGroupReportedBackData,
  TaskGroupEnded: TaskGroupEndedData,
} satisfies Record<TaskGroupEvent['type'], z.ZodType>;

/** The commands carry what their events say; the body and date of a report come from the meeting. */
export const SetUpTaskGroupData = TaskGroupSetUpData;
export const ReportBackFromTaskGroupData = TaskGroupReportedBackData.omit({ bodyId: true, reportedOn: true });
export const EndTaskGroupData = TaskGroupEndedData;
export type SetUpTaskGroupData = z.output<typeof SetUpTaskGroupData>;
export type ReportBackFromTaskGroupData = z.output<typeof ReportBackFromTaskGroupData>;
export type EndTaskGroupData = z.output<typeof EndTaskGroupData>;
