import { describe, expect, it } from 'vitest';
import type { BodyCommand } from '../../../src/domain/directory/commands.js';
import type { BodyEvent, BodyEstablishedData } from '../../../src/domain/directory/events.js';
import { bodyDecider } from '../../../src/domain/directory/index.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import {
  CONSTABULARY,
  GCC,
  LG,
  PCC,
  POLICE_AUTHORITY,
  STROUD,
  admitted,
  bodyWorld,
  lgEstablished,
  organisationWorld,
  policeAuthorityDissolved,
  registration,
} from './fixtures.js';

type Row = [string, BodyEvent[], BodyCommand, Record<string, unknown>, Outcome<BodyEvent>];

const recorded = {
  EstablishBody: 'BodyEstablished',
  AdmitMember: 'MemberAdmitted',
  WithdrawMember: 'MemberWithdrawn',
  AppointRepresentative: 'RepresentativeAppointed',
  AdoptTermsOfReference: 'TermsOfReferenceAdopted',
} as const;
/** Every body command that is accepted records its data unchanged, as the event its name says. */
const eventOf = (command: BodyCommand) => ({ type: recorded[command.type], data: command.data }) as BodyEvent;
const accepted = (command: BodyCommand): Outcome<BodyEvent> => ({ events: [eventOf(command)] });
const lgData = lgEstablished.data as BodyEstablishedData;
const stroudLeft: BodyEvent = {
  type: 'MemberWithdrawn',
  data: { bodyId: LG, organisationId: STROUD, withdrawnOn: '2015-01-01' },
};
const officerGroup: BodyEstablishedData = {
  bodyId: 'devolution-officer-group',
  name: 'Devolution officer group',
  type: 'officer-group',
  establishedOn: '2016-10-27',
  parentBodyId: LG,
  establishedBy: { proposalId: 'lg-2016-10-27-item-5', resolution: 'b' },
};
/** The illustrative Police and Crime Panel of fixtures/illustrative/05-scrutiny-2018.yaml, appointed by the county. */
const panel: BodyEstablishedData = {
  bodyId: 'gloucestershire-police-and-crime-panel',
  name: 'Gloucestershire Police and Crime Panel (illustrative)',
  type: 'scrutiny-committee',
  establishedOn: '2012-11-22',
  councilId: GCC,
};
const establish = (data: BodyEstablishedData): BodyCommand => ({ type: 'EstablishBody', data });
const admit = (organisationId: string, admittedOn = '2011-07-01'): BodyCommand => ({
  type: 'AdmitMember',
  data: { bodyId: LG, organisationId, admittedOn },
});
const withdraw = (organisationId: string, withdrawnOn = '2022-06-30'): BodyCommand => ({
  type: 'WithdrawMember',
  data: { bodyId: LG, organisationId, withdrawnOn },
});
const appoint = (
  organisationId: string,
  person: string,
  from: string,
  to?: string,
  role: 'member' | 'chair' = 'member',
): BodyCommand => ({
  type: 'AppointRepresentative',
  data: { bodyId: LG, organisationId, person, role, from, ...(to ? { to } : {}) },
});
const adopt = (
  version: string,
  adoptedOn: string,
  extra: { noticeDays?: number; missedMeetingsLimit?: number } = {},
): BodyCommand => ({
  type: 'AdoptTermsOfReference',
  data: { bodyId: LG, version, adoptedOn, ...extra },
});

const gccWorld = organisationWorld([registration(GCC)]);
const stroudWorld = organisationWorld([registration(STROUD)]);
const authorityWorld = organisationWorld([registration(POLICE_AUTHORITY), policeAuthorityDissolved]);
const lg = [lgEstablished];
const lgWithStroud = [lgEstablished, admitted(STROUD)];
const hawthorne = appoint(GCC, 'Cllr Mark Hawthorne', '2011-07-01');
const chairHawthorne = appoint(GCC, 'Cllr Mark Hawthorne', '2011-07-01', undefined, 'chair');

