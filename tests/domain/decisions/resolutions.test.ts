/**
 * Lettered resolutions (item 5 of 27 October 2016, the KPMG review), their amendment and
 * rescission at a later meeting, and the referral of social mobility on 14 June 2018.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionsCommand } from '../../../src/domain/decisions/commands.js';
import { proposalDecider } from '../../../src/domain/decisions/index.js';
import type { DecisionsEvent } from '../../../src/domain/decisions/events.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import {
  DEC_2016,
  DISTRICT_CHIEF_EXECUTIVES,
  JUN_2018,
  NOV_2016_CANCELLED,
  OCT_2016,
  SEP_2016,
  october2016Cancelled,
  world,
} from './fixtures.js';

const ITEM_5 = 'lg-2016-10-27-item-5';
const SOCIAL_MOBILITY = 'lg-2018-06-14-item-7';

const fivea = {
  proposalId: ITEM_5,
  meetingId: OCT_2016,
  item: '5',
  resolution: 'a',
  text:
    'Each partner to contribute £10,000 towards providing a dedicated resource for Leadership ' +
    'Gloucestershire to take devolution forward.',
};
const fiveb = {
  ...fivea,
  resolution: 'b',
  text: 'To set up an officer group to draft the job descriptions and identify the wider resources required.',
};
const recordedA: DecisionsEvent = { type: 'ResolutionRecorded', data: fivea };
const recordedB: DecisionsEvent = { type: 'ResolutionRecorded', data: fiveb };

const amendB = {
  proposalId: ITEM_5,
  resolution: 'b',
  meetingId: DEC_2016,
  reason: 'The Strategic Planning Group to be represented on the officer group',
  text:
    'To set up an officer group, including a representative of the Strategic Planning Group, to ' +
    'draft the job descriptions.',
};
const amendedB: DecisionsEvent = { type: 'DecisionAmended', data: amendB };
const rescindB = {
  proposalId: ITEM_5,
  resolution: 'b',
  meetingId: DEC_2016,
  reason: 'The resource is to be recruited directly instead',
};
const rescindedB: DecisionsEvent = { type: 'DecisionRescinded', data: rescindB };

const referral = {
  proposalId: SOCIAL_MOBILITY,
  meetingId: JUN_2018,
  item: '7',
  bodyId: DISTRICT_CHIEF_EXECUTIVES,
  purpose: 'To explore the issues in more detail in the first instance',
};
const referred: DecisionsEvent = { type: 'MatterReferred', data: referral };

type Row = [string, DecisionsEvent[], DecisionsCommand, Record<string, unknown>, Outcome<DecisionsEvent>];

const record = (data: typeof fivea): DecisionsCommand => ({ type: 'RecordResolution', data });
const amend = (data: typeof amendB): DecisionsCommand => ({ type: 'AmendDecision', data });
const rescind = (data: typeof rescindB): DecisionsCommand => ({ type: 'RescindDecision', data });
const refer = (data: typeof referral): DecisionsCommand => ({ type: 'ReferMatter', data });

const rows: Row[] = [
  ['5 a) opens a matter decided without options', [], record(fivea), world, { events: [recordedA] }],
  ['5 b) follows 5 a)', [recordedA], record(fiveb), world, { events: [recordedB] }],
  ['a second 5 a)', [recordedA], record({ ...fiveb, resolution: 'a' }), world, { rejected: 'RESOLUTION_LETTER_TAKEN' }],
  [
    'a resolution of item 3 on the item 5 matter',
    [recordedA],
    record({ ...fiveb, item: '3' }),
    world,
    { rejected: 'PROPOSAL_IS_FOR_ANOTHER_ITEM' },
  ],
  [
    'a resolution at an unknown meeting',
    [],
    record({ ...fivea, meetingId: 'lg-2016-10-26' }),
    world,
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'a resolution on an item not on the agenda',
    [],
    record({ ...fivea, item: '6' }),
    world,
    { rejected: 'ITEM_NOT_ON_AGENDA' },
  ],
  ['a resolution at a cancelled meeting', [], record(fivea), october2016Cancelled, { rejected: 'MEETING_CANCELLED' }],

  ['5 b) amended at the next meeting', [recordedA, recordedB], amend(amendB), world, { events: [amendedB] }],
  [
    'an amended decision amended again',
    [recordedA, recordedB, amendedB],
    amend({ ...amendB, text: 'To set up an officer group.' }),
    world,
    {
      events: [{ type: 'DecisionAmended', data: { ...amendB, text: 'To set up an officer group.' } }],
    },
  ],
  [
    'an amendment that leaves the text as it is',
    [recordedA, recordedB, amendedB],
    amend(amendB),
    world,
    { rejected: 'AMENDMENT_CHANGES_NOTHING' },
  ],
  [
    'an amendment at the same meeting',
    [recordedA, recordedB],
    amend({ ...amendB, meetingId: OCT_2016 }),
    world,
    { rejected: 'MEETING_NOT_LATER' },
  ],
  [
    'an amendment at an earlier meeting',
    [recordedA, recordedB],
    amend({ ...amendB, meetingId: SEP_2016 }),
    world,
    { rejected: 'MEETING_NOT_LATER' },
  ],
  [
    'an amendment at a cancelled meeting',
    [recordedA, recordedB],
    amend({ ...amendB, meetingId: NOV_2016_CANCELLED }),
    world,
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'an amendment at an unknown meeting',
    [recordedA, recordedB],
    amend({ ...amendB, meetingId: 'lg-2017-02-02' }),
    world,
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  ['an amendment of a resolution never made', [recordedA], amend(amendB), world, { rejected: 'DECISION_NOT_FOUND' }],
  ['an amendment of an unknown matter', [], amend(amendB), world, { rejected: 'PROPOSAL_NOT_FOUND' }],
  [
    'an amendment of a rescinded decision',
    [recordedA, recordedB, rescindedB],
    amend(amendB),
    world,
    { rejected: 'DECISION_NOT_IN_FORCE' },
  ],

  ['5 b) rescinded at the next meeting', [recordedA, recordedB], rescind(rescindB), world, { events: [rescindedB] }],
  [
    'an amended decision rescinded',
    [recordedA, recordedB, amendedB],
    rescind(rescindB),
    world,
    { events: [rescindedB] },
  ],
  [
    'a decision rescinded twice',
    [recordedA, recordedB, rescindedB],
    rescind(rescindB),
    world,
    { rejected: 'DECISION_NOT_IN_FORCE' },
  ],
  [
    'a rescission at an earlier meeting',
    [recordedA, recordedB],
    rescind({ ...rescindB, meetingId: SEP_2016 }),
    world,
    { rejected: 'MEETING_NOT_LATER' },
  ],
  [
    'a rescission of a resolution never made',
    [recordedA],
    rescind(rescindB),
    world,
    { rejected: 'DECISION_NOT_FOUND' },
  ],
  [
    'a rescission at a cancelled meeting',
    [recordedA, recordedB],
    rescind({ ...rescindB, meetingId: NOV_2016_CANCELLED }),
    world,
    { rejected: 'MEETING_CANCELLED' },
  ],

  ['social mobility referred to the district chief executives', [], refer(referral), world, { events: [referred] }],
  [
    'a referral to a body not in the directory',
    [],
    refer({ ...referral, bodyId: 'employment-and-skills-board' }),
    world,
    { rejected: 'BODY_NOT_ESTABLISHED' },
  ],
  ['the same referral twice', [referred], refer(referral), world, { rejected: 'MATTER_ALREADY_REFERRED' }],
  [
    'a referral from an item not on the agenda',
    [],
    refer({ ...referral, item: '9' }),
    world,
    { rejected: 'ITEM_NOT_ON_AGENDA' },
  ],
  [
    'a referral on a matter of another meeting',
    [recordedA],
    refer({ ...referral, proposalId: ITEM_5 }),
    world,
    { rejected: 'PROPOSAL_IS_FOR_ANOTHER_ITEM' },
  ],
];

describe('proposal decider: resolutions, amendments, rescissions, referrals', () => {
  it.each(rows)('%s', (_name, history, command, related, expected) => {
    expect(decideAfter(proposalDecider, history, command, related)).toEqual(expected);
  });
});
