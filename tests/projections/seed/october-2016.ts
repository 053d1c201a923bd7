/** Leadership Gloucestershire, 27 October 2016 (seed 003): attendance, items 3 and 5, and the money they authorised. */
import type { LedgerEvent } from '../../../src/domain/index.js';
import type { Apology, AttendanceRecordedData, Attendee } from '../../../src/domain/meetings/events.js';
import { pence } from '../../../src/domain/shared/money.js';
import { seedEvents } from '../../seed-scenario.js';
import { COMMUNITY_SAFETY_PARTNERSHIP, GCC, LG, PARTNERS, PCC, STROUD } from './directory.js';

export const OCT_2016 = 'lg-2016-10-27';
export const COMMUNITY_SAFETY = 'lg-2016-10-27-item-3';
export const KPMG = 'lg-2016-10-27-item-5';

/** Section 1 of the minutes as fixtures/02-lg-2016-10-27.yaml transcribes it: 24 present, 7 apologies. */
const attendance = (await seedEvents()).find(
  (event) => event.type === 'AttendanceRecorded' && event.data['meetingId'] === OCT_2016,
)!.data as unknown as AttendanceRecordedData;

export const october2016Present: Attendee[] = attendance.present;
export const october2016Apologies: Apology[] = attendance.apologies;

export const october2016Meeting: LedgerEvent[] = [
  // Illustrative: the minutes give no venue for this meeting (fixtures/02-lg-2016-10-27.yaml records none).
  {
    type: 'MeetingScheduled',
    data: { meetingId: OCT_2016, bodyId: LG, date: '2016-10-27', venue: 'Shire Hall, Gloucester' },
  },
  {
    type: 'AttendanceRecorded',
    data: { meetingId: OCT_2016, present: october2016Present, apologies: october2016Apologies },
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

/** The minutes' collective sentence the nine supporters' positions are inferred from. */
export const NINE_OF_TEN = 'Nine of the 10 partners around the table broadly supported option 3.';

export const communitySafetyDecisions: LedgerEvent[] = [
  {
    type: 'OptionsTabled',
    data: {
      proposalId: COMMUNITY_SAFETY,
      meetingId: OCT_2016,
      item: '3',
      question: 'How should community safety partnerships be organised across Gloucestershire?',
      options: {
        '1': 'Six district-based community safety partnerships remain, with a regular forum for chairs to meet',
        '2': 'A county-wide community safety partnership working closely with the six district-based partnerships',
        '3': 'Merge the six district-based partnerships into an overarching county partnership with six district forums',
      },
    },
  },
  {
    type: 'PositionRecorded',
    data: {
      proposalId: COMMUNITY_SAFETY,
      organisationId: STROUD,
      stance: 'concerns',
      option: '3',
      note: 'Concerns around the evidence base; youth justice, homelessness and care leavers; Stroud best practice must not be lost',
      spokenBy: 'Cllr Steve Lydon',
    },
  },
  {
    type: 'PositionRecorded',
    data: {
      proposalId: COMMUNITY_SAFETY,
      organisationId: PCC,
      stance: 'support',
      option: '3',
      note: 'Offered to manage the county-wide partnership',
      spokenBy: 'Martin Surl',
      inferredFrom: NINE_OF_TEN,
    },
  },
  {
    type: 'OptionAgreed',
    data: {
      proposalId: COMMUNITY_SAFETY,
      option: '3',
      resolution: 'a',
      text: 'To support the principles included in option 3 in establishing a Gloucestershire Community Safety Partnership.',
    },
  },
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: COMMUNITY_SAFETY,
      meetingId: OCT_2016,
      item: '3',
      resolution: 'b',
      text: 'To provide financial support of £35,000 from historic Local Area Agreement Reward Grant to deliver the implementation phase.',
    },
  },
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: COMMUNITY_SAFETY,
      meetingId: OCT_2016,
      item: '3',
      resolution: 'c',
      text: 'To support the offer from the Office of the Police and Crime Commissioner to manage and administer the new partnership.',
    },
  },
];

export const kpmgDecisions: LedgerEvent[] = [
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: KPMG,
      meetingId: OCT_2016,
      item: '5',
      resolution: 'a',
      text: 'Each partner to contribute £10,000 towards providing a dedicated resource for Leadership Gloucestershire to take devolution forward.',
    },
  },
  {
    type: 'ResolutionRecorded',
    data: {
      proposalId: KPMG,
      meetingId: OCT_2016,
      item: '5',
      resolution: 'b',
      text: 'To set up an officer group to draft the job descriptions and identify the wider resources required.',
    },
  },
  {
    type: 'PositionRecorded',
    data: {
      proposalId: KPMG,
      organisationId: PCC,
      stance: 'support-with-concerns',
      note: 'Can contribute only if the remit of the Office of the Police and Crime Commissioner is included through public service reform',
      spokenBy: 'Martin Surl',
    },
  },
];

export const october2016Funding: LedgerEvent[] = [
  {
    type: 'FundOpened',
    data: {
      fundId: 'laa-reward-grant',
      name: 'Historic Local Area Agreement Reward Grant',
      holder: GCC,
      kind: 'grant-source',
      openingBalancePence: pence(25_000_000),
    },
  },
  {
    type: 'FundingAllocated',
    data: {
      fundId: 'laa-reward-grant',
      allocationId: 'csp-implementation',
      recipient: { kind: 'body', id: COMMUNITY_SAFETY_PARTNERSHIP },
      purpose: 'Implementation phase',
      amountPence: pence(3_500_000),
      decision: { proposalId: COMMUNITY_SAFETY, resolution: 'b' },
    },
  },
  {
    type: 'FundOpened',
    data: {
      fundId: 'devolution-capacity',
      name: 'Devolution capacity',
      holder: GCC,
      kind: 'pooled-pot',
      perPartnerAskPence: pence(1_000_000),
      askedOrganisations: [...PARTNERS],
      decision: { proposalId: KPMG, resolution: 'a' },
    },
  },
  {
    type: 'PledgeRecorded',
    data: {
      fundId: 'devolution-capacity',
      pledgeId: STROUD,
      organisation: STROUD,
      amountPence: pence(1_000_000),
      decision: { proposalId: KPMG, resolution: 'a' },
    },
  },
  {
    type: 'PledgeRecorded',
    data: {
      fundId: 'devolution-capacity',
      pledgeId: PCC,
      organisation: PCC,
      amountPence: pence(1_000_000),
      condition: "The PCC's remit is included through public service reform",
      decision: { proposalId: KPMG, resolution: 'a' },
    },
  },
];

export const october2016: LedgerEvent[] = [
  ...october2016Meeting,
  ...communitySafetyDecisions,
  ...kpmgDecisions,
  ...october2016Funding,
];
