/** The transcription of the 14 June 2018 minutes, checked sentence by sentence against what the import records. */
import { expect, it } from 'vitest';
import { REFERRAL_RESOLUTION } from '../../src/projections/decision-register/index.js';
import { attendanceOf, describeFacts, quoted, substitution, type Fact, type ImportedEvents } from './minutes-facts.js';

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
  {
    minutes: 'Leadership Gloucestershire – 14 June 2018 Shire Hall, Gloucester',
    check: (events) =>
      expect(events.meeting(MEETING)).toMatchObject({
        date: '2018-06-14',
        venue: 'Shire Hall, Gloucester',
        // Held: its minutes are agreed at a later meeting, which the seeds do not hold.
        status: 'held',
      }),
  },
  {
    minutes: 'Action – Jane Burns, Mike Dawson and Stephen Marston',
    check: (events) =>
      expect(events.action('lg-2018-06-14-3a-1').owners.map((owner) => [owner.name, owner.organisationId])).toEqual([
        ['Jane Burns', 'gloucestershire-county-council'],
        ['Mike Dawson', 'tewkesbury-borough-council'],
        ['Stephen Marston', 'university-of-gloucestershire'],
      ]),
  },
  {
    minutes: 'Leadership Gloucestershire supported an ACE informed approach in Gloucestershire.',
    check: (events) =>
      expect(events.decision('lg-2018-06-14-item-4', '1')).toMatchObject({
        meetingDate: '2018-06-14',
        itemTitle: 'Adverse Childhood Experiences',
        text: 'Leadership Gloucestershire supported an ACE informed approach in Gloucestershire.',
      }),
  },
  ...(
    [
      ['a', 'a) To make a presentation on ACE to members of the Forest of Dean DC'],
      ['b', 'b) To attend a meeting of the GCC Corporate Parenting Group'],
      [
        'c',
        'c) To engage with the early intervention partnerships in each district which already had multi-agency ' +
          'representation.',
      ],
      ['d', 'd) To look for opportunities to engage directly with schools'],
    ] as const
  ).map(([ref, minutes]): Fact => ({
    minutes,
    // "Action – ACC Julian Moss and Tanya Richards": the attendance list names her Dr Tanya Richardson, and the
    // people directory him ACC Julian Moss, the name the tracker shows for the fixture's "Julian Moss".
    check: (events) => {
      const action = events.action(`lg-2018-06-14-4-${ref}`);
      expect(action.title).toBe(quoted(minutes).slice(3).replace(/\.$/, ''));
      expect(action.owners.map((owner) => owner.name)).toEqual(['ACC Julian Moss', 'Dr Tanya Richardson']);
      expect(action.origin.decision).toEqual({ proposalId: 'lg-2018-06-14-item-4', resolution: '1' });
    },
  })),
  {
    minutes:
      'it was agreed that the matter should in the first instance be referred to the District Chief Executive/Heads ' +
      'of Paid Service Group to explore the issues in more detail.',
    check: (events) => {
      const referred = events.decision('lg-2018-06-14-item-7', REFERRAL_RESOLUTION);
      expect(referred.referrals).toEqual([
        expect.objectContaining({ meetingId: MEETING, bodyId: 'district-chief-executives-group' }),
      ]);
      expect(events.action('lg-2018-06-14-7-1').owners.map((owner) => owner.name)).toEqual(['Jon McGinty']);
    },
  },
  {
    minutes:
      'The Employment and Skills Board was suggested as the best place to develop a better understanding of the ' +
      'issues. It was also noted that Safer Gloucestershire might be well placed to provide support.',
    check: (events) => {
      const [referral] = events.decision('lg-2018-06-14-item-7', REFERRAL_RESOLUTION).referrals;
      expect(referral!.purpose).toContain(
        'the Employment and Skills Board was suggested as the best place to develop a better understanding of the ' +
          'issues',
      );
      expect(referral!.purpose).toContain('Safer Gloucestershire might be well placed to provide support');
    },
  },
  ...(
    [
      ['6', 'Leadership Gloucestershire welcomed the progress made to date.', 'welcomed'],
      ['7', 'it was agreed that the matter should in the first instance be referred', 'referred'],
      ['10', 'The work programme attached to the meeting papers was noted.', 'noted'],
    ] as const
  ).map(([number, minutes, outcome]): Fact => ({
    minutes,
    check: (events) =>
      expect(events.ofType('ItemTabled', `meeting-${MEETING}`)).toContainEqual(
        expect.objectContaining({ number, outcome }),
      ),
  })),
  {
    minutes:
      'She asked that partners nominate representatives from their organisations to work with the Public Health Team.',
    check: (events) => {
      const action = events.action('lg-2018-06-14-8-1');
      expect(action.owners.map((owner) => owner.name)).toEqual(['Sarah Scott']);
      expect(action.title).toContain('with representatives nominated by partners to work with the Public Health Team');
    },
  },
  {
    minutes:
      'Leadership Gloucestershire was the sponsoring body for the programme, which had attracted £220,000 funding ' +
      'secured from the OPE Programme',
    check: (events) => {
      const fund = events.fund('one-public-estate');
      expect(fund.award).toMatchObject({ funder: 'one-public-estate-programme', awardedPence: 22_000_000 });
      expect(fund.purpose).toContain('Leadership Gloucestershire was the sponsoring body for the programme');
    },
  },
  {
    minutes:
      'to develop four major projects involving partner organisations in Gloucester, Cheltenham, Forest of Dean ' +
      'and Cirencester.',
    check: (events) =>
      expect(events.fund('one-public-estate').purpose).toContain(
        'To develop four major projects involving partner organisations in Gloucester, Cheltenham, Forest of ' +
          'Dean and Cirencester',
      ),
  },
  ...(
    [
      ['26 July at Ebley Mill, Stroud', 'lg-2018-07-26', 'Ebley Mill, Stroud'],
      ['11 October at Shire Hall, Gloucester', 'lg-2018-10-11', 'Shire Hall, Gloucester'],
      ['6 December at the Council Offices, Tewkesbury', 'lg-2018-12-06', 'Council Offices, Tewkesbury'],
    ] as const
  ).map(([minutes, meetingId, venue]): Fact => ({
    minutes,
    check: (events) =>
      expect(events.meeting(meetingId)).toMatchObject({ date: meetingId.slice(3), venue, status: 'scheduled' }),
  })),
  {
    minutes: 'All on Thursdays starting at 10am',
    check: (events) => {
      for (const meetingId of ['lg-2018-07-26', 'lg-2018-10-11', 'lg-2018-12-06'])
        expect(events.ofType('MeetingScheduled', `meeting-${meetingId}`)).toEqual([
          expect.objectContaining({ meetingId, startTime: '10:00' }),
        ]);
    },
  },
  ...(
    [
      [
        'He hoped that partners would continue to encourage people to respond to the Big Conversation before the ' +
          'close of consultation on 31 July 2018.',
        '3a',
        { date: '2018-07-31', what: 'Close of consultation on the Big Conversation' },
      ],
      [
        'He advised that consultants had been appointed to consider the options for delivery vehicles and a draft ' +
          'report would be ready by 31 July 2018.',
        '3a',
        { date: '2018-07-31', what: "The consultants' draft report on the options for delivery vehicles to be ready" },
      ],
      [
        'The Leadership Gloucestershire meeting scheduled for 11 October 2018 would be dedicated to this.',
        '3a',
        { date: '2018-10-11', what: expect.stringContaining('to be dedicated to Vision 2050') },
      ],
      [
        'By the end of October 2018, it was planned that a final report would be published on the Big ' +
          'Conversation and a statement would be made on the next steps.',
        '3a',
        { date: '2018-10-31', what: expect.stringContaining('a final report to be published on the Big Conversation') },
      ],
      [
        'A two year project plan would be presented to the Gloucestershire Economic Growth Joint Committee on 5 ' +
          'September 2018.',
        '5',
        { date: '2018-09-05', what: expect.stringContaining('Gloucestershire Economic Growth Joint Committee') },
      ],
    ] as const
  ).map(([minutes, number, keyDate]): Fact => ({
    minutes,
    check: (events) =>
      expect(events.ofType('ItemTabled', `meeting-${MEETING}`)).toContainEqual(
        expect.objectContaining({ number, keyDates: expect.arrayContaining([keyDate]) }),
      ),
  })),
];

describeFacts(MEETING, facts, (events) => {
  it('records the six apologies of section 1 by name', () => {
    expect(apologised(events())).toHaveLength(6);
  });
});
