/**
 * What the ledger records on a `task-group-<id>` stream: a task-and-finish group set up by a
 * decision of a body, each report it makes back to that body at one of its meetings, and its end.
 * The 2008 prospectus: task groups and working groups report back to the body that set them up.
 * Each event declared once, with its schema (the contract) and how the group's state takes it.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { DecisionReference } from '../shared/references.js';
import type { TaskGroupState } from './task-group.js';

const taskGroupId = Slug.describe('The group, named by the clerk, e.g. lg-planning-and-infrastructure-task-group');

const on = folding<TaskGroupState>();

export const taskGroupEvents = {
  /** A body set up a task-and-finish group, which reports back to it by `endsOn`. */
  TaskGroupSetUp: on(
    z.object({
      taskGroupId,
      bodyId: Slug.describe('The body that set it up and to which it reports back, e.g. leadership-gloucestershire'),
      setUpBy: DecisionReference.describe("The body's decision that set the group up"),
      name: humanText(200).describe('What the group is called'),
      remit: humanText(2000).describe('What it is to do, as the decision words it'),
      chair: humanText(200).describe('Who chairs it'),
      members: z.array(humanText(200)).max(50).describe('Its members, as the decision names them'),
      setUpOn: IsoDate.describe('The date of the decision'),
      endsOn: IsoDate.describe('When it is to finish and report back'),
    }),
    (state, data) => ({ ...state, status: 'set-up', bodyId: data.bodyId, setUpOn: data.setUpOn }),
  ),
  /** The group reported back to the body that set it up, received under an item of one of its meetings. */
  TaskGroupReportedBack: on(
    z.object({
      taskGroupId,
      bodyId: Slug.describe('The body that set the group up, which received the report'),
      meetingId: Slug.describe('The meeting of that body that received the report, e.g. abg-2009-01-29'),
      item: z.string().min(1).max(20).describe('The agenda item under which it was received, e.g. "2"'),
      reportedOn: IsoDate.describe("The meeting's date"),
      summary: humanText(2000).describe('What the group reported, as the minutes record it'),
    }),
    (state, data) => ({ ...state, reportedAt: [...state.reportedAt, data.meetingId] }),
  ),
  /** The group finished and closed; it takes no more reports. */
  TaskGroupEnded: on(
    z.object({
      taskGroupId,
      endedOn: IsoDate.describe('The date the group finished its work and closed'),
      reason: humanText(1000)
        .optional()
        .describe('Why it ended, when not simply at its end date, e.g. its remit was taken over'),
    }),
    (state) => ({ ...state, status: 'ended' }),
  ),
} as const satisfies EventTable<TaskGroupState>;

/** Every task group event, as `{ type, data }`, from the event table. */
export type TaskGroupEvent = EventsOf<typeof taskGroupEvents>;
/** One task group event's data, by its type. */
export type TaskGroupEventData<K extends keyof typeof taskGroupEvents> = EventDataOf<typeof taskGroupEvents, K>;

/** Event type -> schema of its data. */
export const taskGroupEventSchemas = schemasOf(taskGroupEvents);

/** How a task group's state takes each of its events, dispatched through the table. */
export const evolveTaskGroup = evolverOf<TaskGroupState, typeof taskGroupEvents>(taskGroupEvents);
