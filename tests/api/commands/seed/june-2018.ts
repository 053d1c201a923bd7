/**
 * The meeting of 14 June 2018 (seeds/004): the meetings around it, attendance with substitutes,
 * the agenda, February's minutes agreed, the Vision 2050 steering group action, the ACE actions
 * a)-d), social mobility referred to the district chief executives, and the £220,000 One Public
 * Estate award the finance officer opens as a fund.
 */
import * as id from '../../../domain/directory/fixtures.js';
import { DISTRICT_CHIEF_EXECUTIVES, ONE_PUBLIC_ESTATE_PROGRAMME } from './directory.js';
import { clerk, finance, type Step } from './steps.js';

export const FEB_2018 = 'lg-2018-02-22';
export const JUN_2018 = 'lg-2018-06-14';
export const DEC_2018 = 'lg-2018-12-06';
export const VISION_ACTION = 'lg-2018-06-14-3a-1';
export const ACE_ACTION = 'lg-2018-06-14-4-1';
export const SOCIAL_MOBILITY = 'lg-2018-06-14-item-7';
export const ONE_PUBLIC_ESTATE = 'one-public-estate';

const member = (person: string, organisationId: string, extra: Record<string, unknown> = {}) => ({
  person,
  organisationId,
  capacity: 'member',
  ...extra,
});
const officer = (person: string, organisationId: string) => ({ person, organisationId, capacity: 'officer' });

const present = [
  member('Cllr Mark Hawthorne', id.GCC, { chair: true }),
  officer('Pete Bungard', id.GCC),
  officer('Jane Burns', id.GCC),
  member('Doina Cornell', id.STROUD),
  officer('David Hagg', id.STROUD),
  member('Cllr Paul James', id.GLOUCESTER),
  member('Cllr Jennie Watkins', id.GLOUCESTER),
  officer('Jon McGinty', id.GLOUCESTER),
  member('Cllr Roger James', id.FOREST_OF_DEAN, { substituteFor: 'Cllr Tim Gwilliam' }),
  member('Cllr Steve Jordan', id.CHELTENHAM),
  officer('Tim Atkins', id.CHELTENHAM),
  member('Cllr Chris Hancock', id.COTSWOLD),
  officer('Christine Gore', id.COTSWOLD),
  member('Cllr Rob Bird', id.TEWKESBURY),
  officer('Mike Dawson', id.TEWKESBURY),
  member('Chris Riley', id.PCC, { substituteFor: 'Martin Surl' }),
  officer('Paul Trott', id.PCC),
  { person: 'Julian Moss', organisationId: id.CONSTABULARY, capacity: 'adviser' },
  member('Mark Walkingshaw', id.CCG, { substituteFor: 'Dr Andy Seymour' }),
  member('Diane Savory', id.LEP),
  officer('David Owen', id.LEP),
  { person: 'Stephen Marston', organisationId: id.UNIVERSITY, capacity: 'guest' },
  {
    person: 'Katie Jenkins',
    description: 'Area Lead for Gloucestershire, Cities and Local Growth Unit',
    capacity: 'adviser',
  },
  ...['Jo Walker', 'Sarah Scott', 'Dr Tanya Richardson', 'Fabian Toner', 'Simon Harper'].map((person) =>
    officer(person, id.GCC),
  ),
  { person: 'John Baker', description: 'Strategic Planning Coordinator', capacity: 'officer' },
];

const apologies = [
  { person: 'Cllr Tim Gwilliam', organisationId: id.FOREST_OF_DEAN },
  { person: 'Pat Pratley', organisationId: id.CHELTENHAM },
  { person: 'Martin Surl', organisationId: id.PCC },
  { person: 'Rod Hansen', organisationId: id.CONSTABULARY },
  { person: 'Dr Andy Seymour', organisationId: id.CCG },
  { person: 'Mary Hutton', organisationId: id.CCG },
];

/** February's venue is not in the seeds; June's and December's are in the minutes' list of future meetings. */
const meetings: Array<[string, string?]> = [
  [FEB_2018],
  [JUN_2018, 'Shire Hall, Gloucester'],
  [DEC_2018, 'Council Offices, Tewkesbury'],
];

const items: Array<[string, string]> = [
  ['2', 'Action notes'],
  ['3a', 'Matters arising: Vision 2050'],
  ['4', 'Adverse Childhood Experiences'],
  ['5', 'Strategic Planning Coordinator'],
  ['6', 'One Public Estate'],
  ['7', 'Social Mobility'],
  ['8', 'Prevention Peer Review'],
  ['9', 'Children and Families Service'],
  ['10', 'Future meetings and work programme'],
];

