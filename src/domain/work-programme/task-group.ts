/**
 * Task-and-finish groups, on their own `task-group-<id>` stream: set up by a decision of a body,
 * with a remit, a chair, members and an end date, reporting back to the body that set it up, and
 * closed when they finish. The 2011/12 annual report: Leadership Gloucestershire is "commissioning
 * most of its work through task and finish groups", which "will be chaired by a member of
 * Leadership Gloucestershire".
 */
import type { BodyState } from '../directory/state.js';
import type { ProposalState } from '../decisions/state.js';
import type { MeetingState } from '../meetings/state.js';
import { relatedState, type Related } from '../related.js';
import { establishedBody, meetingForRecording, meetingOfBody, resolutionInForce } from '../shared/citations.js';
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import type { CommandsOf } from '../shared/feature.js';
import { streamId } from '../shared/identifiers.js';
import type { taskGroupCommands } from './index.js';
import type { WorkProgrammeRejectionCode } from './rejections.js';
import type { TaskGroupEvent, TaskGroupEventData } from './task-group-events.js';

export * from './task-group-events.js';

/** Every task group command, from the table in index.ts. */
export type TaskGroupCommand = CommandsOf<typeof taskGroupCommands>;

export interface TaskGroupState {
  readonly status: 'none' | 'set-up' | 'ended';
  readonly bodyId: string;
  readonly setUpOn: string;
  /** The meetings that have received a report from the group. */
  readonly reportedAt: readonly string[];
}
export const initialTaskGroupState: TaskGroupState = { status: 'none', bodyId: '', setUpOn: '', reportedAt: [] };

/** The codes of the rules on a task group. */
export const taskGroupMessages = {
  TASK_GROUP_ALREADY_SET_UP: (id: string) => `Task group ${id} is already set up; give a new group its own id.`,
  TASK_GROUP_ENDS_BEFORE_SET_UP: (endsOn: string, setUpOn: string) =>
    `The end date ${endsOn} is not after the date the group was set up, ${setUpOn}; check the dates.`,
  TASK_GROUP_NOT_FOUND: (id: string) => `There is no task group ${id}: record the decision that set it up first.`,
  TASK_GROUP_REPORT_BEFORE_SET_UP: (meetingId: string, setUpOn: string) =>
    `Meeting ${meetingId} was before the group was set up on ${setUpOn}; a report back is received at a later meeting.`,
  TASK_GROUP_ALREADY_REPORTED: (id: string, meetingId: string) =>
    `The report of task group ${id} to ${meetingId} is already recorded; record one report per meeting.`,
  TASK_GROUP_ALREADY_ENDED: (id: string) =>
    `Task group ${id} has already ended; its reports may still be recorded, but it ends only once.`,
  TASK_GROUP_ENDED_BEFORE_SET_UP: (endedOn: string, setUpOn: string) =>
    `The group cannot end on ${endedOn}, before it was set up on ${setUpOn}; check the date.`,
} as const;

const no = rejectionsFrom(taskGroupMessages);

/** Each command as its rules read it (its schema is in the command table): its event's fields. */
type SetUpTaskGroupData = TaskGroupEventData<'TaskGroupSetUp'>;
type ReportBackFromTaskGroupData = Omit<TaskGroupEventData<'TaskGroupReportedBack'>, 'bodyId' | 'reportedOn'>;
type EndTaskGroupData = TaskGroupEventData<'TaskGroupEnded'>;

type Decision = readonly TaskGroupEvent[] | Rejection<WorkProgrammeRejectionCode>;

export function decideTaskGroup(data: SetUpTaskGroupData, state: TaskGroupState, rel: Related): Decision {
  if (state.status !== 'none') return no('TASK_GROUP_ALREADY_SET_UP', data.taskGroupId);
  const body = establishedBody(relatedState<BodyState>(rel, 'body', data.bodyId), data.bodyId);
  if (isRejection(body)) return body;
  const decision = resolutionInForce(
    relatedState<ProposalState>(rel, 'proposal', data.setUpBy.proposalId),
    data.setUpBy,
  );
  if (isRejection(decision)) return decision;
  if (data.endsOn <= data.setUpOn) return no('TASK_GROUP_ENDS_BEFORE_SET_UP', data.endsOn, data.setUpOn);
  const { taskGroupId, bodyId, setUpBy, name, remit, chair, members, setUpOn, endsOn } = data;
  const setUp = {
    taskGroupId,
    bodyId,
    setUpBy: { ...setUpBy },
    name,
    remit,
    chair,
    members: [...members],
    setUpOn,
    endsOn,
  };
  return [{ type: 'TaskGroupSetUp', data: setUp }];
}

/** Setting a group up reads its body and the decision that set it up. */
export function taskGroupStreams(data: SetUpTaskGroupData): string[] {
  return [streamId('body', data.bodyId), streamId('proposal', data.setUpBy.proposalId)];
}

/** A report back reads the meeting that received it. */
export function reportStreams(data: ReportBackFromTaskGroupData): string[] {
  return [streamId('meeting', data.meetingId)];
}

/** Reports and the ending apply to a group that was set up. */
export function onTaskGroup<D extends { taskGroupId: string }>(
  rules: (data: D, state: TaskGroupState, rel: Related) => Decision,
): (data: D, state: TaskGroupState, rel: Related) => Decision {
  return (data, state, rel) =>
    state.status === 'none' ? no('TASK_GROUP_NOT_FOUND', data.taskGroupId) : rules(data, state, rel);
}

/**
 * A group reports back to the body that set it up, at one of its meetings after the group was set
 * up, once per meeting; a final report may come after the group ended.
 */
export function decideReport(data: ReportBackFromTaskGroupData, state: TaskGroupState, rel: Related): Decision {
  const { taskGroupId, meetingId, item, summary } = data;
  const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId, item);
  if (isRejection(meeting)) return meeting;
  // It reports back to the body that set it up.
  const own = meetingOfBody(meeting, state.bodyId);
  if (isRejection(own)) return own;
  if (meeting.date < state.setUpOn) return no('TASK_GROUP_REPORT_BEFORE_SET_UP', meetingId, state.setUpOn);
  if (state.reportedAt.includes(meetingId)) return no('TASK_GROUP_ALREADY_REPORTED', taskGroupId, meetingId);
  const reported = { taskGroupId, bodyId: state.bodyId, meetingId, item, reportedOn: meeting.date, summary };
  return [{ type: 'TaskGroupReportedBack', data: reported }];
}

export function decideEnd(data: EndTaskGroupData, state: TaskGroupState): Decision {
  const { taskGroupId, endedOn, reason } = data;
  if (state.status === 'ended') return no('TASK_GROUP_ALREADY_ENDED', taskGroupId);
  if (endedOn < state.setUpOn) return no('TASK_GROUP_ENDED_BEFORE_SET_UP', endedOn, state.setUpOn);
  return [{ type: 'TaskGroupEnded', data: { taskGroupId, endedOn, ...(reason ? { reason } : {}) } }];
}