const rows: Row[] = [
  [
    'establishes Leadership Gloucestershire with the county council as secretariat',
    [],
    establish(lgData),
    gccWorld,
    { events: [lgEstablished] },
  ],
  [
    'establishes an officer group under the board',
    [],
    establish(officerGroup),
    bodyWorld(lg),
    { events: [{ type: 'BodyEstablished', data: officerGroup }] },
  ],
  ['a body is established once', lg, establish(lgData), gccWorld, { rejected: 'BODY_ALREADY_ESTABLISHED' }],
  ['the parent body must be established', [], establish(officerGroup), {}, { rejected: 'BODY_NOT_ESTABLISHED' }],
  [
    'a body cannot be its own parent',
    [],
    establish({ ...officerGroup, parentBodyId: officerGroup.bodyId }),
    {},
    { rejected: 'PARENT_IS_ITSELF' },
  ],
  [
    'a group is not older than its parent',
    [],
    establish({ ...officerGroup, establishedOn: '2010-01-01' }),
    bodyWorld(lg),
    { rejected: 'DATE_BEFORE_ESTABLISHMENT' },
  ],
  ['the secretariat must be registered', [], establish(lgData), {}, { rejected: 'ORGANISATION_NOT_REGISTERED' }],
  [
    'establishes a scrutiny committee appointed by its council',
    [],
    establish(panel),
    gccWorld,
    { events: [{ type: 'BodyEstablished', data: panel }] },
  ],
  [
    "a scrutiny committee's council must be registered",
    [],
    establish(panel),
    {},
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  ['admits Stroud District Council', lg, admit(STROUD), stroudWorld, { events: [admitted(STROUD, '2011-07-01')] }],
  [
    'admits the police authority before its dissolution',
    lg,
    admit(POLICE_AUTHORITY),
    authorityWorld,
    accepted(admit(POLICE_AUTHORITY)),
  ],
  ['cannot admit to a body not established', [], admit(STROUD), stroudWorld, { rejected: 'BODY_NOT_ESTABLISHED' }],
  ['cannot admit a member twice', lgWithStroud, admit(STROUD), stroudWorld, { rejected: 'MEMBER_ALREADY_ADMITTED' }],
  ['members must be registered organisations', lg, admit(STROUD), {}, { rejected: 'ORGANISATION_NOT_REGISTERED' }],
  [
    'cannot admit a dissolved organisation',
    lg,
    admit(POLICE_AUTHORITY, '2016-10-27'),
    authorityWorld,
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
  [
    'cannot admit before the body existed',
    lg,
    admit(STROUD, '2010-03-12'),
    stroudWorld,
    { rejected: 'DATE_BEFORE_ESTABLISHMENT' },
  ],
  [
    'readmits an organisation that withdrew',
    [...lgWithStroud, stroudLeft],
    admit(STROUD, '2016-01-01'),
    stroudWorld,
    accepted(admit(STROUD, '2016-01-01')),
  ],
  ['withdraws a member', lgWithStroud, withdraw(STROUD), {}, accepted(withdraw(STROUD))],
  ['cannot withdraw a non-member', lg, withdraw(STROUD), {}, { rejected: 'NOT_A_MEMBER' }],
  ['cannot withdraw twice', [...lgWithStroud, stroudLeft], withdraw(STROUD), {}, { rejected: 'NOT_A_MEMBER' }],
  [
    'cannot withdraw before joining',
    lgWithStroud,
    withdraw(STROUD, '2010-11-30'),
    {},
    { rejected: 'DATE_RANGE_INVALID' },
  ],
  ['cannot withdraw from a body not established', [], withdraw(STROUD), {}, { rejected: 'BODY_NOT_ESTABLISHED' }],
  ['appoints the chair', [lgEstablished, admitted(GCC)], chairHawthorne, gccWorld, accepted(chairHawthorne)],
  ["a representative's organisation must be a member", lg, hawthorne, gccWorld, { rejected: 'NOT_A_MEMBER' }],
  [
    'an appointment ends after it starts',
    [lgEstablished, admitted(GCC)],
    appoint(GCC, 'Cllr Mark Hawthorne', '2013-05-02', '2013-05-01'),
    gccWorld,
    { rejected: 'DATE_RANGE_INVALID' },
  ],
  [
    'an appointment starts after the body existed',
    [lgEstablished, admitted(GCC)],
    appoint(GCC, 'Cllr Mark Hawthorne', '2010-06-01'),
    gccWorld,
    { rejected: 'DATE_BEFORE_ESTABLISHMENT' },
  ],
  [
    'the same appointment cannot overlap itself',
    [lgEstablished, admitted(GCC), eventOf(hawthorne)],
    appoint(GCC, 'Cllr Mark Hawthorne', '2016-10-27'),
    gccWorld,
    { rejected: 'REPRESENTATIVE_ALREADY_APPOINTED' },
  ],
  [
    'the same person may be appointed again after an appointment ends',
    [lgEstablished, admitted(GCC), eventOf(appoint(GCC, 'Cllr Mark Hawthorne', '2011-07-01', '2013-05-01'))],
    appoint(GCC, 'Cllr Mark Hawthorne', '2013-05-02'),
    gccWorld,
    accepted(appoint(GCC, 'Cllr Mark Hawthorne', '2013-05-02')),
  ],
  [
    'no appointment for a dissolved organisation',
    [lgEstablished, admitted(POLICE_AUTHORITY, '2011-07-01')],
    appoint(POLICE_AUTHORITY, 'Chair of the Police Authority', '2013-01-01'),
    authorityWorld,
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
  ['cannot appoint on a body not established', [], hawthorne, gccWorld, { rejected: 'BODY_NOT_ESTABLISHED' }],
  [
    "adopts the July 2011 terms with seven days' notice",
    lg,
    adopt('Updated July 2011', '2011-07-01', { noticeDays: 7 }),
    {},
    accepted(adopt('Updated July 2011', '2011-07-01', { noticeDays: 7 })),
  ],
  [
    "adopts terms carrying the 2010 recommendations' three-missed-meetings rule",
    [...lg, eventOf(adopt('Updated July 2011', '2011-07-01'))],
    adopt('2012 with attendance rule', '2012-06-01', { missedMeetingsLimit: 3 }),
    {},
    accepted(adopt('2012 with attendance rule', '2012-06-01', { missedMeetingsLimit: 3 })),
  ],
  [
    'a version is adopted once',
    [...lg, eventOf(adopt('Updated July 2011', '2011-07-01'))],
    adopt('Updated July 2011', '2012-07-01'),
    {},
    { rejected: 'TERMS_VERSION_ALREADY_ADOPTED' },
  ],
  [
    'older terms cannot replace the current ones',
    [...lg, eventOf(adopt('Updated July 2011', '2011-07-01'))],
    adopt('2011', '2011-01-10'),
    {},
    { rejected: 'TERMS_OLDER_THAN_CURRENT' },
  ],
  [
    'terms are not adopted before the body existed',
    lg,
    adopt('2010', '2010-03-12'),
    {},
    { rejected: 'DATE_BEFORE_ESTABLISHMENT' },
  ],
  [
    'a body not established adopts no terms',
    [],
    adopt('Updated July 2011', '2011-07-01'),
    {},
    { rejected: 'BODY_NOT_ESTABLISHED' },
  ],
];

describe('body decider', () => {
  it.each(rows)('%s', (_name, history, command, world, expected) => {
    expect(decideAfter(bodyDecider, history, command, world)).toEqual(expected);
  });

  it.each<[BodyCommand, string[]]>([
    [establish(officerGroup), ['body-leadership-gloucestershire']],
    [establish(lgData), ['organisation-gloucestershire-county-council']],
    [establish(panel), ['organisation-gloucestershire-county-council']],
    [admit(CONSTABULARY), ['organisation-gloucestershire-constabulary']],
    [appoint(PCC, 'Martin Surl', '2012-11-22'), ['organisation-office-of-the-pcc']],
    [withdraw(STROUD), []],
  ])('%j reads exactly the streams its rules need', (command, streams) => {
    expect(bodyDecider.related?.(command, bodyDecider.initialState)).toEqual(streams);
  });
});