const person = (name: string, organisation: string) => ({ kind: 'person', name, organisation });
const assign = (
  actionId: string,
  item: string,
  title: string,
  owners: unknown[],
  extra: Record<string, unknown> = {},
): Step =>
  clerk(
    '/actions',
    { actionId, title, owners, meetingId: JUN_2018, item, ...extra },
    `action-${actionId}`,
    'ActionAssigned',
  );

const aceOwners = [person('Julian Moss', id.CONSTABULARY), person('Dr Tanya Richardson', id.GCC)];
const aceActions: Array<[string, string]> = [
  ['a', 'To make a presentation on ACE to members of the Forest of Dean DC'],
  ['b', 'To attend a meeting of the GCC Corporate Parenting Group'],
  ['c', 'To engage with the early intervention partnerships in each district'],
  ['d', 'To look for opportunities to engage directly with schools'],
];

export const june2018Steps: readonly Step[] = [
  ...meetings.map(([meetingId, venue]) =>
    clerk(
      '/meetings',
      { meetingId, bodyId: id.LG, date: meetingId.slice(3), ...(venue ? { venue } : {}) },
      `meeting-${meetingId}`,
      'MeetingScheduled',
    ),
  ),
  clerk(`/meetings/${JUN_2018}/attendance`, { present, apologies }, `meeting-${JUN_2018}`, 'AttendanceRecorded'),
  ...items.map(([number, title]) =>
    clerk(`/meetings/${JUN_2018}/items`, { number, title }, `meeting-${JUN_2018}`, 'ItemTabled'),
  ),
  clerk(
    `/meetings/${FEB_2018}/minutes-confirmation`,
    { confirmedAtMeetingId: JUN_2018 },
    `meeting-${FEB_2018}`,
    'MinutesConfirmed',
  ),
  assign(
    VISION_ACTION,
    '3a',
    'Establish a Leadership Gloucestershire steering group for Vision 2050, as for the 2015 devolution bid',
    [person('Jane Burns', id.GCC), person('Mike Dawson', id.TEWKESBURY), person('Stephen Marston', id.UNIVERSITY)],
    { dueOn: '2018-10-11' },
  ),
  assign(ACE_ACTION, '4', 'Take an ACE informed approach forward across Gloucestershire', aceOwners),
  ...aceActions.map(([letter, title]) =>
    assign(`${ACE_ACTION}-${letter}`, '4', title, aceOwners, { parentActionId: ACE_ACTION }),
  ),
  clerk(
    `/proposals/${SOCIAL_MOBILITY}/referrals`,
    {
      meetingId: JUN_2018,
      item: '7',
      bodyId: DISTRICT_CHIEF_EXECUTIVES,
      purpose: 'To explore the issues of social mobility in more detail in the first instance',
    },
    `proposal-${SOCIAL_MOBILITY}`,
    'MatterReferred',
  ),
  // "Fabian Toner made a presentation on the latest position regarding the Gloucestershire One Public
  // Estate (OPE) Programme": the programme the 2016 One Government Estate bid (item 6) began.
  clerk(
    '/proposals/lg-2018-06-14-item-6/links',
    {
      meetingId: JUN_2018,
      item: '6',
      kind: 'reports-back',
      to: { bodyId: id.LG, meetingId: 'lg-2016-10-27', item: '6', proposalId: 'lg-2016-10-27-item-6' },
    },
    'proposal-lg-2018-06-14-item-6',
    'DecisionLinked',
  ),
  assign('lg-2018-06-14-7-1', '7', 'Take the social mobility report to the District Chief Executives group', [
    person('Jon McGinty', id.GLOUCESTER),
  ]),
  assign('lg-2018-06-14-8-1', '8', 'Ask partners to nominate representatives to work with the Public Health Team', [
    person('Sarah Scott', id.GCC),
  ]),
  finance(
    '/funds',
    {
      fundId: ONE_PUBLIC_ESTATE,
      name: 'Gloucestershire One Public Estate',
      kind: 'external-award',
      holder: id.GCC,
      funder: ONE_PUBLIC_ESTATE_PROGRAMME,
      award: '£220,000',
    },
    `fund-${ONE_PUBLIC_ESTATE}`,
    'FundOpened',
    'PledgeRecorded',
  ),
];
