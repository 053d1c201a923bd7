/**
 * Leadership Gloucestershire, 14 June 2018 (seed 004): attendance with substitutes, and the social mobility referral.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import type { Apology, Attendee } from '../../../src/domain/meetings/events.js';
import {
  BIS,
  CCG,
  CHELTENHAM,
  CONSTABULARY,
  COTSWOLD,
  DISTRICT_CHIEF_EXECUTIVES,
  FOREST,
  GCC,
  GLOUCESTER,
  LEP,
  LG,
  PCC,
  STROUD,
  TEWKESBURY,
  UNIVERSITY,
} from './directory.js';

export const JUN_2018 = 'lg-2018-06-14';
export const SOCIAL_MOBILITY = 'lg-2018-06-14-item-7';

const member = (person: string, organisationId: string, extra: Partial<Attendee> = {}): Attendee => ({
  person,
  organisationId,
  capacity: 'member',
  chair: false,
  ...extra,
});
const officer = (person: string, organisationId: string): Attendee => ({
  person,
  organisationId,
  capacity: 'officer',
  chair: false,
});

const present: Attendee[] = [
  member('Cllr Mark Hawthorne', GCC, { chair: true }),
  officer('Pete Bungard', GCC),
  officer('Jane Burns', GCC),
  member('Doina Cornell', STROUD),
  officer('David Hagg', STROUD),
  member('Cllr Paul James', GLOUCESTER),
  officer('Jon McGinty', GLOUCESTER),
  member('Cllr Roger James', FOREST, { substituteFor: 'Cllr Tim Gwilliam' }),
  member('Cllr Steve Jordan', CHELTENHAM),
  officer('Tim Atkins', CHELTENHAM),
  member('Cllr Chris Hancock', COTSWOLD),
  member('Cllr Rob Bird', TEWKESBURY),
  officer('Mike Dawson', TEWKESBURY),
  member('Chris Riley', PCC, { substituteFor: 'PCC Martin Surl' }),
  officer('Paul Trott', PCC),
  {
    person: 'Julian Moss',
    organisationId: CONSTABULARY,
    capacity: 'adviser',
    chair: false,
    substituteFor: 'Rod Hansen',
  },
  member('Mark Walkingshaw', CCG, { substituteFor: 'Dr Andy Seymour' }),
  member('Diane Savory', LEP),
  officer('David Owen', LEP),
  member('Stephen Marston', UNIVERSITY),
  // The government representative's seat, held by BIS in the directory fixture.
  member('Katie Jenkins', BIS),
  { person: 'John Baker', description: 'Strategic Planning Coordinator', capacity: 'guest', chair: false },
];

const apologies: Apology[] = [
  { person: 'Cllr Tim Gwilliam', organisationId: FOREST },
  { person: 'Pat Pratley', organisationId: CHELTENHAM },
  { person: 'PCC Martin Surl', organisationId: PCC },
  { person: 'Rod Hansen', organisationId: CONSTABULARY },
  { person: 'Dr Andy Seymour', organisationId: CCG },
  { person: 'Mary Hutton', organisationId: CCG },
];

export const june2018: LedgerEvent[] = [
  {
    type: 'MeetingScheduled',
    data: { meetingId: JUN_2018, bodyId: LG, date: '2018-06-14', venue: 'Shire Hall, Gloucester' },
  },
  { type: 'AttendanceRecorded', data: { meetingId: JUN_2018, present, apologies } },
  {
    type: 'ItemTabled',
    data: { meetingId: JUN_2018, number: '7', title: 'Social Mobility', presenters: ['Jon McGinty'] },
  },
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: SOCIAL_MOBILITY,
      meetingId: JUN_2018,
      item: '7',
      resolution: 'a',
      text: 'That the matter be referred in the first instance to the District Chief Executive/Heads of Paid Service Group to explore the issues in more detail.',
    },
  },
  {
    type: 'MatterReferred',
    data: {
      proposalId: SOCIAL_MOBILITY,
      meetingId: JUN_2018,
      item: '7',
      bodyId: DISTRICT_CHIEF_EXECUTIVES,
      purpose: 'To explore the issues of social mobility in more detail',
    },
  },
];
