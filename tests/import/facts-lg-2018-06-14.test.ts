/** The transcription of the 14 June 2018 minutes, checked sentence by sentence against what the import records. */
import { expect, it } from 'vitest';
import { attendanceOf, describeFacts, substitution, type Fact, type ImportedEvents } from './minutes-facts.js';

const MEETING = 'lg-2018-06-14';
const presentFor = (events: ImportedEvents, person: string) => attendanceOf(events, MEETING).presentFor(person);
const apologised = (events: ImportedEvents) => attendanceOf(events, MEETING).apologies;

const facts: Fact[] = [
  {
    minutes: 'The notes of the meeting held on 22 February 2018 were agreed.',
    check: (events) =>
      expect(events.ofType('MinutesConfirmed', 'meeting-lg-2018-02-22')).toEqual([
        { meetingId: 'lg-2018-02-22', confirmedAtMeetingId: MEETING, confirmedOn: '2018-06-14' },
      ]),
  },
  substitution(
    MEETING,
    'Julian Moss Gloucestershire Constabulary Rod Hansen',
    'Julian Moss',
    'gloucestershire-constabulary',
    'Rod Hansen',
  ),
  {
    minutes:
      'Assistant Chief Constable Julian Moss and Dr Tanya Richardson, Public Health Consultant, made a presentation',
    // The ACC attended for the constabulary, so the constabulary attended (by substitute), not a guest.
    check: (events) => expect(presentFor(events, 'Julian Moss')?.capacity).not.toBe('guest'),
  },
  substitution(
    MEETING,
    'Cllr Roger James Forest of Dean District Council Cllr Tim Gwilliam',
    'Cllr Roger James',
    'forest-of-dean-district-council',
    'Cllr Tim Gwilliam',
  ),
  substitution(
    MEETING,
    'Cllr Steve Jordan Tim Atkins Cheltenham Borough Council Pat Pratley',
    'Tim Atkins',
    'cheltenham-borough-council',
    'Pat Pratley',
  ),
  substitution(
    MEETING,
    'Chris Riley Paul Trott Police and Crime Commissioner (OPCC) PCC Martin Surl',
    'Chris Riley',
    'office-of-the-pcc',
    'Martin Surl',
  ),
  {
    minutes: 'Mark Walkingshaw NHS Gloucestershire Clinical Commissioning Group (CCG) Dr Andy Seymour Mary Hutton',
    check: (events) => {
      expect(presentFor(events, 'Mark Walkingshaw')).toMatchObject({ organisationId: 'nhs-gloucestershire-ccg' });
      expect(apologised(events)).toEqual(
        expect.arrayContaining(['Dr Andy Seymour (nhs-gloucestershire-ccg)', 'Mary Hutton (nhs-gloucestershire-ccg)']),
      );
    },
  },
];

describeFacts(MEETING, facts, (events) => {
  it('records the six apologies of section 1 by name', () => {
    expect(apologised(events())).toHaveLength(6);
  });
});
