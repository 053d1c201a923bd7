/**
 * Lineage links, decided on the matter that makes them: the illustrative plant-closure response
 * of the 2008 prospectus (Appendix 1): "an action plan is signed off at a special meeting of the
 * Accountable Bodies Group". One row per rule: accepted, and each rejection.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionsCommand } from '../../../src/domain/decisions/commands.js';
import { proposalDecider } from '../../../src/domain/decisions/index.js';
import type { DecisionsEvent } from '../../../src/domain/decisions/events.js';
import type { LinkDecisionData } from '../../../src/domain/lineage/commands.js';
import { decideAfter, decideOn, stateOf, type Outcome } from '../shared/given.js';
import {
  ABG,
  ABG_MATTER,
  ABG_SPECIAL,
  CANCELLED,
  FOREST_LSP,
  FOREST_MATTER,
  FOREST_MEETING,
  GSP,
  JOINT,
  JOINT_MATTER,
  JOINT_MEETING,
  TASK_GROUP,
  TASK_GROUP_MATTER,
  TASK_GROUP_MEETING,
  world,
} from './fixtures.js';

const signOff = 'To sign off the action plan for the Employco workforce and site';
const abgResolution: DecisionsEvent = {
  type: 'ResolutionRecorded',
  data: { proposalId: ABG_MATTER, meetingId: ABG_SPECIAL, item: '1', resolution: 'a', text: signOff },
};
const jointEnd = { bodyId: JOINT, meetingId: JOINT_MEETING, item: '1', proposalId: JOINT_MATTER, resolution: 'a' };
const authorises: LinkDecisionData = {
  proposalId: ABG_MATTER,
  meetingId: ABG_SPECIAL,
  item: '1',
  resolution: 'a',
  kind: 'authorises',
  to: jointEnd,
};
const abgEnd = { bodyId: ABG, meetingId: ABG_SPECIAL, item: '1', proposalId: ABG_MATTER, resolution: 'a' };
const linked = (data: LinkDecisionData, fromBody: string): DecisionsEvent => ({
  type: 'DecisionLinked',
  data: {
    proposalId: data.proposalId,
    kind: data.kind,
    from: {
      bodyId: fromBody,
      meetingId: data.meetingId,
      item: data.item,
      proposalId: data.proposalId,
      ...(data.resolution ? { resolution: data.resolution } : {}),
    },
    to: data.to,
    ...(data.resolution ? { resolution: data.resolution } : {}),
  },
});
const authorised = linked(authorises, ABG);

/** The joint meeting's matter as its own stream holds it: it recommended the plan to the ABG. */
const jointRecommends: LinkDecisionData = {
  proposalId: JOINT_MATTER,
  meetingId: JOINT_MEETING,
  item: '1',
  resolution: 'a',
  kind: 'recommends',
  to: abgEnd,
};
const { resolution: _letter, ...jointOpens } = jointRecommends;
const jointState = (links: DecisionsEvent[]) => ({
  [`proposal-${JOINT_MATTER}`]: stateOf(proposalDecider, [
    {
      type: 'ResolutionRecorded',
      data: {
        proposalId: JOINT_MATTER,
        meetingId: JOINT_MEETING,
        item: '1',
        resolution: 'a',
        text: 'To agree a strategy',
      },
    },
    ...links,
  ]),
});

const link = (data: LinkDecisionData): DecisionsCommand => ({ type: 'LinkDecision', data });
type Row = [string, DecisionsEvent[], DecisionsCommand, Record<string, unknown>, Outcome<DecisionsEvent>];

