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
import { establishedBody, meetingForRecording, resolutionInForce } from '../shared/citations.js';
import { isRejection, unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { streamId } from '../shared/identifiers.js';
import { workProgrammeRejection as no, type WorkProgrammeRejectionCode } from './rejections.js';
import type { ReportBackFromTaskGroup, SetUpTaskGroup, TaskGroupCommand, TaskGroupEvent } from './task-group-events.js';

export * from './task-group-events.js';

export interface TaskGroupState {
  readonly status: 'none' | 'set-up' | 'ended';
  readonly bodyId: string;
  readonly setUpOn: string;
  /** The meetings that have received a report from the group. */
  readonly reportedAt: readonly string[];
}
export const initialTaskGroupState: TaskGroupState = { status: 'none', bodyId: '', setUpOn: '', reportedAt: [] };

export function evolveTaskGroup(state: TaskGroupState, event: TaskGroupEvent): TaskGroupState {
  switch (event.type) {
    case 'TaskGroupSetUp':
      return { ...state, status: 'set-up', bodyId: event.data.bodyId, setUpOn: event.data.setUpOn };
    case 'TaskGroupReportedBack':
      return { ...state, reportedAt: [...state.reportedAt, event.data.meetingId] };
    case 'TaskGroupEnded':
      return { ...state, status: 'ended' };
    default:
      return unreachable(event);
  }
}

type Decision = readonly TaskGroupEvent[] | Rejection<WorkProgrammeRejectionCode>;

function decideSetUp(command: SetUpTaskGroup, state: TaskGroupState, rel: Related): Decision {
  const data = command.data;
  if (state.status !== 'none') return no('TASK_GROUP_ALREADY_SET_UP', data.taskGroupId);
  const body = establishedBody(relatedState<BodyState>(rel, 'body', data.bodyId), data.bodyId);
  if (isRejection(body)) return body;
  const decision = resolutionInForce(
    relatedState<ProposalState>(rel, 'proposal', data.setUpBy.proposalId),
    data.setUpBy,
  );
  if (isRejection(decision)) return decision;
  if (data.endsOn <= data.setUpOn) return no('TASK_GROUP_ENDS_BEFORE_SET_UP', data.endsOn, data.setUpOn);
  return [{ type: 'TaskGroupSetUp', data: { ...data, setUpBy: { ...data.setUpBy }, members: [...data.members] } }];
}

/**
 * A group reports back to the body that set it up, at one of its meetings after the group was set
 * up, once per meeting; a final report may come after the group ended.
 */
function decideReport(command: ReportBackFromTaskGroup, state: TaskGroupState, rel: Related): Decision {
  const { taskGroupId, meetingId, item, summary } = command.data;
  const meeting = meetingForRecording(relatedState<MeetingState>(rel, 'meeting', meetingId), meetingId, item);
  if (isRejection(meeting)) return meeting;
  if (meeting.bodyId !== state.bodyId)
    return no('TASK_GROUP_REPORTS_TO_ITS_BODY', taskGroupId, meetingId, state.bodyId);
  if (meeting.date < state.setUpOn) return no('TASK_GROUP_REPORT_BEFORE_SET_UP', meetingId, state.setUpOn);
  if (state.reportedAt.includes(meetingId)) return no('TASK_GROUP_ALREADY_REPORTED', taskGroupId, meetingId);
  const data = { taskGroupId, bodyId: state.bodyId, meetingId, item, reportedOn: meeting.date, summary };
  return [{ type: 'TaskGroupReportedBack', data }];
}

export function decideTaskGroup(command: TaskGroupCommand, state: TaskGroupState, rel: Related): Decision {
  if (command.type === 'SetUpTaskGroup') return decideSetUp(command, state, rel);
  const id = command.data.taskGroupId;
  if (state.status === 'none') return no('TASK_GROUP_NOT_FOUND', id);
  switch (command.type) {
    case 'ReportBackFromTaskGroup':
      return decideReport(command, state, rel);
    case 'EndTaskGroup': {
      const { endedOn, reason } = command.data;
      if (state.status === 'ended') return no('TASK_GROUP_ALREADY_ENDED', id);
      if (endedOn < state.setUpOn) return no('TASK_GROUP_ENDED_BEFORE_SET_UP', endedOn, state.setUpOn);
      return [{ type: 'TaskGroupEnded', data: { taskGroupId: id, endedOn, ...(reason ? { reason } : {}) } }];
    }
    default:
      return unreachable(command);
  }
}

function related(command: TaskGroupCommand): string[] {
  switch (command.type) {
    case 'SetUpTaskGroup':
      return [streamId('body', command.data.bodyId), streamId('proposal', command.data.setUpBy.proposalId)];
    case 'ReportBackFromTaskGroup':
      return [streamId('meeting', command.data.meetingId)];
    case 'EndTaskGroup':
      return [];
    default:
      return unreachable(command);
  }
}

export const taskGroupDecider: Decider<TaskGroupCommand, TaskGroupEvent, TaskGroupState, WorkProgrammeRejectionCode> = {
  aggregate: 'task-group',
  initialState: initialTaskGroupState,
  evolve: evolveTaskGroup,
  decide: decideTaskGroup,
  streamIdOf: (command) => streamId('task-group', command.data.taskGroupId),
  related,
};
