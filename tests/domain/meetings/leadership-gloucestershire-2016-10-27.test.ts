/**
 * The directory of Leadership Gloucestershire and the meeting of 27 October 2016, recorded command
 * by command as a clerk would from the minutes, then read back field by field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BodyState, OrganisationState } from '../../../src/domain/directory/state.js';
import { chairOf, type MeetingState } from '../../../src/domain/meetings/state.js';
import type { Apology } from '../../../src/domain/meetings/events.js';
import * as id from '../directory/fixtures.js';
import { DEC_2016, OCT_2016, SEP_2016, apology } from './fixtures.js';
import { ScenarioLedger } from '../decisions/ledger.js';
// Section 1 of the minutes, row by row, as the decisions engineer's replay of the same meeting records it.
import { present2016 as present } from '../decisions/seed-2016-10-27.js';

const apologies: Apology[] = [
  apology('Cllr Paul James', id.GLOUCESTER),
  apology('Jon McGinty', id.GLOUCESTER),
  apology('Peter Williams', id.FOREST_OF_DEAN),
  apology('Mike Dawson', id.TEWKESBURY),
  apology('Paul Trott', id.PCC),
  apology('Diane Savory', id.LEP),
  { person: 'Katie Jenkins', organisationId: id.BIS, description: 'Government representative' },
];

const items = [
  { number: '1', title: 'Welcome, introduction and apologies', presenters: [] },
  { number: '2', title: 'Last meeting', presenters: [] },
  { number: '3', title: 'Community Safety Review', presenters: ['Richard Bradley', 'John Bensted'] },
  { number: '4', title: 'Sustainability and Transformation Plan (STP)', presenters: ['Mary Hutton'] },
  { number: '5', title: 'KPMG review', presenters: ['Pete Bungard'] },
  { number: '6', title: 'One Government Estate', presenters: ['Neil Corbett'] },
  { number: '7', title: 'Next meeting', presenters: [] },
];

const ledger = new ScenarioLedger();

beforeAll(() => {
  for (const organisation of [...id.partners, ...id.attendingOrganisations])
    ledger.record('RegisterOrganisation', organisation);
  ledger.record('EstablishBody', id.lgEstablished.data);
  for (const partner of id.partners) {
    ledger.record('AdmitMember', {
      bodyId: id.LG,
      organisationId: partner.organisationId,
      admittedOn: partner.organisationId === id.PCC ? '2012-11-22' : id.LG_ESTABLISHED_ON,
    });
  }
  ledger.record('AdoptTermsOfReference', {
    bodyId: id.LG,
    version: 'Updated July 2011',
    adoptedOn: '2011-07-01',
    noticeDays: 7,
  });
  ledger.record('AppointRepresentative', {
    bodyId: id.LG,
    organisationId: id.GCC,
    person: 'Cllr Mark Hawthorne',
    role: 'chair',
    from: '2011-07-01',
  });
  ledger.record('AppointRepresentative', {
    bodyId: id.LG,
    organisationId: id.GCC,
    person: 'Pete Bungard',
    role: 'adviser',
    from: '2011-07-01',
  });
  ledger.record('AppointRepresentative', {
    bodyId: id.LG,
    organisationId: id.TEWKESBURY,
    person: 'Mike Dawson',
    role: 'adviser',
    from: '2011-07-01',
  });

  ledger.record('ScheduleMeeting', { meetingId: SEP_2016, bodyId: id.LG, date: '2016-09-08' });
  ledger.record('ScheduleMeeting', { meetingId: OCT_2016, bodyId: id.LG, date: '2016-10-27' });
  ledger.record('RecordAttendance', { meetingId: OCT_2016, present, apologies });
  for (const item of items) ledger.record('TableItem', { meetingId: OCT_2016, ...item });
  ledger.record('ConfirmMinutes', { meetingId: SEP_2016, confirmedAtMeetingId: OCT_2016 });
  ledger.record('ScheduleMeeting', { meetingId: DEC_2016, bodyId: id.LG, date: '2016-12-15' });
});

describe('the directory of Leadership Gloucestershire', () => {
  it.each([...id.partners, ...id.attendingOrganisations])('$name is registered as $type', (organisation) => {
    const state = ledger.stateOf<OrganisationState>(`organisation-${organisation.organisationId}`);
    expect(state.status).toBe('registered');
    expect(state.id).toBe(organisation.organisationId);
    expect(state.name).toBe(organisation.name);
    expect(state.type).toBe(organisation.type);
    expect(state.identifier).toBe(organisation.identifier);
    expect(state.formerNames).toEqual([]);
  });

  it('has the ten partners as members, the county council as secretariat, and its terms', () => {
    const lg = ledger.stateOf<BodyState>(`body-${id.LG}`);
    expect(lg.status).toBe('established');
    expect(lg.name).toBe('Leadership Gloucestershire');
    expect(lg.type).toBe('strategic-partnership');
    expect(lg.secretariatId).toBe(id.GCC);
    expect(lg.members).toEqual(id.partners.map((partner) => partner.organisationId));
    expect(lg.members).not.toContain(id.CONSTABULARY);
    expect(lg.termsOfReference).toMatchObject({ version: 'Updated July 2011', noticeDays: 7 });
    expect(lg.representatives.map((r) => [r.person, r.role])).toEqual([
      ['Cllr Mark Hawthorne', 'chair'],
      ['Pete Bungard', 'adviser'],
      ['Mike Dawson', 'adviser'],
    ]);
  });
});

describe('the meeting of 27 October 2016', () => {
  const meeting = () => ledger.stateOf<MeetingState>(`meeting-${OCT_2016}`);

  it('was held by Leadership Gloucestershire on that day, chaired by Cllr Mark Hawthorne', () => {
    expect(meeting().status).toBe('held');
    expect(meeting().bodyId).toBe(id.LG);
    expect(meeting().date).toBe('2016-10-27');
    expect(meeting().venue).toBeUndefined();
    expect(chairOf(meeting())?.person).toBe('Cllr Mark Hawthorne');
  });

  it('lists the 24 people present exactly as the minutes do', () => {
    expect(meeting().present).toEqual(present);
    expect(meeting().present).toHaveLength(24);
  });

  it('lists the seven apologies exactly as the minutes do', () => {
    expect(meeting().apologies).toEqual(apologies);
  });

  it('had every one of the ten partners at the table through its member', () => {
    const partnersPresent = new Set(
      meeting()
        .present.filter((a) => a.capacity === 'member')
        .map((a) => a.organisationId),
    );
    expect([...partnersPresent].sort()).toEqual([...ledger.stateOf<BodyState>(`body-${id.LG}`).members].sort());
  });

  it('tabled items 1 to 7 with their presenters', () => {
    expect(Object.keys(meeting().items)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(meeting().items['3']).toEqual({
      number: '3',
      title: 'Community Safety Review',
      presenters: ['Richard Bradley', 'John Bensted'],
    });
    expect(meeting().minutesConfirmed).toBeUndefined();
  });

  it('agreed the notes of 8 September 2016, which are now confirmed and cannot be confirmed again', () => {
    const september = ledger.stateOf<MeetingState>(`meeting-${SEP_2016}`);
    expect(september.status).toBe('held');
    expect(september.minutesConfirmed).toEqual({ atMeetingId: OCT_2016, on: '2016-10-27' });
    expect(() => ledger.record('ConfirmMinutes', { meetingId: SEP_2016, confirmedAtMeetingId: DEC_2016 })).toThrow(
      'MINUTES_ALREADY_CONFIRMED',
    );
  });

  it('refuses a second chair and a second listing of a person present', () => {
    expect(() =>
      ledger.record('RecordAttendance', {
        meetingId: OCT_2016,
        present: [{ person: 'Cllr Steve Jordan', organisationId: id.CHELTENHAM, capacity: 'member', chair: true }],
        apologies: [],
      }),
    ).toThrow('ATTENDEE_ALREADY_RECORDED');
    expect(() =>
      ledger.record('RecordAttendance', {
        meetingId: OCT_2016,
        present: [{ person: 'Tim Atkins', organisationId: id.CHELTENHAM, capacity: 'officer', chair: true }],
        apologies: [],
      }),
    ).toThrow('CHAIR_ALREADY_RECORDED');
  });
});
