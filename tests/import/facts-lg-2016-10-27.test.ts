/** The transcription of the 27 October 2016 minutes, checked sentence by sentence against what the import records. */
import { expect, it } from 'vitest';
import type { PositionRecordedData } from '../../src/domain/decisions/events.js';
import { attendanceOf, describeFacts, substitution, type Fact, type ImportedEvents } from './minutes-facts.js';

const ITEM_3 = 'lg-2016-10-27-item-3';
const ITEM_5 = 'lg-2016-10-27-item-5';
const NINE = 'Nine of the 10 partners around the table broadly supported option 3.';
const nineSupporters = [
  'gloucestershire-county-council',
  'cheltenham-borough-council',
  'cotswold-district-council',
  'forest-of-dean-district-council',
  'gloucester-city-council',
  'tewkesbury-borough-council',
  'office-of-the-pcc',
  'nhs-gloucestershire-ccg',
  'gfirst-lep',
];

const MEETING = 'lg-2016-10-27';
const presentFor = (events: ImportedEvents, person: string) => attendanceOf(events, MEETING).presentFor(person);
const apologised = (events: ImportedEvents) => attendanceOf(events, MEETING).apologies;

const positions = (events: ImportedEvents) =>
  events.ofType<PositionRecordedData>('PositionRecorded', `proposal-${ITEM_3}`);
const FUNDING = 'There was support amongst partners for providing funding';
const item5 = (events: ImportedEvents) => events.ofType<PositionRecordedData>('PositionRecorded', `proposal-${ITEM_5}`);

