/**
 * The meeting of 27 October 2016 (seeds/003) as a clerk records it from the minutes: the meetings
 * either side, attendance with apologies, the agenda, the September minutes agreed, the community
 * safety options with each partner's position (Stroud's concerns), option 3 agreed, resolutions
 * 3 a)-c) and 5 a)-b), the devolution officer group, and the two actions.
 */
import * as id from '../../../domain/directory/fixtures.js';
import { clerk, type Step } from './steps.js';

export const SEP_2016 = 'lg-2016-09-08';
export const OCT_2016 = 'lg-2016-10-27';
export const DEC_2016 = 'lg-2016-12-15';
export const ITEM_3 = 'lg-2016-10-27-item-3';
export const ITEM_5 = 'lg-2016-10-27-item-5';
export const OFFICER_GROUP = 'devolution-officer-group';
export const CSP_ACTION = 'lg-2016-10-27-3-1';
export const OFFICER_GROUP_ACTION = 'lg-2016-10-27-5-1';

const member = (person: string, organisationId: string, chair = false) => ({
  person,
  organisationId,
  capacity: 'member',
  chair,
});
const officer = (person: string, organisationId: string) => ({ person, organisationId, capacity: 'officer' });

const present = [
  member('Cllr Mark Hawthorne', id.GCC, true),
  officer('Pete Bungard', id.GCC),
  member('Cllr Steve Lydon', id.STROUD),
  officer('David Hagg', id.STROUD),
  { ...member('Cllr Dave Norman', id.GLOUCESTER), substituteFor: 'Cllr Paul James' },
  officer('Anne Brinkhoff', id.GLOUCESTER),
  member('Cllr Patrick Molyneux', id.FOREST_OF_DEAN),
  member('Cllr Steve Jordan', id.CHELTENHAM),
  officer('Pat Pratley', id.CHELTENHAM),
  member('Cllr Christopher Hancock', id.COTSWOLD),
  officer('Christine Gore', id.COTSWOLD),
  member('Cllr Robert Vines', id.TEWKESBURY),
  officer('Rachel North', id.TEWKESBURY),
  member('Martin Surl', id.PCC),
  officer('Richard Bradley', id.PCC),
  { person: 'Suzette Davenport', organisationId: id.CONSTABULARY, capacity: 'adviser' },
  member('Dr Andy Seymour', id.CCG),
  officer('Mary Hutton', id.CCG),
  member('David Owen', id.LEP),
  officer('Jane Burns', id.GCC),
  officer('Jo Walker', id.GCC),
  officer('Neil Corbett', id.GCC),
  officer('Simon Harper', id.GCC),
  { person: 'John Bensted', description: 'Independent Adviser, Community Safety', capacity: 'adviser' },
];

const apologies = [
  { person: 'Cllr Paul James', organisationId: id.GLOUCESTER },
  { person: 'Jon McGinty', organisationId: id.GLOUCESTER },
  { person: 'Peter Williams', organisationId: id.FOREST_OF_DEAN },
  { person: 'Mike Dawson', organisationId: id.TEWKESBURY },
  { person: 'Paul Trott', organisationId: id.PCC },
  { person: 'Diane Savory', organisationId: id.LEP },
  { person: 'Katie Jenkins', organisationId: id.BIS, description: 'Government representative' },
];

const items: Array<[string, string, string[]]> = [
  ['1', 'Welcome, introduction and apologies', []],
  ['2', 'Last meeting', []],
  ['3', 'Community Safety Review', ['Richard Bradley', 'John Bensted']],
  ['4', 'Sustainability and Transformation Plan (STP)', ['Mary Hutton']],
  ['5', 'KPMG review', ['Pete Bungard']],
  ['6', 'One Government Estate', ['Neil Corbett']],
  ['7', 'Next meeting', []],
];

const NINE_OF_TEN = 'Nine of the 10 partners around the table broadly supported option 3.';
export const STROUD_CONCERNS =
  'Concerns around the evidence base, particularly youth justice, homelessness and care leavers; the Stroud approach is recognised as best practice and must not be lost';

export const resolutions = {
  '3a': 'To support the principles included in option 3 in establishing a Gloucestershire Community Safety Partnership.',
  '3b': 'To provide financial support of £35,000 from historic Local Area Agreement Reward Grant to deliver the implementation phase.',
  '3c': 'To support the offer from the Office of the Police and Crime Commissioner to manage and administer the new partnership.',
  '5a': 'Each partner to contribute £10,000 towards providing a dedicated resource for Leadership Gloucestershire to take devolution forward.',
  '5b': 'To set up an officer group to draft the job descriptions and identify the wider resources required.',
};

