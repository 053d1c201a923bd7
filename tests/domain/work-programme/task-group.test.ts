/**
 * The task-and-finish group rules, one row per rule. The 2011/12 annual report: Leadership
 * Gloucestershire "established a task and finish group to develop a "Gloucestershire Family"
 * approach to planning and infrastructure development"; its chair, members, decision and dates
 * are not given, so those here are illustrative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evolveProposal, initialProposalState } from '../../../src/domain/decisions/state.js';
import { evolveBody, initialBodyState } from '../../../src/domain/directory/state.js';
import { relatedFrom } from '../../../src/domain/related.js';
import { taskGroupCommands, taskGroupDecider } from '../../../src/domain/work-programme/index.js';
import type { TaskGroupCommand, TaskGroupEvent } from '../../../src/domain/work-programme/task-group.js';
import { eventsOrCode } from '../shared/given.js';

const LG = 'leadership-gloucestershire';
const PROPOSAL = 'lg-2011-11-24-item-4';
const related = relatedFrom(
  new Map<string, unknown>([
    [
      `body-${LG}`,
      evolveBody(initialBodyState, {
        type: 'BodyEstablished',
        data: { bodyId: LG, name: 'Leadership Gloucestershire', type: 'strategic-partnership' },
      }),
    ],
    [
      `proposal-${PROPOSAL}`,
      evolveProposal(initialProposalState, {
        type: 'ResolutionRecorded',
        data: {
          proposalId: PROPOSAL,
          meetingId: 'lg-2011-11-24',
          item: '4',
          resolution: 'a',
          text: 'Set up the group',
        },
      } as never),
    ],
  ]),
);
const example = taskGroupCommands.SetUpTaskGroup.example;
const setUp = (extra: Record<string, unknown> = {}) => ({
  type: 'SetUpTaskGroup' as const,
  data: taskGroupCommands.SetUpTaskGroup.schema.parse({ ...example, ...extra }),
});
const set: TaskGroupEvent = { type: 'TaskGroupSetUp', data: setUp().data };

function when(given: readonly TaskGroupEvent[], cmd: TaskGroupCommand): readonly TaskGroupEvent[] | string {
  return eventsOrCode(taskGroupDecider, given, cmd, related);
}

describe.each<[string, readonly TaskGroupEvent[], TaskGroupCommand, readonly TaskGroupEvent[] | string]>([
  ['sets the group up, reporting back to the body that set it up', [], setUp(), [set]],
  ['refuses the same group twice', [set], setUp(), 'TASK_GROUP_ALREADY_SET_UP'],
  ['refuses a body not in the directory', [], setUp({ bodyId: 'cheltenham-lsp' }), 'BODY_NOT_ESTABLISHED'],
  [
    'refuses a decision not recorded',
    [],
    setUp({ setUpBy: { proposalId: PROPOSAL, resolution: 'b' } }),
    'DECISION_NOT_FOUND',
  ],
  ['refuses an end date before it was set up', [], setUp({ endsOn: '2011-11-01' }), 'TASK_GROUP_ENDS_BEFORE_SET_UP'],
])('%s', (_name, given, cmd, expected) => {
  it('decides as the rule says', () => {
    expect(when(given, cmd)).toEqual(expected);
  });
});

it("the example's remit quotes the annual report, and what it does not give is illustrative", () => {
  const seed = readFileSync(new URL('../../../fixtures/minutes/annual-report-2011-12.txt', import.meta.url), 'utf8');
  expect(seed.replace(/\s+/g, ' ')).toContain(
    'established a task and finish group to develop a "Gloucestershire Family" approach to ' +
      'planning and infrastructure development',
  );
  expect(example.remit).toContain('"Gloucestershire Family" approach to planning and infrastructure development');
  expect(example.chair).toMatch(/^Illustrative/);
});