const rows: Row[] = [
  [
    "the ABG authorises the joint meeting's plan (pending: not yet recorded)",
    [abgResolution],
    link(authorises),
    world,
    { events: [authorised] },
  ],
  [
    "the ABG authorises the joint meeting's plan, recorded",
    [abgResolution],
    link(authorises),
    { ...world, ...jointState([]) },
    { events: [authorised] },
  ],
  [
    'the joint meeting recommends to the ABG, opening its matter',
    [],
    link(jointOpens),
    world,
    { events: [linked(jointOpens, JOINT)] },
  ],
  [
    'the ABG proposes an issue for the next GSP meeting, not yet scheduled',
    [abgResolution],
    link({
      ...authorises,
      kind: 'recommends',
      to: { bodyId: GSP, meetingId: 'gsp-2009-01-15', item: '1', proposalId: 'gsp-2009-01-15-item-1' },
    }),
    world,
    {
      events: [
        linked(
          {
            ...authorises,
            kind: 'recommends',
            to: { bodyId: GSP, meetingId: 'gsp-2009-01-15', item: '1', proposalId: 'gsp-2009-01-15-item-1' },
          },
          ABG,
        ),
      ],
    },
  ],
  [
    'a resolution the matter does not have',
    [abgResolution],
    link({ ...authorises, resolution: 'c' }),
    world,
    { rejected: 'DECISION_NOT_FOUND' },
  ],
  [
    'a link from an unknown meeting',
    [],
    link({ ...jointRecommends, meetingId: 'employco-joint-2008-10-21' }),
    world,
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'a link from an item not on the agenda',
    [],
    link({ ...jointRecommends, item: '2' }),
    world,
    { rejected: 'ITEM_NOT_ON_AGENDA' },
  ],
  [
    'a link from a cancelled meeting',
    [],
    link({ ...jointRecommends, proposalId: `${CANCELLED}-item-1`, meetingId: CANCELLED }),
    world,
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'a link naming another item of the matter',
    [abgResolution],
    link({ ...authorises, meetingId: JOINT_MEETING }),
    world,
    { rejected: 'PROPOSAL_IS_FOR_ANOTHER_ITEM' },
  ],
  [
    'a matter linked to itself',
    [abgResolution],
    link({ ...authorises, to: abgEnd }),
    world,
    { rejected: 'LINK_TO_ITSELF' },
  ],
  [
    'a body not in the directory',
    [abgResolution],
    link({ ...authorises, to: { ...jointEnd, bodyId: 'employco-works-council' } }),
    world,
    { rejected: 'BODY_NOT_ESTABLISHED' },
  ],
  [
    'a meeting of another body',
    [abgResolution],
    link({ ...authorises, to: { ...jointEnd, bodyId: FOREST_LSP } }),
    world,
    { rejected: 'MEETING_OF_ANOTHER_BODY' },
  ],
  [
    'a recorded matter named at another item',
    [abgResolution],
    link({ ...authorises, to: { ...jointEnd, item: '2' } }),
    { ...world, ...jointState([]) },
    { rejected: 'LINKED_MATTER_ELSEWHERE' },
  ],
  ['the same link twice', [abgResolution, authorised], link(authorises), world, { rejected: 'LINK_ALREADY_RECORDED' }],
  [
    'the ABG "authorising" the task group\'s later decision',
    [abgResolution],
    link({
      ...authorises,
      to: { bodyId: TASK_GROUP, meetingId: TASK_GROUP_MEETING, item: '1', proposalId: TASK_GROUP_MATTER },
    }),
    world,
    { rejected: 'LINK_AGAINST_TIME' },
  ],
  [
    'the LSP "implementing" the ABG decision made after it',
    [],
    link({ proposalId: FOREST_MATTER, meetingId: FOREST_MEETING, item: '1', kind: 'implements', to: abgEnd }),
    world,
    { rejected: 'LINK_AGAINST_TIME' },
  ],
];

describe('LinkDecision', () => {
  it.each(rows)('%s', (_name, history, command, given, outcome) => {
    expect(decideAfter(proposalDecider, history, command, given)).toEqual(outcome);
  });

  it('refuses a link back the other way between matters of the same date, saying it would make a cycle', () => {
    const sameDay = {
      ...world,
      [`meeting-${ABG_SPECIAL}`]: { ...(world[`meeting-${ABG_SPECIAL}`] as object), date: '2008-10-20' },
    };
    // The joint meeting recommended its plan to the ABG; the ABG then claims to have recommended it to the joint
    // meeting.
    const given: Record<string, unknown> = { ...sameDay, ...jointState([linked(jointRecommends, JOINT)]) };
    const back = link({ ...authorises, kind: 'recommends' });
    expect(decideAfter(proposalDecider, [abgResolution], back, given)).toEqual({ rejected: 'LINK_MAKES_CYCLE' });
    const result = decideOn(proposalDecider, stateOf(proposalDecider, [abgResolution]), back, given);
    expect(result).toMatchObject({ message: expect.stringMatching(/would make a cycle/) });
    // The same direction again, as an authorisation, is no cycle.
    expect(decideAfter(proposalDecider, [abgResolution], link(authorises), given)).toEqual({ events: [authorised] });
  });

  it('keeps the links a matter made in its state, with both ends', () => {
    const state = stateOf(proposalDecider, [abgResolution, authorised]);
    expect(state.opened && state.links).toEqual([{ kind: 'authorises', resolution: 'a', from: abgEnd, to: jointEnd }]);
  });
});