const proposal = (proposalId: string) => `proposal-${proposalId}`;
const resolve = (proposalId: string, item: string, resolution: string, text: string): Step =>
  clerk(
    `/proposals/${proposalId}/resolutions`,
    { meetingId: OCT_2016, item, resolution, text },
    proposal(proposalId),
    'ResolutionRecorded',
  );

const position = (organisationId: string): Step => {
  const stance =
    organisationId === id.STROUD
      ? { stance: 'concerns', note: STROUD_CONCERNS, spokenBy: 'Cllr Steve Lydon' }
      : { stance: 'support', inferredFrom: NINE_OF_TEN };
  return clerk(
    `/proposals/${ITEM_3}/positions`,
    { organisationId, option: '3', ...stance },
    proposal(ITEM_3),
    'PositionRecorded',
  );
};

export const october2016Steps: readonly Step[] = [
  ...[SEP_2016, OCT_2016, DEC_2016].map((meetingId) =>
    clerk(
      '/meetings',
      { meetingId, bodyId: id.LG, date: meetingId.slice(3) },
      `meeting-${meetingId}`,
      'MeetingScheduled',
    ),
  ),
  clerk(`/meetings/${OCT_2016}/attendance`, { present, apologies }, `meeting-${OCT_2016}`, 'AttendanceRecorded'),
  ...items.map(([number, title, presenters]) =>
    clerk(`/meetings/${OCT_2016}/items`, { number, title, presenters }, `meeting-${OCT_2016}`, 'ItemTabled'),
  ),
  clerk(
    `/meetings/${SEP_2016}/minutes-confirmation`,
    { confirmedAtMeetingId: OCT_2016 },
    `meeting-${SEP_2016}`,
    'MinutesConfirmed',
  ),
  clerk(
    '/proposals',
    {
      proposalId: ITEM_3,
      meetingId: OCT_2016,
      item: '3',
      question: 'How should community safety partnerships be organised across Gloucestershire?',
      options: {
        '1': 'Six district-based community safety partnerships remain, with a regular forum for chairs to meet',
        '2': 'A county-wide community safety partnership working closely with the six district-based partnerships',
        '3': 'Merge the six district-based partnerships into an overarching county partnership with six district forums',
      },
    },
    proposal(ITEM_3),
    'OptionsTabled',
  ),
  ...id.partners.map((partner) => position(partner.organisationId)),
  clerk(
    `/proposals/${ITEM_3}/agreement`,
    { option: '3', resolution: 'a', text: resolutions['3a'] },
    proposal(ITEM_3),
    'OptionAgreed',
  ),
  resolve(ITEM_3, '3', 'b', resolutions['3b']),
  resolve(ITEM_3, '3', 'c', resolutions['3c']),
  clerk(
    '/actions',
    {
      actionId: CSP_ACTION,
      title: 'Take forward the establishment of the Gloucestershire Community Safety Partnership',
      owners: [{ kind: 'person', name: 'Richard Bradley', organisation: id.PCC }],
      meetingId: OCT_2016,
      item: '3',
      decision: { proposalId: ITEM_3, resolution: 'a' },
      dueOn: DEC_2016.slice(3),
    },
    `action-${CSP_ACTION}`,
    'ActionAssigned',
  ),
  resolve(ITEM_5, '5', 'a', resolutions['5a']),
  resolve(ITEM_5, '5', 'b', resolutions['5b']),
  clerk(
    '/bodies',
    {
      bodyId: OFFICER_GROUP,
      name: 'Devolution officer group',
      type: 'officer-group',
      establishedOn: '2016-10-27',
      parentBodyId: id.LG,
      establishedBy: { proposalId: ITEM_5, resolution: 'b' },
    },
    `body-${OFFICER_GROUP}`,
    'BodyEstablished',
  ),
  clerk(
    '/actions',
    {
      actionId: OFFICER_GROUP_ACTION,
      title: 'Set up the officer group to draft the job descriptions and identify the wider resources required',
      owners: [{ kind: 'person', name: 'Pete Bungard', organisation: id.GCC }],
      meetingId: OCT_2016,
      item: '5',
      decision: { proposalId: ITEM_5, resolution: 'b' },
    },
    `action-${OFFICER_GROUP_ACTION}`,
    'ActionAssigned',
  ),
];
