/**
 * Task-and-finish groups, on their own `task-group-<id>` stream: set up by a decision of a body,
 * with a remit, a chair, members and an end date, reporting back to the body that set it up. The
 * 2011/12 annual report: Leadership Gloucestershire is "commissioning most of its work through task
 * and finish groups", which "will be chaired by a member of Leadership Gloucestershire".
 */
import { z } from 'zod';
import type { BodyState } from '../directory/state.js';
import type { ProposalState } from '../decisions/state.js';
import { relatedState, type Related } from '../related.js';
import { establishedBody, resolutionInForce } from '../shared/citations.js';
import { isRejection, type Rejection } from '../shared/decider.js';
import type { CommandsOf } from '../shared/feature.js';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';
import { Slug, streamId } from '../shared/identifiers.js';
import { DecisionReference } from '../shared/references.js';
import type { taskGroupCommands } from './index.js';
import { workProgrammeRejection as no, type WorkProgrammeRejectionCode } from './rejections.js';

export const TaskGroupSetUpData = z.object({
  taskGroupId: Slug.describe('The group, named by the clerk, e.g. lg-planning-and-infrastructure-task-group'),
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
/** The command carries what its event says. */
export const SetUpTaskGroupData = TaskGroupSetUpData;

/** A body set up a task-and-finish group, which reports back to it by `endsOn`. */
export type TaskGroupSetUp = { type: 'TaskGroupSetUp'; data: TaskGroupSetUpData };
export type TaskGroupEvent = TaskGroupSetUp;
export const taskGroupEventSchemas = { TaskGroupSetUp: TaskGroupSetUpData } satisfies Record<
  TaskGroupEvent['type'],
  z.ZodType
>;

export type SetUpTaskGroupData = z.output<typeof SetUpTaskGroupData>;
/** Every task group command, from the table in index.ts. */
export type TaskGroupCommand = CommandsOf<typeof taskGroupCommands>;

export interface TaskGroupState {
  readonly status: 'none' | 'set-up';
}
export const initialTaskGroupState: TaskGroupState = { status: 'none' };

/** Its one event sets the group up; a later event (reported back, say) adds a case here. */
export function evolveTaskGroup(state: TaskGroupState, event: TaskGroupEvent): TaskGroupState {
  return event.data.taskGroupId ? { ...state, status: 'set-up' } : state;
}

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
  return [{ type: 'TaskGroupSetUp', data: { ...data, setUpBy: { ...data.setUpBy }, members: [...data.members] } }];
}

/** Setting a group up reads its body and the decision that set it up. */
export function taskGroupStreams(data: SetUpTaskGroupData): string[] {
  return [streamId('body', data.bodyId), streamId('proposal', data.setUpBy.proposalId)];
}
