/**
 * What the action rules read besides the meetings and the directory: the decisions of
 * 27 October 2016 that actions carry out, a dissolved organisation, and a main action that
 * holds sub-actions.
 */
import type { DecisionsEvent } from '../../../src/domain/decisions/events.js';
import { evolveProposal, initialProposalState } from '../../../src/domain/decisions/state.js';
import { evolveOrganisation, initialOrganisationState } from '../../../src/domain/directory/state.js';
import type { ActionsEvent } from '../../../src/domain/actions/events.js';
import { evolveAction, initialActionState } from '../../../src/domain/actions/state.js';
import { fold } from '../shared/given.js';
import { DEC_2016, GCC, OCT_2016, PCC, world as decisionsWorld } from '../decisions/fixtures.js';

export const ITEM_3 = 'lg-2016-10-27-item-3';
export const ITEM_5 = 'lg-2016-10-27-item-5';
export const POLICE_AUTHORITY = 'gloucestershire-police-authority';
export const MAIN_ACTION = 'lg-2016-10-27-5-1';

const item3: DecisionsEvent[] = [
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: ITEM_3,
      meetingId: OCT_2016,
      item: '3',
      resolution: 'c',
      text: 'To support the offer from the OPCC to manage and administer the new partnership.',
    },
  },
];
const item5: DecisionsEvent[] = [
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: ITEM_5,
      meetingId: OCT_2016,
      item: '5',
      resolution: 'b',
      text: 'To set up an officer group to draft the job descriptions.',
    },
  },
  {
    type: 'DecisionRescinded',
    data: {
      proposalId: ITEM_5,
      resolution: 'b',
      meetingId: DEC_2016,
      reason: 'Fixture for the rescinded-decision rule',
    },
  },
];

const mainAction: ActionsEvent[] = [
  {
    type: 'ActionAssigned',
    data: {
      actionId: MAIN_ACTION,
      title: 'Take forward a dedicated devolution resource for Leadership Gloucestershire',
      owners: [{ kind: 'person', name: 'Pete Bungard', organisation: GCC }],
      meetingId: OCT_2016,
      item: '5',
    },
  },
];

export const world = {
  ...decisionsWorld,
  [`proposal-${ITEM_3}`]: fold(evolveProposal, initialProposalState, item3),
  [`proposal-${ITEM_5}`]: fold(evolveProposal, initialProposalState, item5),
  [`action-${MAIN_ACTION}`]: fold(evolveAction, initialActionState, mainAction),
  // The police authority gave way to the Police and Crime Commissioner in November 2012.
  [`organisation-${POLICE_AUTHORITY}`]: fold(evolveOrganisation, initialOrganisationState, [
    {
      type: 'OrganisationRegistered',
      data: { organisationId: POLICE_AUTHORITY, name: 'Gloucestershire Police Authority', type: 'police' },
    },
    {
      type: 'OrganisationDissolved',
      data: { organisationId: POLICE_AUTHORITY, dissolvedOn: '2012-11-22', successorId: PCC },
    },
  ]),
};
