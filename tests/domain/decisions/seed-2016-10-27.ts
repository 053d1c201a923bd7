/**
 * The meeting of 27 October 2016 (seeds/003) as the tests name and quote it: its ids in the ledger and
 * the minutes' own sentences. The meeting itself is recorded from fixtures/02-lg-2016-10-27.yaml
 * (tests/seed-scenario.ts); the attendance below is the meetings decider tests' realistic input.
 */
import type { Apology, Attendee } from '../../../src/domain/meetings/events.js';
import * as id from '../directory/fixtures.js';

export const OCT_2016 = 'lg-2016-10-27';
export const SEP_2016 = 'lg-2016-09-08';
export const DEC_2016 = 'lg-2016-12-15';
export const ITEM_3 = 'lg-2016-10-27-item-3';
export const ITEM_5 = 'lg-2016-10-27-item-5';
/** The minutes do not name the group 5 b) set up; the ledger needs a name for it. */
export const OFFICER_GROUP = 'devolution-officer-group';
export const DEVOLUTION_POT = 'devolution-capacity';

const member = (person: string, organisationId: string, chair = false): Attendee => ({
  person,
  organisationId,
  capacity: 'member',
  chair,
});
const officer = (person: string, organisationId: string): Attendee => ({
  person,
  organisationId,
  capacity: 'officer',
  chair: false,
});

/** Section 1, row by row: the partner's member first, then its officers. */
export const present2016: Attendee[] = [
  member('Cllr Mark Hawthorne', id.GCC, true),
  officer('Pete Bungard', id.GCC),
  member('Cllr Steve Lydon', id.STROUD),
  officer('David Hagg', id.STROUD),
  member('Cllr Dave Norman', id.GLOUCESTER),
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
  { person: 'Suzette Davenport', organisationId: id.CONSTABULARY, capacity: 'adviser', chair: false },
  member('Dr Andy Seymour', id.CCG),
  officer('Mary Hutton', id.CCG),
  member('David Owen', id.LEP),
  officer('Jane Burns', id.GCC),
  officer('Jo Walker', id.GCC),
  officer('Neil Corbett', id.GCC),
  officer('Simon Harper', id.GCC),
  { person: 'John Bensted', description: 'Independent Adviser, Community Safety', capacity: 'adviser', chair: false },
];

export const apologies2016: Apology[] = [
  { person: 'Cllr Paul James', organisationId: id.GLOUCESTER },
  { person: 'Jon McGinty', organisationId: id.GLOUCESTER },
  { person: 'Peter Williams', organisationId: id.FOREST_OF_DEAN },
  { person: 'Mike Dawson', organisationId: id.TEWKESBURY },
  { person: 'Paul Trott', organisationId: id.PCC },
  { person: 'Diane Savory', organisationId: id.LEP },
  { person: 'Katie Jenkins', organisationId: id.BIS, description: 'Government representative' },
];

export const resolutions = {
  '3a':
    'To support the principles included in option 3 in establishing a Gloucestershire Community ' +
    'Safety Partnership.',
  '3b':
    'To provide financial support of £35,000 from historic Local Area Agreement Reward Grant to ' +
    'deliver the implementation phase.',
  '3c':
    'To support the offer from the Office of the Police and Crime Commissioner to manage and ' +
    'administer the new partnership.',
  '5a':
    'Each partner to contribute £10,000 towards providing a dedicated resource for Leadership ' +
    'Gloucestershire to take devolution forward.',
  '5b':
    'To set up an officer group to draft the job descriptions and identify the wider resources ' +
    'required. The group to include David Owen, Mike Dawson, David Hagg, Pete Bungard and a ' +
    'representative from the Office of the Police and Crime Commissioner.',
};

/** Section 3, Cllr Steve Lydon's concerns, as printed. */
export const stroudConcernsInMinutes =
  'He had particular concerns around youth justice, homelessness and care leavers. He said ' +
  'that the current approach to community safety in Stroud was recognised as best practice ' +
  'and he was anxious that this was not lost under any new structure.';

/** Section 5, the condition on the PCC's pledge, as printed. */
export const pccConditionInMinutes =
  'Martin Surl stated that he could only contribute if the remit of the Office of the Police ' +
  'and Crime Commissioner was included through public service reform.';

/** The minutes' collective sentence the nine supporters' positions are inferred from. */
export const NINE_OF_TEN = 'Nine of the 10 partners around the table broadly supported option 3.';
