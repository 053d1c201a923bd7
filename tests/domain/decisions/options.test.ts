/** Item 3 of 27 October 2016: three community-safety options, partners' positions, option 3 agreed. */
import { describe, expect, it } from 'vitest';
import type { DecisionsCommand } from '../../../src/domain/decisions/commands.js';
import { proposalDecider } from '../../../src/domain/decisions/index.js';
import type { DecisionsEvent } from '../../../src/domain/decisions/events.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import { CONSTABULARY, GLOUCESTER, OCT_2016, STROUD, october2016Cancelled, world } from './fixtures.js';

const ITEM_3 = 'lg-2016-10-27-item-3';

const options = {
  '1': 'Six district-based community safety partnerships remain, with a regular forum for chairs to meet',
  '2': 'A county-wide community safety partnership working closely with the six district-based partnerships',
  '3': 'Merge the six district-based partnerships into an overarching county partnership with six district forums',
};
const question = 'How should community safety partnerships be organised across Gloucestershire?';
const tableOptions = { proposalId: ITEM_3, meetingId: OCT_2016, item: '3', question, options };
const tabled: DecisionsEvent = { type: 'OptionsTabled', data: tableOptions };

const stroudConcerns = {
  proposalId: ITEM_3,
  organisationId: STROUD,
  stance: 'support-with-concerns' as const,
  option: '3',
  note: 'Concerns around the evidence base, youth justice, homelessness and care leavers',
  spokenBy: 'Cllr Steve Lydon',
};
const stroudPosition: DecisionsEvent = { type: 'PositionRecorded', data: stroudConcerns };

const agreeThree = {
  proposalId: ITEM_3,
  option: '3',
  resolution: 'a',
  text:
    'To support the principles included in option 3 in establishing a Gloucestershire Community ' +
    'Safety Partnership.',
};
const agreed: DecisionsEvent = { type: 'OptionAgreed', data: agreeThree };

const resolutionB: DecisionsEvent = {
  type: 'ResolutionRecorded',
  data: {
    proposalId: ITEM_3,
    meetingId: OCT_2016,
    item: '3',
    resolution: 'b',
    text:
      'To provide financial support of £35,000 from historic Local Area Agreement Reward Grant to ' +
      'deliver the implementation phase.',
  },
};

type Row = [string, DecisionsEvent[], DecisionsCommand, Record<string, unknown>, Outcome<DecisionsEvent>];

