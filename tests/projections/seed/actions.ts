/**
 * The actions minuted on 27 October 2016 and 14 June 2018, including the four ACE sub-actions
 * a) to d). Due dates, progress, completion and the cancellation are fixtures, dated at the
 * meetings the minutes name (15 December 2016, 26 July 2018).
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { CONSTABULARY, GCC, GLOUCESTER, PCC, TEWKESBURY, UNIVERSITY } from './directory.js';
import { JUN_2018, SOCIAL_MOBILITY } from './june-2018.js';
import { COMMUNITY_SAFETY, KPMG, OCT_2016 } from './october-2016.js';

export const ESTABLISH_CSP = 'lg-2016-10-27-3-1';
export const OFFICER_GROUP = 'lg-2016-10-27-5-1';
export const VISION_2050 = 'lg-2018-06-14-3a-1';
export const ACE = 'lg-2018-06-14-4-1';
export const ACE_FOREST = 'lg-2018-06-14-4-1-a';
export const ACE_SCHOOLS = 'lg-2018-06-14-4-1-d';
export const REFER_SOCIAL_MOBILITY = 'lg-2018-06-14-7-1';

const person = (name: string, organisation: string) => ({ kind: 'person' as const, name, organisation });

export const october2016Actions: LedgerEvent[] = [
  {
    type: 'ActionAssigned',
    data: {
      actionId: ESTABLISH_CSP,
      title: 'Establish the Gloucestershire Community Safety Partnership',
      owners: [person('Richard Bradley', PCC)],
      meetingId: OCT_2016,
      item: '3',
      decision: { proposalId: COMMUNITY_SAFETY, resolution: 'a' },
      dueOn: '2016-12-15',
    },
  },
  {
    type: 'ActionAssigned',
    data: {
      actionId: OFFICER_GROUP,
      title: 'Set up the officer group to draft the job descriptions and identify the wider resources required',
      owners: [person('Pete Bungard', GCC)],
      meetingId: OCT_2016,
      item: '5',
      decision: { proposalId: KPMG, resolution: 'b' },
    },
  },
];

export const december2016Progress: LedgerEvent[] = [
  {
    type: 'ProgressRecorded',
    data: {
      actionId: ESTABLISH_CSP,
      note: 'Terms of reference for the county partnership drafted',
      rag: 'amber',
      asOf: '2016-12-01',
    },
  },
  {
    type: 'ActionReviewed',
    data: { actionId: OFFICER_GROUP, meetingId: 'lg-2016-12-15', note: 'Officer group met; job descriptions in draft' },
  },
  { type: 'ActionCompleted', data: { actionId: OFFICER_GROUP, completedOn: '2016-12-15' } },
];

const aceSub = (letter: string, title: string, extra: { dueOn?: string } = {}): LedgerEvent => ({
  type: 'ActionAssigned',
  data: {
    actionId: `${ACE}-${letter}`,
    title,
    owners: [person('ACC Julian Moss', CONSTABULARY), person('Dr Tanya Richardson', GCC)],
    meetingId: JUN_2018,
    item: '4',
    parentActionId: ACE,
    ...extra,
  },
});

export const june2018Actions: LedgerEvent[] = [
  {
    type: 'ActionAssigned',
    data: {
      actionId: VISION_2050,
      title: 'Set up a Leadership Gloucestershire steering group for Vision 2050',
      owners: [person('Jane Burns', GCC), person('Mike Dawson', TEWKESBURY), person('Stephen Marston', UNIVERSITY)],
      meetingId: JUN_2018,
      item: '3a',
      dueOn: '2018-10-11',
    },
  },
  {
    type: 'ActionAssigned',
    data: {
      actionId: ACE,
      title: 'Take forward an ACE informed approach in Gloucestershire',
      owners: [person('ACC Julian Moss', CONSTABULARY), person('Dr Tanya Richardson', GCC)],
      meetingId: JUN_2018,
      item: '4',
    },
  },
  aceSub('a', 'To make a presentation on ACE to members of the Forest of Dean DC', { dueOn: '2018-07-26' }),
  aceSub('b', 'To attend a meeting of the GCC Corporate Parenting Group'),
  aceSub('c', 'To engage with the early intervention partnerships in each district'),
  aceSub('d', 'To look for opportunities to engage directly with schools', { dueOn: '2018-07-26' }),
  {
    type: 'ActionAssigned',
    data: {
      actionId: REFER_SOCIAL_MOBILITY,
      title: 'Take the social mobility report to the District Chief Executive/Heads of Paid Service Group',
      owners: [person('Jon McGinty', GLOUCESTER)],
      meetingId: JUN_2018,
      item: '7',
      decision: { proposalId: SOCIAL_MOBILITY, resolution: 'a' },
    },
  },
];

export const july2018Changes: LedgerEvent[] = [
  {
    type: 'ActionCancelled',
    data: { actionId: ACE_SCHOOLS, cancelledOn: '2018-07-26', reason: 'Taken over by the Health and Wellbeing Board' },
  },
  {
    type: 'DueDateExtended',
    data: {
      actionId: VISION_2050,
      dueOn: '2018-12-06',
      previousDueOn: '2018-10-11',
      reason: 'Big Conversation report moved to the December meeting',
    },
  },
  {
    type: 'ActionReassigned',
    data: {
      actionId: REFER_SOCIAL_MOBILITY,
      owners: [{ kind: 'organisation', id: GLOUCESTER }],
      previousOwners: [person('Jon McGinty', GLOUCESTER)],
      reassignedOn: '2018-07-26',
    },
  },
];
