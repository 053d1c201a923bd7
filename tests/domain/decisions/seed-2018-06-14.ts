/**
 * The meeting of 14 June 2018, recorded command by command from the minutes (seeds/004): the
 * attendance, the Vision 2050 action with three owners, the ACE approach and its actions a) to d),
 * the referral of social mobility to the District Chief Executives group, and the dates set for
 * the meetings that follow. Expects the directory recorded by `recordDirectory`.
 */
import type { Apology, Attendee } from '../../../src/domain/meetings/events.js';
import * as id from '../directory/fixtures.js';
import type { ScenarioLedger } from './ledger.js';
import { member, officer } from './seed-2016-10-27.js';

export const FEB_2018 = 'lg-2018-02-22';
export const JUN_2018 = 'lg-2018-06-14';
export const ITEM_4 = 'lg-2018-06-14-item-4';
export const ITEM_7 = 'lg-2018-06-14-item-7';
export const DISTRICT_CHIEF_EXECUTIVES = 'district-chief-executives-group';
export const ACE_ACTION = 'lg-2018-06-14-4-1';

const guest = (person: string, organisationId: string): Attendee => ({
  person,
  organisationId,
  capacity: 'guest',
  chair: false,
});

/** Section 1, row by row. Christine Gore (Publica) serves Cotswold and the Forest of Dean, so attends for both. */
export const present2018: Attendee[] = [
  member('Cllr Mark Hawthorne', id.GCC, true),
  officer('Pete Bungard', id.GCC),
  officer('Jane Burns', id.GCC),
  member('Doina Cornell', id.STROUD),
  officer('David Hagg', id.STROUD),
  member('Cllr Paul James', id.GLOUCESTER),
  guest('Cllr Jennie Watkins', id.GLOUCESTER),
  officer('Jon McGinty', id.GLOUCESTER),
  member('Cllr Roger James', id.FOREST_OF_DEAN),
  member('Cllr Steve Jordan', id.CHELTENHAM),
  officer('Tim Atkins', id.CHELTENHAM),
  member('Cllr Chris Hancock', id.COTSWOLD),
  officer('Christine Gore', id.COTSWOLD),
  officer('Christine Gore', id.FOREST_OF_DEAN),
  member('Cllr Rob Bird', id.TEWKESBURY),
  officer('Mike Dawson', id.TEWKESBURY),
  member('Chris Riley', id.PCC),
  officer('Paul Trott', id.PCC),
  { person: 'ACC Julian Moss', organisationId: id.CONSTABULARY, capacity: 'adviser', chair: false },
  member('Mark Walkingshaw', id.CCG),
  member('Diane Savory', id.LEP),
  officer('David Owen', id.LEP),
  guest('Stephen Marston', id.UNIVERSITY),
  {
    person: 'Katie Jenkins',
    description: 'Area Lead for Gloucestershire, Cities and Local Growth Unit',
    capacity: 'guest',
    chair: false,
  },
  officer('Jo Walker', id.GCC),
  officer('Sarah Scott', id.GCC),
  officer('Dr Tanya Richardson', id.GCC),
  officer('Fabian Toner', id.GCC),
  officer('Simon Harper', id.GCC),
  { person: 'John Baker', description: 'Strategic Planning Coordinator', capacity: 'guest', chair: false },
];

export const apologies2018: Apology[] = [
  { person: 'Cllr Tim Gwilliam', organisationId: id.FOREST_OF_DEAN },
  { person: 'Pat Pratley', organisationId: id.CHELTENHAM },
  { person: 'Martin Surl', organisationId: id.PCC },
  { person: 'Rod Hansen', organisationId: id.CONSTABULARY },
  { person: 'Dr Andy Seymour', organisationId: id.CCG },
  { person: 'Mary Hutton', organisationId: id.CCG },
];

/** Item 4's actions a) to d), in the minutes' words. */
export const aceActions = {
  a: 'To make a presentation on ACE to members of the Forest of Dean DC',
  b: 'To attend a meeting of the GCC Corporate Parenting Group',
  c: 'To engage with the early intervention partnerships in each district which already had multi-agency representation',
  d: 'To look for opportunities to engage directly with schools',
};

// The action line reads "ACC Julian Moss and Tanya Richards"; the attendance list and the item
// name the Public Health Consultant as Dr Tanya Richardson, so the ledger uses that name.
export const aceOwners = [
  { kind: 'person', name: 'ACC Julian Moss', organisation: id.CONSTABULARY },
  { kind: 'person', name: 'Dr Tanya Richardson', organisation: id.GCC },
];

