/** The decisions feature: proposals, their options and positions, resolutions, amendments, rescissions, referrals. */
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { streamId } from '../shared/identifiers.js';
import { TabledOptions } from './commands.js';
import {
  agreeOption,
  changeStreams,
  meetingStreams,
  ownMeetingStreams,
  recordPosition,
  referralStreams,
  tableOptions,
} from './decide.js';
import { amendDecision, referMatter, recordResolution, rescindDecision } from './decide-resolutions.js';
import { decisionsEvents, decisionsEventSchemas } from './events.js';
import { evolveProposal, initialProposalState } from './state.js';
import { linkDecisionDefinition } from '../lineage/index.js';

const clerk = ['clerk'] as const;

/** The decisions commands: each one's schema, summary, example, URL and role, declared once. */
export const decisionsCommands = {
  TableOptions: {
    schema: decisionsEvents.OptionsTabled.schema.extend({ options: TabledOptions }),
    decide: tableOptions,
    related: meetingStreams,
    url: '/proposals',
    roles: clerk,
    summary: 'Record the numbered options put to a meeting on a matter; opens the proposal if it is new.',
    example: {
      proposalId: 'lg-2016-10-27-item-3',
      meetingId: 'lg-2016-10-27',
      item: '3',
      question: 'How should community safety partnerships be organised across Gloucestershire?',
      options: {
        '1': 'Six district-based community safety partnerships remain, with a regular forum for chairs to meet',
        '2': 'A county-wide community safety partnership working closely with the six district-based partnerships',
        '3':
          'Merge the six district-based partnerships into an overarching county partnership with six ' +
          'district forums',
      },
    },
  },
  RecordPosition: {
    schema: decisionsEvents.PositionRecorded.schema,
    decide: recordPosition,
    related: ownMeetingStreams,
    url: '/proposals/:proposalId/positions',
    roles: clerk,
    summary:
      'Record where a partner present at the meeting stood on the matter, once per partner; ' +
      'inferredFrom quotes the collective statement when the minutes do not record the position ' +
      'individually.',
    example: {
      proposalId: 'lg-2016-10-27-item-3',
      organisationId: 'stroud-district-council',
      stance: 'concerns',
      option: '3',
      note:
        'Concerns around the evidence base, youth justice, homelessness and care leavers; Stroud ' +
        'best practice must not be lost',
      spokenBy: 'Cllr Steve Lydon',
    },
  },
  AgreeOption: {
    schema: decisionsEvents.OptionAgreed.schema,
    decide: agreeOption,
    related: ownMeetingStreams,
    url: '/proposals/:proposalId/agreement',
    roles: clerk,
    summary: 'Record that the meeting agreed one tabled option, as a lettered resolution; a matter agrees one option.',
    example: {
      proposalId: 'lg-2016-10-27-item-3',
      option: '3',
      resolution: 'a',
      text:
        'To support the principles included in option 3 in establishing a Gloucestershire Community ' +
        'Safety Partnership.',
    },
  },
  RecordResolution: {
    schema: decisionsEvents.ResolutionRecorded.schema,
    decide: recordResolution,
    related: meetingStreams,
    url: '/proposals/:proposalId/resolutions',
    roles: clerk,
    summary:
      'Record a lettered resolution not tied to an option; opens the proposal at the meeting and item if it is new.',
    example: {
      proposalId: 'lg-2016-10-27-item-5',
      meetingId: 'lg-2016-10-27',
      item: '5',
      resolution: 'a',
      text:
        'Each partner to contribute £10,000 towards providing a dedicated resource for Leadership ' +
        'Gloucestershire to take devolution forward.',
    },
  },
  AmendDecision: {
    schema: decisionsEvents.DecisionAmended.schema,
    decide: amendDecision,
    related: changeStreams,
    url: '/proposals/:proposalId/amendments',
    roles: clerk,
    summary: 'Record that a later meeting changed the wording of a decision in force.',
    example: {
      proposalId: 'lg-2016-10-27-item-5',
      resolution: 'b',
      meetingId: 'lg-2016-12-15',
      reason: 'The Strategic Planning Group to be represented on the officer group',
      text:
        'To set up an officer group to draft the job descriptions and identify the wider resources ' +
        'required, with a representative of the Strategic Planning Group.',
    },
  },
  RescindDecision: {
    schema: decisionsEvents.DecisionRescinded.schema,
    decide: rescindDecision,
    related: changeStreams,
    url: '/proposals/:proposalId/rescissions',
    roles: clerk,
    summary: 'Record that a later meeting withdrew a decision in force; it can no longer be cited.',
    example: {
      proposalId: 'lg-2016-10-27-item-5',
      resolution: 'b',
      meetingId: 'lg-2016-12-15',
      reason: 'The dedicated devolution resource is to be recruited directly instead',
    },
  },
  ReferMatter: {
    schema: decisionsEvents.MatterReferred.schema,
    decide: referMatter,
    related: referralStreams,
    url: '/proposals/:proposalId/referrals',
    roles: clerk,
    summary: 'Record that the meeting referred a matter to another body; opens the proposal if it is new.',
    example: {
      proposalId: 'lg-2018-06-14-item-7',
      meetingId: 'lg-2018-06-14',
      item: '7',
      bodyId: 'district-chief-executives-group',
      purpose: 'To explore the issues of social mobility in more detail in the first instance',
    },
  },
  LinkDecision: linkDecisionDefinition,
} as const satisfies CommandTable;

/** One matter at one meeting, on the stream `proposal-<proposalId>`. */
export const proposalDecider = deciderOf(
  {
    aggregate: 'proposal',
    initialState: initialProposalState,
    evolve: evolveProposal,
    streamIdOf: (command) => streamId('proposal', command.data.proposalId),
  },
  decisionsCommands,
  decisionsEventSchemas,
);

export const decisions: Feature = {
  name: 'decisions',
  deciders: [proposalDecider],
  commands: decisionsCommands,
  events: decisionsEventSchemas,
};
