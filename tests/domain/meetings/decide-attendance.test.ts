import { describe, expect, it } from 'vitest';
import type { MeetingCommand } from '../../../src/domain/meetings/commands.js';

type RecordAttendance = Extract<MeetingCommand, { type: 'RecordAttendance' }>;
import type { Apology, Attendee, MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { meetingDecider } from '../../../src/domain/meetings/index.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import {
  CONSTABULARY,
  COTSWOLD,
  FOREST_OF_DEAN,
  GCC,
  GLOUCESTER,
  LG,
  PCC,
  POLICE_AUTHORITY,
  STROUD,
} from '../directory/fixtures.js';
import {
  JUN_2018,
  OCT_2016,
  apology,
  attended,
  cancelled,
  directoryWorld,
  member,
  officer,
  scheduled,
} from './fixtures.js';

type Row = [string, MeetingsEvent[], RecordAttendance, Outcome<MeetingsEvent>];

const october = scheduled(OCT_2016, '2016-10-27', LG, 'Shire Hall, Gloucester');
const june2018 = scheduled(JUN_2018, '2018-06-14', LG, 'Shire Hall, Gloucester');
const record = (
  present: Array<Attendee | Omit<Attendee, 'chair'>>,
  apologies: Apology[] = [],
  meetingId = OCT_2016,
): RecordAttendance => ({
  type: 'RecordAttendance',
  data: { meetingId, present, apologies },
});

const hawthorne = member('Cllr Mark Hawthorne', GCC, { chair: true });
const bungard = officer('Pete Bungard', GCC);
const norman = member('Cllr Dave Norman', GLOUCESTER, { substituteFor: 'Cllr Paul James' });
const bensted: Attendee = {
  person: 'John Bensted',
  description: 'Independent Adviser, Community Safety',
  capacity: 'adviser',
  chair: false,
};
const davenport: Attendee = {
  person: 'Suzette Davenport',
  organisationId: CONSTABULARY,
  capacity: 'guest',
  chair: false,
};
const paulJames = apology('Cllr Paul James', GLOUCESTER);
const octoberOpened = [october, attended(OCT_2016, [hawthorne, bungard], [paulJames])];

const rows: Row[] = [
  [
    'records the chair, a member, an officer, a substitute, an adviser, a guest and apologies',
    [october],
    record([hawthorne, bungard, norman, bensted, davenport], [paulJames]),
    { events: [attended(OCT_2016, [hawthorne, bungard, norman, bensted, davenport], [paulJames])] },
  ],
  [
    'a member not marked as chair is recorded as not chairing',
    [october],
    record([{ person: 'Cllr Steve Lydon', organisationId: STROUD, capacity: 'member' }]),
    { events: [attended(OCT_2016, [member('Cllr Steve Lydon', STROUD)], [])] },
  ],
  [
    'records late apologies on their own',
    octoberOpened,
    record([], [apology('Paul Trott', PCC)]),
    { events: [attended(OCT_2016, [], [apology('Paul Trott', PCC)])] },
  ],
  [
    'a substitute may stand in for apologies recorded earlier',
    octoberOpened,
    record([norman]),
    { events: [attended(OCT_2016, [norman], [])] },
  ],
  [
    'one person may attend for two organisations (Publica serves Cotswold and the Forest of Dean)',
    [june2018],
    record([officer('Christine Gore', COTSWOLD), officer('Christine Gore', FOREST_OF_DEAN)], [], JUN_2018),
    {
      events: [
        attended(JUN_2018, [officer('Christine Gore', COTSWOLD), officer('Christine Gore', FOREST_OF_DEAN)], []),
      ],
    },
  ],
  ['no attendance for a meeting not scheduled', [], record([hawthorne]), { rejected: 'MEETING_NOT_SCHEDULED' }],
  [
    'no attendance for a cancelled meeting',
    [october, cancelled(OCT_2016)],
    record([hawthorne]),
    { rejected: 'MEETING_CANCELLED' },
  ],
  ['someone must be present or send apologies', [october], record([], []), { rejected: 'ATTENDANCE_EMPTY' }],
  [
    'a person is listed once per organisation',
    [october],
    record([bungard, bungard]),
    { rejected: 'ATTENDEE_ALREADY_RECORDED' },
  ],
  [
    'a person is not both present and sending apologies',
    [october],
    record([member('Cllr Paul James', GLOUCESTER)], [paulJames]),
    { rejected: 'ATTENDEE_ALREADY_RECORDED' },
  ],
  [
    'a person already recorded is not recorded again',
    octoberOpened,
    record([bungard]),
    { rejected: 'ATTENDEE_ALREADY_RECORDED' },
  ],
  [
    'a person without an organisation is listed once too',
    [october],
    record([bensted, bensted]),
    { rejected: 'ATTENDEE_ALREADY_RECORDED' },
  ],
  [
    'a meeting has one chair',
    [october],
    record([hawthorne, member('Cllr Steve Lydon', STROUD, { chair: true })]),
    { rejected: 'CHAIR_ALREADY_RECORDED' },
  ],
  [
    'a chair already recorded is not joined by a second',
    octoberOpened,
    record([member('Cllr Steve Lydon', STROUD, { chair: true })]),
    { rejected: 'CHAIR_ALREADY_RECORDED' },
  ],
  [
    'a substitute names the organisation',
    [october],
    record([{ ...bensted, substituteFor: 'Cllr Paul James' }], [paulJames]),
    { rejected: 'SUBSTITUTE_WITHOUT_ORGANISATION' },
  ],
  [
    'a substitute stands in for someone who sent apologies',
    [october],
    record([norman]),
    { rejected: 'SUBSTITUTE_FOR_NO_APOLOGY' },
  ],
  [
    'a substitute stands in for apologies from the same organisation',
    [october],
    record([norman], [apology('Cllr Paul James', STROUD)]),
    { rejected: 'SUBSTITUTE_FOR_NO_APOLOGY' },
  ],
  [
    'the organisation must be registered',
    [october],
    record([member('Cllr Lynden Stowe', 'cotswold-dc')]),
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  [
    "an apology's organisation must be registered too",
    [october],
    record([], [apology('Katie Jenkins', 'bis')]),
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  [
    'the organisation must not be dissolved before the meeting',
    [october],
    record([officer('Chief Executive', POLICE_AUTHORITY)]),
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
  [
    "only a partner's representative attends as member",
    [october],
    record([{ ...davenport, capacity: 'member' }]),
    { rejected: 'ATTENDEE_NOT_FROM_MEMBER' },
  ],
  [
    'a member comes from an organisation',
    [october],
    record([{ ...bensted, capacity: 'member' }]),
    { rejected: 'ATTENDEE_NOT_FROM_MEMBER' },
  ],
];

describe('recording attendance', () => {
  it.each(rows)('%s', (_name, history, command, expected) => {
    expect(decideAfter(meetingDecider, history, command, directoryWorld)).toEqual(expected);
  });

  it('checks membership on the meeting date: the PCC was not yet a partner in 2011', () => {
    const meeting = scheduled('lg-2011-07-14', '2011-07-14');
    const command = record([member('Police and Crime Commissioner', PCC)], [], 'lg-2011-07-14');
    expect(decideAfter(meetingDecider, [meeting], command, directoryWorld)).toEqual({
      rejected: 'ATTENDEE_NOT_FROM_MEMBER',
    });
  });
});