const facts: Fact[] = [
  {
    minutes: 'The notes of the meeting held on 8 September 2016 were agreed.',
    check: (events) =>
      expect(events.ofType('MinutesConfirmed', 'meeting-lg-2016-09-08')).toEqual([
        { meetingId: 'lg-2016-09-08', confirmedAtMeetingId: MEETING, confirmedOn: '2016-10-27' },
      ]),
  },
  substitution(
    MEETING,
    'Cllr Dave Norman Anne Brinkhoff Gloucester City Council Cllr Paul James Jon McGinty',
    'Cllr Dave Norman',
    'gloucester-city-council',
    'Cllr Paul James',
  ),
  substitution(
    MEETING,
    'Cllr Dave Norman Anne Brinkhoff Gloucester City Council Cllr Paul James Jon McGinty',
    'Anne Brinkhoff',
    'gloucester-city-council',
    'Jon McGinty',
  ),
  substitution(
    MEETING,
    'Cllr Robert Vines Rachel North Tewkesbury BC Mike Dawson',
    'Rachel North',
    'tewkesbury-borough-council',
    'Mike Dawson',
  ),
  substitution(
    MEETING,
    'Martin Surl Richard Bradley PCC Office Paul Trott',
    'Richard Bradley',
    'office-of-the-pcc',
    'Paul Trott',
  ),
  substitution(MEETING, 'David Owen GFirst LEP Diane Savory', 'David Owen', 'gfirst-lep', 'Diane Savory'),
  {
    minutes: 'Suzette Davenport Gloucestershire Constabulary',
    // She attended for the constabulary (not as a guest, whose attendance would not count for it).
    check: (events) =>
      expect(presentFor(events, 'Suzette Davenport')).toMatchObject({
        organisationId: 'gloucestershire-constabulary',
        capacity: 'officer',
      }),
  },
  {
    minutes: 'Cllr Patrick Molyneux Forest of Dean DC Peter Williams',
    check: (events) => {
      expect(presentFor(events, 'Cllr Patrick Molyneux')).toMatchObject({
        organisationId: 'forest-of-dean-district-council',
        capacity: 'member',
      });
      expect(presentFor(events, 'Cllr Patrick Molyneux')?.substituteFor).toBeUndefined();
      expect(apologised(events)).toContain('Peter Williams (forest-of-dean-district-council)');
    },
  },
  {
    minutes: 'Government representative – Department for Business, Innovation and Skills (BIS) Katie Jenkins',
    check: (events) =>
      expect(apologised(events)).toContain('Katie Jenkins (department-for-business-innovation-and-skills)'),
  },
  {
    minutes: NINE,
    check: (events) => {
      const inferred = positions(events).filter((p) => p.inferredFrom === NINE);
      expect(inferred.map((p) => p.organisationId).sort()).toEqual([...nineSupporters].sort());
      expect(inferred.every((p) => p.stance === 'support' && p.option === '3')).toBe(true);
    },
  },
  {
    minutes:
      'Key forums relating to priority areas would have a direct relationship with the county-wide partnership. ' +
      'These included public protection, anti-social behavior, drugs and alcohol, domestic abuse and sexual ' +
      'violence, domestic homicide reviews, hate crime, anti-slavery and organised crime.',
    check: (events) =>
      expect(events.decision(ITEM_3, 'a').optionAgreed?.text).toContain(
        'key priority forums reporting directly to it (public protection, anti-social behavior, drugs and alcohol, ' +
          ('domestic abuse and sexual violence, domestic homicide reviews, hate crime, anti-slavery ' +
            'and organised crime)'),
      ),
  },
  {
    minutes: 'Cllr Steve Lydon had concerns around the evidence base used in developing the new arrangements.',
    check: (events) => {
      const stroud = positions(events).find((p) => p.organisationId === 'stroud-district-council');
      // Stroud is the tenth partner: it had concerns and was not among the nine who supported.
      expect(stroud).toMatchObject({ stance: 'concerns', option: '3', spokenBy: 'Cllr Steve Lydon' });
      expect(stroud?.inferredFrom).toBeUndefined();
      expect(stroud?.note).toContain('youth justice, homelessness and care leavers');
    },
  },
  {
    minutes: 'He had particular concerns around youth justice, homelessness and care leavers.',
    check: (events) =>
      expect(positions(events).find((p) => p.stance === 'concerns')?.note).toContain(
        'youth justice, homelessness and care leavers',
      ),
  },
  {
    minutes:
      "Martin Surl, who's office had offered to manage the county-wide partnership, believed that " +
      'option 3 would be flexible enough',
    check: (events) => {
      const pcc = positions(events).find((p) => p.organisationId === 'office-of-the-pcc');
      expect(pcc).toMatchObject({ stance: 'support', spokenBy: 'Martin Surl', inferredFrom: NINE });
      expect(pcc?.note).toContain('offered to manage the county-wide partnership');
    },
  },
  {
    minutes:
      'a) To support the principles included in option 3 in establishing a Gloucestershire Community Safety ' +
      'Partnership.',
    check: (events) =>
      expect(events.decision(ITEM_3, 'a')).toMatchObject({
        meetingDate: '2016-10-27',
        optionAgreed: { key: '3' },
        text:
          'To support the principles included in option 3 in establishing a Gloucestershire Community Safety ' +
          'Partnership.',
        status: 'in-force',
      }),
  },
  {
    minutes:
      'b) To provide financial support of £35,000 from historic Local Area Agreement Reward Grant to deliver the ' +
      'implementation phase.',
    check: (events) => {
      expect(events.decision(ITEM_3, 'b').text).toContain('£35,000 from historic Local Area Agreement Reward Grant');
      expect(events.fund('laa-reward-grant').allocations).toEqual([
        expect.objectContaining({
          allocationId: 'community-safety-implementation',
          allocatedPence: 3_500_000,
          recipient: { kind: 'body', id: 'gloucestershire-community-safety-partnership' },
          decision: expect.objectContaining({ proposalId: ITEM_3, resolution: 'b' }),
        }),
      ]);
    },
  },
  {
    minutes:
      'c) *To support the offer from the Office of the Police and Crime Commissioner to manage and administer ' +
      'the new partnership.*',
    check: (events) =>
      expect(events.decision(ITEM_3, 'c').text).toBe(
        'To support the offer from the Office of the Police and Crime Commissioner to manage and administer the ' +
          'new partnership.',
      ),
  },
  {
    minutes: 'Action – Richard Bradley',
    check: (events) =>
      expect(events.action('lg-2016-10-27-3-1').owners).toEqual([
        expect.objectContaining({ kind: 'person', name: 'Richard Bradley', organisationId: 'office-of-the-pcc' }),
      ]),
  },
  {
    minutes: 'It was proposed that each of the 10 partners provide funding of £10,000.',
    check: (events) => {
      const pot = events.fund('devolution-capacity');
      expect(pot.partners).toHaveLength(10);
      expect(pot.partners.every((p) => p.askedPence === 1_000_000 && p.pledgedPence === 1_000_000)).toBe(true);
      expect(pot.decision).toMatchObject({ proposalId: ITEM_5, resolution: 'a' });
    },
  },
  {
    minutes:
      'Martin Surl stated that he could only contribute if the remit of the Office of the Police and Crime ' +
      'Commissioner was included through public service reform.',
    check: (events) => {
      const pcc = events.fund('devolution-capacity').partners.find((p) => p.organisation === 'office-of-the-pcc');
      expect(pcc).toMatchObject({ conditionalPence: 1_000_000, confirmedPence: 0, outstandingPence: 0 });
      expect(events.ofType<{ condition?: string }>('PledgeRecorded', 'fund-devolution-capacity')).toContainEqual(
        expect.objectContaining({
          organisation: 'office-of-the-pcc',
          condition:
            'The remit of the Office of the Police and Crime Commissioner is included through public service reform',
        }),
      );
    },
  },
  {
    minutes:
      'b) *To set up an officer group to draft the job descriptions and identify the wider resources required. The ' +
      'group to include David Owen, Mike Dawson, David Hagg, Pete Bungard and a representative from the Office of ' +
      'the Police and Crime Commissioner.*',
    check: (events) =>
      expect(events.decision(ITEM_5, 'b').text).toContain(
        'The group to include David Owen, Mike Dawson, David Hagg, Pete Bungard and a representative from the Office',
      ),
  },
  {
    minutes: 'Action – Pete Bungard',
    check: (events) =>
      expect(events.action('lg-2016-10-27-5-1')).toMatchObject({
        owners: [expect.objectContaining({ name: 'Pete Bungard', organisationId: 'gloucestershire-county-council' })],
        origin: expect.objectContaining({
          meetingDate: '2016-10-27',
          item: '5',
          decision: { proposalId: ITEM_5, resolution: 'b' },
        }),
      }),
  },
  {
    minutes: 'Cllr Christopher Hancock Christine Gore Cotswold DC',
    // The same councillor is "Cllr Chris Hancock" in item 5 and in 2018: one person in the directory.
    check: (events) => {
      const [hancock, ...others] = events.people('Cllr Christopher Hancock');
      expect(others).toEqual([]);
      expect(hancock).toMatchObject({ name: 'Cllr Chris Hancock', organisationIds: ['cotswold-district-council'] });
      expect(events.people('Cllr Chris Hancock').map((p) => p.personId)).toEqual([hancock!.personId]);
    },
  },
  {
    minutes: 'Mary Hutton made a PowerPoint presentation providing the background to the STP process',
    check: (events) =>
      expect(events.ofType('ItemTabled', `meeting-${MEETING}`)).toContainEqual(
        expect.objectContaining({
          number: '4',
          title: 'Sustainability and Transformation Plan (STP)',
          presenters: ['Mary Hutton'],
        }),
      ),
  },
  {
    minutes:
      'Cllr Mark Hawthorne welcomed the report and was pleased to see that significant progress was being made in ' +
      'bringing together public assets in Gloucestershire.',
    check: (events) =>
      expect(events.ofType('ItemTabled', `meeting-${MEETING}`)).toContainEqual(
        expect.objectContaining({ number: '6', title: 'One Government Estate', outcome: 'welcomed' }),
      ),
  },
  {
    minutes: '15 December 2016 at 10am',
    check: (events) => {
      expect(events.meeting('lg-2016-12-15')).toMatchObject({
        date: '2016-12-15',
        bodyId: 'leadership-gloucestershire',
        status: 'scheduled',
      });
      expect(events.ofType('MeetingScheduled', 'meeting-lg-2016-12-15')).toEqual([
        expect.objectContaining({ startTime: '10:00' }),
      ]);
    },
  },
  {
    minutes: FUNDING + ' but Martin Surl stated',
    // The partners who did not speak supported the funding, as the sentence says; the PCC is the "but".
    check: (events) => {
      const inferred = item5(events).filter((p) => p.inferredFrom === FUNDING);
      expect(inferred.map((p) => p.organisationId).sort()).toEqual(
        [...nineSupporters, 'stroud-district-council'].filter((id) => id !== 'office-of-the-pcc').sort(),
      );
      expect(item5(events).find((p) => p.organisationId === 'office-of-the-pcc')?.inferredFrom).toBeUndefined();
    },
  },
  {
    minutes:
      'David Hagg advised that the district chief executives had met beforehand and questions had been raised on ' +
      'how the funding would be used to address priority areas. He said that there was a strong argument that work ' +
      'associated with devolution should continue to be part of the day-to-day role of senior officers in each ' +
      'organisation.',
    check: (events) => {
      const stroud = item5(events).find((p) => p.organisationId === 'stroud-district-council');
      expect(stroud).toMatchObject({ stance: 'support-with-concerns', spokenBy: 'David Hagg' });
      expect(stroud?.note).toContain('questions had been raised on how the funding would be used');
      expect(stroud?.note).toContain('part of the day-to-day role of senior officers');
    },
  },
  {
    minutes:
      'Pat Pratley stated that she was prepared to reshuffle resources at Cheltenham BC to allow officers with ' +
      'particular expertise to focus on devolution activities.',
    check: (events) =>
      expect(item5(events).find((p) => p.organisationId === 'cheltenham-borough-council')?.note).toContain(
        'Pat Pratley was prepared to reshuffle resources at Cheltenham BC',
      ),
  },
  {
    minutes:
      'He believed that dedicated resources would need to be made available for both planning and economic ' +
      'development.',
    check: (events) => {
      const cotswold = item5(events).find((p) => p.organisationId === 'cotswold-district-council');
      expect(cotswold).toMatchObject({ spokenBy: 'Cllr Chris Hancock' });
      expect(cotswold?.note).toContain('dedicated resources would need to be made available for both planning');
    },
  },
  {
    minutes:
      'Cllr Steve Jordan noted the importance of sharing the KPMG report with fellow members to allow them to ' +
      'engage in the process. He said that a Strategic Planning Group already existed and he suggested that this ' +
      'be tasked with leading activities in that area.',
    check: (events) => {
      const note = item5(events).find((p) => p.organisationId === 'cheltenham-borough-council')?.note;
      expect(note).toContain('Cllr Steve Jordan noted the importance of sharing the KPMG report with fellow members');
      expect(note).toContain('Strategic Planning Group');
    },
  },
  {
    minutes:
      'David Owen, on behalf of the LEP, responded on the latter point by noting that the Strategic Economic Plan ' +
      '(signed up to by all councils) did cover this area in detail.',
    check: (events) => {
      const lep = item5(events).find((p) => p.organisationId === 'gfirst-lep');
      expect(lep).toMatchObject({ stance: 'support', spokenBy: 'David Owen' });
      expect(lep?.note).toContain('the Strategic Economic Plan (signed up to by all councils) did cover this area');
    },
  },
  {
    minutes:
      'Cllr Mark Hawthorne assured partners that their responsibilities would be covered as part of the work, but ' +
      'there would need to be a particular focus on the priority areas identified in the KPMG report. He noted that ' +
      'community safety was one of those areas.',
    check: (events) => {
      const pcc = item5(events).find((p) => p.organisationId === 'office-of-the-pcc');
      expect(pcc).toMatchObject({ stance: 'support-with-concerns', spokenBy: 'Martin Surl' });
      expect(pcc?.note).toContain('could only contribute if the remit of the Office');
      expect(pcc?.note).toContain('he noted that community safety was one of those areas');
      // The positions belong to the item and are shown once, with 5 a), the decision to fund.
      expect(events.decision(ITEM_5, 'a').positions).toHaveLength(10);
      expect(events.decision(ITEM_5, 'b').positions).toEqual([]);
    },
  },
  ...(
    [
      [
        'The outcome of the first stage of the bidding process was expected on 28 October. If successful, £50,000 ' +
          'would be available to develop a case for £500,000 of additional funds',
        {
          date: '2016-10-28',
          what: expect.stringContaining('£50,000 would be available to develop a case for £500,000'),
        },
      ],
      [
        'The stage 2 bid needed to be submitted by 16 December',
        { date: '2016-12-16', what: expect.stringContaining('Stage 2 bid to be submitted') },
      ],
      [
        'Nine projects were included in the bid but there was scope for change as the process moved forward.',
        {
          date: '2016-12-16',
          what: expect.stringContaining('nine projects were included in the bid, with scope for change'),
        },
      ],
    ] as const
  ).map(([minutes, keyDate]): Fact => ({
    minutes,
    check: (events) =>
      expect(events.ofType('ItemTabled', `meeting-${MEETING}`)).toContainEqual(
        expect.objectContaining({ number: '6', keyDates: expect.arrayContaining([keyDate]) }),
      ),
  })),
];

describeFacts(MEETING, facts, (events) => {
  it('records the seven apologies of section 1 by name', () => {
    expect(apologised(events())).toHaveLength(7);
  });

  it('records one position per partner on option 3, ten in all, none of them a supporter with concerns', () => {
    expect(positions(events())).toHaveLength(10);
    expect(positions(events()).filter((p) => p.stance === 'support')).toHaveLength(9);
    expect(positions(events()).some((p) => p.stance === 'support-with-concerns')).toBe(false);
  });
});
