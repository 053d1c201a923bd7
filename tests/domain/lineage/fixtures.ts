/**
 * The world a lineage rule reads through `related`: the illustrative plant-closure response of the
 * 2008 prospectus's Appendix 1 (the dates are made up; the prospectus gives none), with the joint
 * meeting of the two LSPs and Gloucestershire First, the special ABG meeting and the task group.
 */
import type { BodyEvent } from '../../../src/domain/directory/events.js';
import { evolveBody, initialBodyState } from '../../../src/domain/directory/state.js';
import type { MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { evolveMeeting, initialMeetingState } from '../../../src/domain/meetings/state.js';
import { fold } from '../shared/given.js';

export const FOREST_LSP = 'forest-of-dean-local-strategic-partnership';
export const JOINT = 'employco-joint-meeting';
export const ABG = 'accountable-bodies-group';
export const TASK_GROUP = 'employco-task-group';
export const GSP = 'gloucestershire-strategic-partnership';

export const FOREST_MEETING = 'fodlsp-2008-10-13';
export const JOINT_MEETING = 'employco-joint-2008-10-20';
export const ABG_SPECIAL = 'abg-2008-10-30';
export const TASK_GROUP_MEETING = 'employco-task-group-2008-11-10';
export const CANCELLED = 'abg-2008-10-29';

export const FOREST_MATTER = `${FOREST_MEETING}-item-1`;
export const JOINT_MATTER = `${JOINT_MEETING}-item-1`;
export const ABG_MATTER = `${ABG_SPECIAL}-item-1`;
export const TASK_GROUP_MATTER = `${TASK_GROUP_MEETING}-item-1`;

const body = (bodyId: string, name: string): BodyEvent => ({
  type: 'BodyEstablished',
  data: { bodyId, name, type: 'strategic-partnership', establishedOn: '2008-01-01' },
});

const meeting = (meetingId: string, bodyId: string, date: string, title: string, cancelled = false) =>
  fold(evolveMeeting, initialMeetingState, [
    { type: 'MeetingScheduled', data: { meetingId, bodyId, date } },
    { type: 'ItemTabled', data: { meetingId, number: '1', title, presenters: [] } },
    ...(cancelled
      ? [{ type: 'MeetingCancelled', data: { meetingId, reason: 'Fixture: cancelled' } } as MeetingsEvent]
      : []),
  ] satisfies MeetingsEvent[]);

export const world: Record<string, unknown> = {
  [`body-${FOREST_LSP}`]: fold(evolveBody, initialBodyState, [
    body(FOREST_LSP, 'Forest of Dean Local Strategic Partnership'),
  ]),
  [`body-${JOINT}`]: fold(evolveBody, initialBodyState, [body(JOINT, 'Joint meeting on the Employco closure')]),
  [`body-${ABG}`]: fold(evolveBody, initialBodyState, [body(ABG, 'Accountable Bodies Group')]),
  [`body-${TASK_GROUP}`]: fold(evolveBody, initialBodyState, [body(TASK_GROUP, 'Employco task group')]),
  [`body-${GSP}`]: fold(evolveBody, initialBodyState, [body(GSP, 'Gloucestershire Strategic Partnership')]),
  [`meeting-${FOREST_MEETING}`]: meeting(FOREST_MEETING, FOREST_LSP, '2008-10-13', 'Employco plant closure'),
  [`meeting-${JOINT_MEETING}`]: meeting(
    JOINT_MEETING,
    JOINT,
    '2008-10-20',
    'A strategy for the Employco workforce and site',
  ),
  [`meeting-${ABG_SPECIAL}`]: meeting(ABG_SPECIAL, ABG, '2008-10-30', 'Employco action plan'),
  [`meeting-${TASK_GROUP_MEETING}`]: meeting(
    TASK_GROUP_MEETING,
    TASK_GROUP,
    '2008-11-10',
    'Overseeing the action plan',
  ),
  [`meeting-${CANCELLED}`]: meeting(CANCELLED, ABG, '2008-10-29', 'Employco action plan', true),
};
