/**
 * The directory of Leadership Gloucestershire and the meeting of 27 October 2016, recorded command
 * by command as a clerk would from the minutes (seeds/003): attendance with apologies, the three
 * community-safety options, the positions, resolutions 3 a)-c) and 5 a)-b), the officer group,
 * the devolution pot of 5 a) with the partners' pledges, and the two actions.
 */
import type { Apology, Attendee } from '../../../src/domain/meetings/events.js';
import * as id from '../directory/fixtures.js';
import type { ScenarioLedger } from './ledger.js';

export const OCT_2016 = 'lg-2016-10-27';
export const SEP_2016 = 'lg-2016-09-08';
export const DEC_2016 = 'lg-2016-12-15';
export const ITEM_3 = 'lg-2016-10-27-item-3';
export const ITEM_5 = 'lg-2016-10-27-item-5';
/** The minutes do not name the group 5 b) set up; the ledger needs a name for it. */
export const OFFICER_GROUP = 'devolution-officer-group';
export const DEVOLUTION_POT = 'devolution-capacity';

export const member = (person: string, organisationId: string, chair = false): Attendee => ({
  person,
  organisationId,
  capacity: 'member',
  chair,
});
export const officer = (person: string, organisationId: string): Attendee => ({
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

export const communitySafetyOptions = {
  '1': 'A relatively minor change: six district-based community safety partnerships remain in place, with a regular forum for chairs to meet',
  '2': 'A county-wide community safety partnership working closely with the six district-based community safety partnerships',
  '3': 'Transformational change: the six district-based partnerships merge into an overarching county partnership, with six district-based multi-agency forums',
};

export const resolutions = {
  '3a': 'To support the principles included in option 3 in establishing a Gloucestershire Community Safety Partnership.',
  '3b': 'To provide financial support of £35,000 from historic Local Area Agreement Reward Grant to deliver the implementation phase.',
  '3c': 'To support the offer from the Office of the Police and Crime Commissioner to manage and administer the new partnership.',
  '5a': 'Each partner to contribute £10,000 towards providing a dedicated resource for Leadership Gloucestershire to take devolution forward.',
  '5b': 'To set up an officer group to draft the job descriptions and identify the wider resources required. The group to include David Owen, Mike Dawson, David Hagg, Pete Bungard and a representative from the Office of the Police and Crime Commissioner.',
};

export const stroudConcerns =
  'Concerns around the evidence base used in developing the new arrangements, particularly youth justice, homelessness and care leavers; the Stroud approach is recognised as best practice and should not be lost under any new structure';

export const pccCondition =
  'The remit of the Office of the Police and Crime Commissioner is included through public service reform';

/** The ten partners, and the organisations that attend without being partners. */
export function recordDirectory(ledger: ScenarioLedger): void {
  for (const organisation of [...id.partners, ...id.attendingOrganisations])
    ledger.record('RegisterOrganisation', organisation);
  ledger.record('EstablishBody', id.lgEstablished.data);
  for (const { organisationId } of id.partners) {
    ledger.record('AdmitMember', {
      bodyId: id.LG,
      organisationId,
      admittedOn: organisationId === id.PCC ? '2012-11-22' : id.LG_ESTABLISHED_ON,
    });
  }
}

/** The minutes' collective sentence the nine supporters' positions are inferred from. */
export const NINE_OF_TEN = 'Nine of the 10 partners around the table broadly supported option 3.';

export function recordOctober2016(ledger: ScenarioLedger): void {
  ledger.record('ScheduleMeeting', { meetingId: SEP_2016, bodyId: id.LG, date: '2016-09-08' });
  ledger.record('ScheduleMeeting', { meetingId: OCT_2016, bodyId: id.LG, date: '2016-10-27' });
  ledger.record('RecordAttendance', { meetingId: OCT_2016, present: present2016, apologies: apologies2016 });
  const items: Array<[string, string, string[]]> = [
    ['1', 'Welcome, introduction and apologies', []],
    ['2', 'Last meeting', []],
    ['3', 'Community Safety Review', ['Richard Bradley', 'John Bensted']],
    ['4', 'Sustainability and Transformation Plan (STP)', ['Mary Hutton']],
    ['5', 'KPMG review', ['Pete Bungard']],
    ['6', 'One Government Estate', ['Neil Corbett']],
    ['7', 'Next meeting', []],
  ];
  for (const [number, title, presenters] of items)
    ledger.record('TableItem', { meetingId: OCT_2016, number, title, presenters });
  ledger.record('ConfirmMinutes', { meetingId: SEP_2016, confirmedAtMeetingId: OCT_2016 });
  recordCommunitySafety(ledger);
  recordKpmgReview(ledger);
  ledger.record('ScheduleMeeting', { meetingId: DEC_2016, bodyId: id.LG, date: '2016-12-15' });
}

/** Item 3: nine of the ten partners broadly supported option 3; Stroud, through Cllr Steve Lydon, had concerns. */
function recordCommunitySafety(ledger: ScenarioLedger): void {
  const question = 'How should community safety partnership working be organised across Gloucestershire?';
  ledger.record('TableOptions', {
    proposalId: ITEM_3,
    meetingId: OCT_2016,
    item: '3',
    question,
    options: communitySafetyOptions,
  });
  for (const { organisationId } of id.partners) {
    const position =
      organisationId === id.STROUD
        ? { stance: 'concerns', note: stroudConcerns, spokenBy: 'Cllr Steve Lydon' }
        : { stance: 'support', inferredFrom: NINE_OF_TEN };
    ledger.record('RecordPosition', { proposalId: ITEM_3, organisationId, option: '3', ...position });
  }
  ledger.record('AgreeOption', { proposalId: ITEM_3, option: '3', resolution: 'a', text: resolutions['3a'] });
  ledger.record('RecordResolution', {
    proposalId: ITEM_3,
    meetingId: OCT_2016,
    item: '3',
    resolution: 'b',
    text: resolutions['3b'],
  });
  ledger.record('RecordResolution', {
    proposalId: ITEM_3,
    meetingId: OCT_2016,
    item: '3',
    resolution: 'c',
    text: resolutions['3c'],
  });
  ledger.record('AssignAction', {
    actionId: 'lg-2016-10-27-3-1',
    title: 'Take forward the establishment of the Gloucestershire Community Safety Partnership',
    owners: [{ kind: 'person', name: 'Richard Bradley', organisation: id.PCC }],
    meetingId: OCT_2016,
    item: '3',
    decision: { proposalId: ITEM_3, resolution: 'a' },
  });
}

/** Item 5: the £10,000 ask of each partner (the PCC's on a condition) and the officer group. */
function recordKpmgReview(ledger: ScenarioLedger): void {
  ledger.record('RecordResolution', {
    proposalId: ITEM_5,
    meetingId: OCT_2016,
    item: '5',
    resolution: 'a',
    text: resolutions['5a'],
  });
  ledger.record('RecordResolution', {
    proposalId: ITEM_5,
    meetingId: OCT_2016,
    item: '5',
    resolution: 'b',
    text: resolutions['5b'],
  });
  const fiveA = { proposalId: ITEM_5, resolution: 'a' };
  const partnerIds = id.partners.map((partner) => partner.organisationId);
  ledger.record('OpenFund', {
    fundId: DEVOLUTION_POT,
    name: 'Devolution capacity',
    holder: id.GCC,
    decision: fiveA,
    kind: 'pooled-pot',
    perPartnerAsk: '£10,000',
    askedOrganisations: partnerIds,
  });
  for (const organisation of partnerIds) {
    const condition = organisation === id.PCC ? { condition: pccCondition } : {};
    ledger.record('PledgeFunding', {
      fundId: DEVOLUTION_POT,
      organisation,
      amount: '£10,000',
      decision: fiveA,
      ...condition,
    });
  }
  const fiveB = { proposalId: ITEM_5, resolution: 'b' };
  ledger.record('EstablishBody', {
    bodyId: OFFICER_GROUP,
    name: 'Devolution officer group',
    type: 'officer-group',
    establishedOn: '2016-10-27',
    parentBodyId: id.LG,
    establishedBy: fiveB,
  });
  const officers: Array<[string, string | undefined]> = [
    [id.LEP, 'David Owen'],
    [id.TEWKESBURY, 'Mike Dawson'],
    [id.STROUD, 'David Hagg'],
    [id.GCC, 'Pete Bungard'],
    [id.PCC, undefined],
  ];
  for (const [organisationId, person] of officers) {
    ledger.record('AdmitMember', { bodyId: OFFICER_GROUP, organisationId, admittedOn: '2016-10-27' });
    // The OPCC is to send "a representative", not yet named.
    if (person)
      ledger.record('AppointRepresentative', {
        bodyId: OFFICER_GROUP,
        organisationId,
        person,
        role: 'member',
        from: '2016-10-27',
      });
  }
  ledger.record('AssignAction', {
    actionId: 'lg-2016-10-27-5-1',
    title: 'Set up the officer group to draft the job descriptions and identify the wider resources required',
    owners: [{ kind: 'person', name: 'Pete Bungard', organisation: id.GCC }],
    meetingId: OCT_2016,
    item: '5',
    decision: fiveB,
  });
}
