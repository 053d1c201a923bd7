/**
 * A task group reports back to the body that set it up, and ends: one row per rule. The 2008
 * prospectus's plant-closure example has the Accountable Bodies Group set up "a task group led by
 * Gloucestershire First"; the meetings and dates here are illustrative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relatedFrom } from '../../../src/domain/related.js';
import { taskGroupCommands, taskGroupDecider } from '../../../src/domain/work-programme/index.js';
import { eventsOrCode } from '../shared/given.js';
import { type TaskGroupCommand, type TaskGroupEvent } from '../../../src/domain/work-programme/task-group.js';
import { meetingState } from './meetings.js';

const ABG = 'accountable-bodies-group';
const GROUP = 'employco-task-group';
const JANUARY = 'abg-2009-01-29';
const related = relatedFrom(
  new Map<string, unknown>([
    [`meeting-${JANUARY}`, meetingState(JANUARY, ABG, '2009-01-29', ['1', '2'])],
    ['meeting-abg-2008-09-25', meetingState('abg-2008-09-25', ABG, '2008-09-25')],
    ['meeting-abg-2009-02-26', meetingState('abg-2009-02-26', ABG, '2009-02-26', ['1'], true)],
    ['meeting-gsp-2009-01-22', meetingState('gsp-2009-01-22', 'gloucestershire-strategic-partnership', '2009-01-22')],
  ]),
);

const setUp: TaskGroupEvent = {
  type: 'TaskGroupSetUp',
  data: {
    taskGroupId: GROUP,
    bodyId: ABG,
    setUpBy: { proposalId: 'abg-2008-10-30-item-1', resolution: 'b' },
    name: 'Employco task group',
    remit: 'To oversee the action plan',
    chair: 'Illustrative: Gloucestershire First',
    members: ['Illustrative: Forest of Dean LSP'],
    setUpOn: '2008-10-30',
    endsOn: '2009-03-31',
  },
};
const summary = 'Illustrative: the workforce support is in place';
const report = (extra: Record<string, unknown> = {}): TaskGroupCommand => ({
  type: 'ReportBackFromTaskGroup',
  data: taskGroupCommands.ReportBackFromTaskGroup.schema.parse({
    taskGroupId: GROUP,
    meetingId: JANUARY,
    item: '2',
    summary,
    ...extra,
  }),
});
const end = (extra: Record<string, unknown> = {}): TaskGroupCommand => ({
  type: 'EndTaskGroup',
  data: taskGroupCommands.EndTaskGroup.schema.parse({ taskGroupId: GROUP, endedOn: '2009-03-31', ...extra }),
});
const reported: TaskGroupEvent = {
  type: 'TaskGroupReportedBack',
  data: { taskGroupId: GROUP, bodyId: ABG, meetingId: JANUARY, item: '2', reportedOn: '2009-01-29', summary },
};
const ended: TaskGroupEvent = { type: 'TaskGroupEnded', data: { taskGroupId: GROUP, endedOn: '2009-03-31' } };

function when(given: readonly TaskGroupEvent[], cmd: TaskGroupCommand): readonly TaskGroupEvent[] | string {
  return eventsOrCode(taskGroupDecider, given, cmd, related);
}

describe.each<[string, readonly TaskGroupEvent[], TaskGroupCommand, readonly TaskGroupEvent[] | string]>([
  ['records the report received at a meeting of the body that set the group up', [setUp], report(), [reported]],
  ['takes a final report after the group ended', [setUp, ended], report(), [reported]],
  [
    'refuses a second report to the same meeting',
    [setUp, reported],
    report({ item: '1' }),
    'TASK_GROUP_ALREADY_REPORTED',
  ],
  ['refuses a report from a group never set up', [], report(), 'TASK_GROUP_NOT_FOUND'],
  ['refuses a meeting not scheduled', [setUp], report({ meetingId: 'abg-2009-05-28' }), 'MEETING_NOT_SCHEDULED'],
  ['refuses a cancelled meeting', [setUp], report({ meetingId: 'abg-2009-02-26', item: '1' }), 'MEETING_CANCELLED'],
  ['refuses an item not on the agenda', [setUp], report({ item: '7' }), 'ITEM_NOT_ON_AGENDA'],
  [
    'refuses a meeting of another body: a group reports back to the body that set it up',
    [setUp],
    report({ meetingId: 'gsp-2009-01-22', item: '1' }),
    'MEETING_OF_ANOTHER_BODY',
  ],
  [
    'refuses a meeting before the group was set up',
    [setUp],
    report({ meetingId: 'abg-2008-09-25', item: '1' }),
    'TASK_GROUP_REPORT_BEFORE_SET_UP',
  ],
  ['closes the group at its end date', [setUp, reported], end(), [ended]],
  [
    'closes it early, with the reason',
    [setUp],
    end({ endedOn: '2009-01-29', reason: 'Illustrative: its remit was taken over' }),
    [
      {
        type: 'TaskGroupEnded',
        data: { taskGroupId: GROUP, endedOn: '2009-01-29', reason: 'Illustrative: its remit was taken over' },
      },
    ],
  ],
  ['refuses ending a group never set up', [], end(), 'TASK_GROUP_NOT_FOUND'],
  ['refuses ending it twice', [setUp, ended], end(), 'TASK_GROUP_ALREADY_ENDED'],
  ['refuses an end before it was set up', [setUp], end({ endedOn: '2008-10-01' }), 'TASK_GROUP_ENDED_BEFORE_SET_UP'],
])('%s', (_name, given, cmd, expected) => {
  it('decides as the rule says', () => {
    expect(when(given, cmd)).toEqual(expected);
  });
});

it('the examples name the seed scenario: its task group, and a meeting of the body that set it up', () => {
  const { ReportBackFromTaskGroup, EndTaskGroup, SetUpTaskGroup } = taskGroupCommands;
  expect(ReportBackFromTaskGroup.example.taskGroupId).toBe(EndTaskGroup.example.taskGroupId);
  expect(ReportBackFromTaskGroup.example.meetingId).toMatch(/^lg-/);
  expect(SetUpTaskGroup.example.bodyId).toBe('leadership-gloucestershire');
  expect(ReportBackFromTaskGroup.example.summary).toMatch(/^Illustrative/);
});

it('the prospectus has a group formed for a piece of work report back to the partnership', () => {
  const prospectus = readFileSync(new URL('../../../fixtures/minutes/prospectus-2008.txt', import.meta.url), 'utf8');
  expect(prospectus.replace(/\s+/g, ' ')).toContain(
    'a report back is made and discussed by the GSP as a whole and a new countywide policy is formulated',
  );
});
