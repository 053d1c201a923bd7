/**
 * The world a decisions or actions rule reads through `related`, taken from the seed minutes:
 * the meeting of 27 October 2016 (with its attendance and agenda), the next meeting of
 * 15 December 2016, the previous one of 8 September 2016, the agenda of 14 June 2018, and the
 * bodies and partners involved.
 */
import type { Attendee, MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { evolveMeeting, initialMeetingState } from '../../../src/domain/meetings/state.js';
import type { BodyEvent, OrganisationEvent } from '../../../src/domain/directory/events.js';
import {
  evolveBody,
  evolveOrganisation,
  initialBodyState,
  initialOrganisationState,
} from '../../../src/domain/directory/state.js';
import { fold } from '../shared/given.js';

export const LG = 'leadership-gloucestershire';
export const GCC = 'gloucestershire-county-council';
export const STROUD = 'stroud-district-council';
export const GLOUCESTER = 'gloucester-city-council';
export const PCC = 'office-of-the-pcc';
export const CONSTABULARY = 'gloucestershire-constabulary';
export const DISTRICT_CHIEF_EXECUTIVES = 'district-chief-executives-group';

export const OCT_2016 = 'lg-2016-10-27';
export const SEP_2016 = 'lg-2016-09-08';
export const DEC_2016 = 'lg-2016-12-15';
export const NOV_2016_CANCELLED = 'lg-2016-11-24';
export const JUN_2018 = 'lg-2018-06-14';

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

/** Part of the 27 October 2016 attendance: enough partners, officers and a substitute for the rules. */
export const october2016Events: MeetingsEvent[] = [
  { type: 'MeetingScheduled', data: { meetingId: OCT_2016, bodyId: LG, date: '2016-10-27' } },
  {
    type: 'AttendanceRecorded',
    data: {
      meetingId: OCT_2016,
      present: [
        member('Cllr Mark Hawthorne', GCC, { chair: true }),
        officer('Pete Bungard', GCC),
        member('Cllr Steve Lydon', STROUD),
        officer('David Hagg', STROUD),
        member('Cllr Dave Norman', GLOUCESTER, { substituteFor: 'Cllr Paul James' }),
        member('Martin Surl', PCC),
        officer('Richard Bradley', PCC),
        { person: 'Suzette Davenport', organisationId: CONSTABULARY, capacity: 'adviser', chair: false },
      ],
      apologies: [
        { person: 'Cllr Paul James', organisationId: GLOUCESTER },
        { person: 'Paul Trott', organisationId: PCC },
      ],
    },
  },
  {
    type: 'ItemTabled',
    data: {
      meetingId: OCT_2016,
      number: '3',
      title: 'Community Safety Review',
      presenters: ['Richard Bradley', 'John Bensted'],
    },
  },
  {
    type: 'ItemTabled',
    data: { meetingId: OCT_2016, number: '5', title: 'KPMG Review', presenters: ['Pete Bungard'] },
  },
];

const scheduled = (meetingId: string, date: string): MeetingsEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, bodyId: LG, date },
});

/** The 14 June 2018 agenda items that carry decisions and actions; attendance is left to the seed test. */
export const june2018Events: MeetingsEvent[] = [
  {
    type: 'MeetingScheduled',
    data: { meetingId: JUN_2018, bodyId: LG, date: '2018-06-14', venue: 'Shire Hall, Gloucester' },
  },
  {
    type: 'ItemTabled',
    data: { meetingId: JUN_2018, number: '3a', title: 'Vision 2050', presenters: ['Stephen Marston'] },
  },
  {
    type: 'ItemTabled',
    data: {
      meetingId: JUN_2018,
      number: '4',
      title: 'Adverse Childhood Experiences',
      presenters: ['Julian Moss', 'Dr Tanya Richardson'],
    },
  },
  {
    type: 'ItemTabled',
    data: { meetingId: JUN_2018, number: '7', title: 'Social Mobility', presenters: ['Jon McGinty'] },
  },
];

export const meetingStates = {
  [`meeting-${OCT_2016}`]: fold(evolveMeeting, initialMeetingState, october2016Events),
  [`meeting-${SEP_2016}`]: fold(evolveMeeting, initialMeetingState, [scheduled(SEP_2016, '2016-09-08')]),
  [`meeting-${JUN_2018}`]: fold(evolveMeeting, initialMeetingState, june2018Events),
  [`meeting-${DEC_2016}`]: fold(evolveMeeting, initialMeetingState, [scheduled(DEC_2016, '2016-12-15')]),
  [`meeting-${NOV_2016_CANCELLED}`]: fold(evolveMeeting, initialMeetingState, [
    scheduled(NOV_2016_CANCELLED, '2016-11-24'),
    {
      type: 'MeetingCancelled',
      data: { meetingId: NOV_2016_CANCELLED, reason: 'Not quorate: fixture for the cancelled-meeting rule' },
    },
  ]),
};

/**
 * The 27 October 2016 meeting as it would read had it been cancelled, for the "nothing on a cancelled meeting" rows.
 */
export const october2016Cancelled = {
  [`meeting-${OCT_2016}`]: fold(evolveMeeting, initialMeetingState, [
    ...october2016Events,
    {
      type: 'MeetingCancelled',
      data: { meetingId: OCT_2016, reason: 'Fixture: cancelled after the agenda was published' },
    },
  ]),
};

const established = (bodyId: string, name: string, type: 'strategic-partnership' | 'officer-group'): BodyEvent => ({
  type: 'BodyEstablished',
  data: { bodyId, name, type, establishedOn: '2011-01-01' },
});

export const bodyStates = {
  [`body-${LG}`]: fold(evolveBody, initialBodyState, [
    established(LG, 'Leadership Gloucestershire', 'strategic-partnership'),
  ]),
  [`body-${DISTRICT_CHIEF_EXECUTIVES}`]: fold(evolveBody, initialBodyState, [
    established(DISTRICT_CHIEF_EXECUTIVES, 'District Chief Executive/Heads of Paid Service Group', 'officer-group'),
  ]),
};

const registered = (
  organisationId: string,
  name: string,
  type: 'county-council' | 'district-council' | 'police',
): OrganisationEvent => ({
  type: 'OrganisationRegistered',
  data: { organisationId, name, type },
});

export const organisationStates = {
  [`organisation-${GCC}`]: fold(evolveOrganisation, initialOrganisationState, [
    registered(GCC, 'Gloucestershire County Council', 'county-council'),
  ]),
  [`organisation-${STROUD}`]: fold(evolveOrganisation, initialOrganisationState, [
    registered(STROUD, 'Stroud District Council', 'district-council'),
  ]),
  [`organisation-${PCC}`]: fold(evolveOrganisation, initialOrganisationState, [
    registered(PCC, 'Office of the Police and Crime Commissioner for Gloucestershire', 'police'),
  ]),
};

/** Everything above, keyed by stream id, for `decideAfter`. */
export const world = { ...meetingStates, ...bodyStates, ...organisationStates };