const rows: Row[] = [
  [
    'tabling three options opens the proposal',
    [],
    { type: 'TableOptions', data: tableOptions },
    world,
    { events: [tabled] },
  ],
  [
    'options may follow a resolution recorded first on the same item',
    [resolutionB],
    { type: 'TableOptions', data: tableOptions },
    world,
    { events: [tabled] },
  ],
  [
    'options are tabled once',
    [tabled],
    { type: 'TableOptions', data: tableOptions },
    world,
    { rejected: 'OPTIONS_ALREADY_TABLED' },
  ],
  [
    'options for another item go on another proposal',
    [tabled],
    { type: 'TableOptions', data: { ...tableOptions, item: '5' } },
    world,
    { rejected: 'PROPOSAL_IS_FOR_ANOTHER_ITEM' },
  ],
  [
    'options for an unknown meeting',
    [],
    { type: 'TableOptions', data: { ...tableOptions, meetingId: 'lg-2016-10-28' } },
    world,
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'options on an item not on the agenda',
    [],
    { type: 'TableOptions', data: { ...tableOptions, item: '4' } },
    world,
    { rejected: 'ITEM_NOT_ON_AGENDA' },
  ],
  [
    'options at a cancelled meeting',
    [],
    { type: 'TableOptions', data: tableOptions },
    october2016Cancelled,
    { rejected: 'MEETING_CANCELLED' },
  ],

  [
    'Stroud supports option 3 with concerns',
    [tabled],
    { type: 'RecordPosition', data: stroudConcerns },
    world,
    { events: [stroudPosition] },
  ],
  [
    'a substitute speaks for Gloucester City',
    [tabled],
    {
      type: 'RecordPosition',
      data: {
        proposalId: ITEM_3,
        organisationId: GLOUCESTER,
        stance: 'support',
        option: '3',
        spokenBy: 'Cllr Dave Norman',
      },
    },
    world,
    {
      events: [
        {
          type: 'PositionRecorded',
          data: {
            proposalId: ITEM_3,
            organisationId: GLOUCESTER,
            stance: 'support',
            option: '3',
            spokenBy: 'Cllr Dave Norman',
          },
        },
      ],
    },
  ],
  [
    'a position before the matter is recorded',
    [],
    { type: 'RecordPosition', data: stroudConcerns },
    world,
    { rejected: 'PROPOSAL_NOT_FOUND' },
  ],
  [
    'a position on an option not tabled',
    [tabled],
    { type: 'RecordPosition', data: { ...stroudConcerns, option: '4' } },
    world,
    { rejected: 'OPTION_NOT_TABLED' },
  ],
  [
    'a position from a partner not at the table',
    [tabled],
    { type: 'RecordPosition', data: { ...stroudConcerns, organisationId: 'cotswold-district-council' } },
    world,
    { rejected: 'ORGANISATION_NOT_PRESENT' },
  ],
  [
    'the Constabulary attended, but not as a partner',
    [tabled],
    { type: 'RecordPosition', data: { ...stroudConcerns, organisationId: CONSTABULARY } },
    world,
    { rejected: 'ORGANISATION_NOT_PRESENT' },
  ],
  [
    'Stroud changes its position later',
    [tabled, stroudPosition],
    { type: 'RecordPosition', data: { ...stroudConcerns, stance: 'support' } },
    world,
    { rejected: 'POSITION_ALREADY_RECORDED' },
  ],
  [
    'a position at a cancelled meeting',
    [tabled],
    { type: 'RecordPosition', data: stroudConcerns },
    october2016Cancelled,
    { rejected: 'MEETING_CANCELLED' },
  ],

  [
    'option 3 agreed as resolution a)',
    [tabled, stroudPosition],
    { type: 'AgreeOption', data: agreeThree },
    world,
    { events: [agreed] },
  ],
  [
    'an option agreed before any was tabled',
    [resolutionB],
    { type: 'AgreeOption', data: agreeThree },
    world,
    { rejected: 'OPTION_NOT_TABLED' },
  ],
  [
    'an option agreed on an unknown matter',
    [],
    { type: 'AgreeOption', data: agreeThree },
    world,
    { rejected: 'PROPOSAL_NOT_FOUND' },
  ],
  [
    'an option that was never tabled',
    [tabled],
    { type: 'AgreeOption', data: { ...agreeThree, option: '4' } },
    world,
    { rejected: 'OPTION_NOT_TABLED' },
  ],
  [
    'option 3 agreed twice',
    [tabled, agreed],
    { type: 'AgreeOption', data: { ...agreeThree, resolution: 'c' } },
    world,
    { rejected: 'OPTION_ALREADY_AGREED' },
  ],
  [
    'a second option after option 3',
    [tabled, agreed],
    { type: 'AgreeOption', data: { ...agreeThree, option: '2', resolution: 'c' } },
    world,
    { rejected: 'ANOTHER_OPTION_AGREED' },
  ],
  [
    'an option under a letter already used',
    [tabled, resolutionB],
    { type: 'AgreeOption', data: { ...agreeThree, resolution: 'b' } },
    world,
    { rejected: 'RESOLUTION_LETTER_TAKEN' },
  ],
  [
    'an option agreed at a cancelled meeting',
    [tabled],
    { type: 'AgreeOption', data: agreeThree },
    october2016Cancelled,
    { rejected: 'MEETING_CANCELLED' },
  ],
];

describe('proposal decider: options, positions, the agreed option', () => {
  it.each(rows)('%s', (_name, history, command, related, expected) => {
    expect(decideAfter(proposalDecider, history, command, related)).toEqual(expected);
  });

  it("names the proposal stream after the clerk's id", () => {
    expect(proposalDecider.streamIdOf({ type: 'AgreeOption', data: agreeThree })).toBe('proposal-lg-2016-10-27-item-3');
  });

  it('reads the meeting the matter belongs to when recording a position', () => {
    const state = proposalDecider.evolve(proposalDecider.initialState, tabled);
    expect(proposalDecider.related?.({ type: 'RecordPosition', data: stroudConcerns }, state)).toEqual([
      `meeting-${OCT_2016}`,
    ]);
  });
});