export const visionOwners = [
  { kind: 'person', name: 'Jane Burns', organisation: id.GCC },
  { kind: 'person', name: 'Mike Dawson', organisation: id.TEWKESBURY },
  { kind: 'person', name: 'Stephen Marston', organisation: id.UNIVERSITY },
];

export function recordJune2018(ledger: ScenarioLedger): void {
  // The group met before the October 2016 meeting; the seeds give no date for its founding.
  ledger.record('EstablishBody', {
    bodyId: DISTRICT_CHIEF_EXECUTIVES,
    name: 'District Chief Executive/Heads of Paid Service Group',
    type: 'officer-group',
    establishedOn: '2016-10-27',
  });
  ledger.record('ScheduleMeeting', { meetingId: FEB_2018, bodyId: id.LG, date: '2018-02-22' });
  ledger.record('ScheduleMeeting', {
    meetingId: JUN_2018,
    bodyId: id.LG,
    date: '2018-06-14',
    venue: 'Shire Hall, Gloucester',
  });
  ledger.record('RecordAttendance', { meetingId: JUN_2018, present: present2018, apologies: apologies2018 });
  const items: Array<[string, string, string[]]> = [
    ['1', 'Welcome, introduction and apologies', []],
    ['2', 'Action notes', []],
    ['3', 'Matters arising', []],
    ['3a', 'Vision 2050', ['Stephen Marston']],
    ['4', 'Adverse Childhood Experiences', ['ACC Julian Moss', 'Dr Tanya Richardson']],
    ['5', 'Strategic Planning Coordinator', ['Mike Dawson', 'John Baker']],
    ['6', 'One Public Estate', ['Jo Walker', 'Fabian Toner']],
    ['7', 'Social Mobility', ['Jon McGinty']],
    ['8', 'Prevention Peer Review', ['Sarah Scott']],
    ['9', 'Children and Families Service', ['Pete Bungard']],
    ['10', 'Future meetings and work programme', []],
  ];
  for (const [number, title, presenters] of items)
    ledger.record('TableItem', { meetingId: JUN_2018, number, title, presenters });
  ledger.record('ConfirmMinutes', { meetingId: FEB_2018, confirmedAtMeetingId: JUN_2018 });
  recordDecisionsAndActions(ledger);
  const following: Array<[string, string, string]> = [
    ['lg-2018-07-26', '2018-07-26', 'Ebley Mill, Stroud'],
    ['lg-2018-10-11', '2018-10-11', 'Shire Hall, Gloucester'],
    ['lg-2018-12-06', '2018-12-06', 'Council Offices, Tewkesbury'],
  ];
  for (const [meetingId, date, venue] of following)
    ledger.record('ScheduleMeeting', { meetingId, bodyId: id.LG, date, venue });
}

function recordDecisionsAndActions(ledger: ScenarioLedger): void {
  const assign = (
    actionId: string,
    item: string,
    title: string,
    owners: unknown[],
    extra: Record<string, unknown> = {},
  ) => ledger.record('AssignAction', { actionId, title, owners, meetingId: JUN_2018, item, ...extra });

  assign(
    'lg-2018-06-14-3a-1',
    '3a',
    'Take Vision 2050 forward with all partners, through a Leadership Gloucestershire steering group like the one for the 2015 devolution bid',
    visionOwners,
  );

  const supported = 'Leadership Gloucestershire supported an ACE informed approach in Gloucestershire.';
  ledger.record('RecordResolution', {
    proposalId: ITEM_4,
    meetingId: JUN_2018,
    item: '4',
    resolution: 'a',
    text: supported,
  });
  const decision = { proposalId: ITEM_4, resolution: 'a' };
  assign(
    ACE_ACTION,
    '4',
    'The actions identified in the discussion of adverse childhood experiences, a) to d)',
    aceOwners,
    { decision },
  );
  for (const [letter, title] of Object.entries(aceActions))
    assign(`${ACE_ACTION}-${letter}`, '4', title, aceOwners, { decision, parentActionId: ACE_ACTION });

  ledger.record('ReferMatter', {
    proposalId: ITEM_7,
    meetingId: JUN_2018,
    item: '7',
    bodyId: DISTRICT_CHIEF_EXECUTIVES,
    purpose: 'In the first instance, to explore the issues of social mobility in more detail',
  });
  assign(
    'lg-2018-06-14-7-1',
    '7',
    'Take the social mobility report to the District Chief Executive/Heads of Paid Service Group',
    [{ kind: 'person', name: 'Jon McGinty', organisation: id.GLOUCESTER }],
  );
  assign(
    'lg-2018-06-14-8-1',
    '8',
    'Develop, with representatives nominated by partners, an action plan to meet the Prevention System Peer Challenge recommendations',
    [{ kind: 'person', name: 'Sarah Scott', organisation: id.GCC }],
  );
}
