/**
 * One request per command route that the ledger's rules refuse once the seed scenario is recorded,
 * with the rejection the domain gives for it. The bodies are valid, so the same requests serve the
 * tests of authorisation, stale If-Match and schema failures: only the rule, the token or the
 * revision is at fault.
 */
import { actionsRejection } from '../../../src/domain/actions/rejections.js';
import { decisionsRejection } from '../../../src/domain/decisions/rejections.js';
import { directoryRejection } from '../../../src/domain/directory/rejections.js';
import { fundingRejection } from '../../../src/domain/funding/rejections.js';
import { meetingsRejection } from '../../../src/domain/meetings/rejections.js';
import { citationRejection } from '../../../src/domain/shared/rejections.js';
import { scrutinyRejection } from '../../../src/domain/scrutiny/rejections.js';
import { workProgrammeRejection } from '../../../src/domain/work-programme/rejections.js';
import type { Rejection } from '../../../src/domain/shared/decider.js';
import { pence } from '../../../src/domain/shared/money.js';
import * as id from '../../domain/directory/fixtures.js';
import {
  DROPPED_ITEM,
  OFFICER_GROUP_OWNERS,
  PCC_NEW_NAME,
  PLAN_ITEM,
  RECOMMENDATION,
  SCRUTINY_PANEL,
  TASK_GROUP,
} from './seed/afterwards.js';
import { DISTRICT_CHIEF_EXECUTIVES } from './seed/directory.js';
import { COMMUNITY_SAFETY_PARTNERSHIP, CSP_ALLOCATION, DEVOLUTION_POT, LAA_GRANT } from './seed/funding-2016.js';
import { ACE_ACTION, DEC_2018, JUN_2018, ONE_PUBLIC_ESTATE, SOCIAL_MOBILITY, VISION_ACTION } from './seed/june-2018.js';
import { CSP_ACTION, DEC_2016, ITEM_3, ITEM_5, OCT_2016, OFFICER_GROUP_ACTION, SEP_2016 } from './seed/october-2016.js';

export interface RefusedRequest {
  readonly as: 'clerk' | 'finance';
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** The stream the command would change. */
  readonly stream: string;
  readonly rejection: Rejection;
}

const clerk = (url: string, body: Record<string, unknown>, stream: string, rejection: Rejection): RefusedRequest => ({
  as: 'clerk',
  url,
  body,
  stream,
  rejection,
});
const finance = (url: string, body: Record<string, unknown>, stream: string, rejection: Rejection): RefusedRequest => ({
  as: 'finance',
  url,
  body,
  stream,
  rejection,
});

const lg = `body-${id.LG}`;
const pot = `fund-${DEVOLUTION_POT}`;
const pledges = `/funds/${DEVOLUTION_POT}/pledges`;
const action = (actionId: string) => `action-${actionId}`;

export const refusedRequests: readonly RefusedRequest[] = [
  clerk(
    '/organisations',
    { organisationId: id.STROUD, name: 'Stroud District Council', type: 'district-council' },
    `organisation-${id.STROUD}`,
    directoryRejection('ORGANISATION_ALREADY_REGISTERED', id.STROUD),
  ),
  clerk(
    `/organisations/${id.PCC}/renaming`,
    { name: PCC_NEW_NAME, renamedOn: '2018-07-01' },
    `organisation-${id.PCC}`,
    directoryRejection('ORGANISATION_NAME_UNCHANGED', PCC_NEW_NAME),
  ),
  clerk(
    `/organisations/${id.POLICE_AUTHORITY}/dissolution`,
    { dissolvedOn: '2013-01-01' },
    `organisation-${id.POLICE_AUTHORITY}`,
    citationRejection('ORGANISATION_DISSOLVED', id.POLICE_AUTHORITY, '2012-11-22'),
  ),
  clerk(
    '/bodies',
    { bodyId: id.LG, name: 'Leadership Gloucestershire', type: 'strategic-partnership', establishedOn: '2010-12-01' },
    lg,
    directoryRejection('BODY_ALREADY_ESTABLISHED', id.LG),
  ),
  clerk(
    `/bodies/${id.LG}/members`,
    { organisationId: id.STROUD, admittedOn: '2016-10-27' },
    lg,
    directoryRejection('MEMBER_ALREADY_ADMITTED', id.STROUD, id.LG),
  ),
  clerk(
    `/bodies/${id.LG}/withdrawals`,
    { organisationId: id.BIS, withdrawnOn: '2016-10-27' },
    lg,
    directoryRejection('NOT_A_MEMBER', id.BIS, id.LG),
  ),
  clerk(
    `/bodies/${id.LG}/representatives`,
    { organisationId: id.GCC, person: 'Cllr Mark Hawthorne', role: 'chair', from: '2016-10-27' },
    lg,
    directoryRejection('REPRESENTATIVE_ALREADY_APPOINTED', 'Cllr Mark Hawthorne', 'chair'),
  ),
  clerk(
    `/bodies/${id.LG}/terms-of-reference`,
    { version: 'Updated July 2011', adoptedOn: '2011-07-01' },
    lg,
    directoryRejection('TERMS_VERSION_ALREADY_ADOPTED', 'Updated July 2011'),
  ),
  clerk(
    '/meetings',
    { meetingId: OCT_2016, bodyId: id.LG, date: '2016-10-27' },
    `meeting-${OCT_2016}`,
    meetingsRejection('MEETING_ALREADY_SCHEDULED', OCT_2016),
  ),
  clerk(
    `/meetings/${DEC_2018}/attendance`,
    { present: [], apologies: [{ person: 'Cllr Mark Hawthorne', organisationId: id.GCC }] },
    `meeting-${DEC_2018}`,
    citationRejection('MEETING_CANCELLED', DEC_2018),
  ),
  clerk(
    `/meetings/${OCT_2016}/items`,
    { number: '3', title: 'Community Safety Review' },
    `meeting-${OCT_2016}`,
    meetingsRejection('ITEM_ALREADY_TABLED', '3', 'Community Safety Review'),
  ),
  clerk(
    `/meetings/${SEP_2016}/minutes-confirmation`,
    { confirmedAtMeetingId: DEC_2016 },
    `meeting-${SEP_2016}`,
    meetingsRejection('MINUTES_ALREADY_CONFIRMED', SEP_2016, OCT_2016),
  ),
  clerk(
    `/meetings/${OCT_2016}/cancellation`,
    { reason: 'Recorded in error' },
    `meeting-${OCT_2016}`,
    meetingsRejection('MEETING_ALREADY_HELD', OCT_2016, 'cancelled'),
  ),
  clerk(
    `/meetings/${OCT_2016}/rescheduling`,
    { date: '2016-11-03' },
    `meeting-${OCT_2016}`,
    meetingsRejection('MEETING_ALREADY_HELD', OCT_2016, 'moved'),
  ),
  clerk(
    '/people',
    { personId: 'chris-hancock', name: 'Cllr Chris Hancock' },
    'person-chris-hancock',
    directoryRejection('PERSON_ALREADY_REGISTERED', 'chris-hancock'),
  ),
  clerk(
    `/meetings/${JUN_2018}/papers`,
    { publishedOn: '2018-06-08' },
    `meeting-${JUN_2018}`,
    meetingsRejection('PAPERS_ALREADY_PUBLISHED', JUN_2018, '2018-06-07'),
  ),
  clerk(
    `/meetings/${OCT_2016}/venue`,
    { venue: 'Ebley Mill, Stroud' },
    `meeting-${OCT_2016}`,
    meetingsRejection('MEETING_ALREADY_HELD', OCT_2016, 'moved'),
  ),
  clerk(
    '/proposals',
    { proposalId: ITEM_3, meetingId: OCT_2016, item: '3', question: 'Again?', options: { '1': 'Another option' } },
    `proposal-${ITEM_3}`,
    decisionsRejection('OPTIONS_ALREADY_TABLED', ITEM_3),
  ),
  clerk(
    `/proposals/${ITEM_3}/positions`,
    { organisationId: id.STROUD, stance: 'support' },
    `proposal-${ITEM_3}`,
    decisionsRejection('POSITION_ALREADY_RECORDED', id.STROUD, ITEM_3),
  ),
  clerk(
    `/proposals/${ITEM_3}/agreement`,
    { option: '1', resolution: 'd', text: 'To keep six district partnerships.' },
    `proposal-${ITEM_3}`,
    decisionsRejection('ANOTHER_OPTION_AGREED', ITEM_3, '3'),
  ),
  clerk(
    `/proposals/${ITEM_3}/resolutions`,
    { meetingId: OCT_2016, item: '3', resolution: 'b', text: 'A second b).' },
    `proposal-${ITEM_3}`,
    decisionsRejection('RESOLUTION_LETTER_TAKEN', ITEM_3, 'b'),
  ),
  clerk(
    `/proposals/${ITEM_5}/amendments`,
    { resolution: 'b', meetingId: JUN_2018, reason: 'Revived', text: 'To set up the officer group again.' },
    `proposal-${ITEM_5}`,
    citationRejection('DECISION_NOT_IN_FORCE', ITEM_5, 'b'),
  ),
  clerk(
    `/proposals/${ITEM_5}/rescissions`,
    { resolution: 'b', meetingId: JUN_2018, reason: 'Twice' },
    `proposal-${ITEM_5}`,
    citationRejection('DECISION_NOT_IN_FORCE', ITEM_5, 'b'),
  ),
  clerk(
    `/proposals/${SOCIAL_MOBILITY}/referrals`,
    { meetingId: JUN_2018, item: '7', bodyId: DISTRICT_CHIEF_EXECUTIVES },
    `proposal-${SOCIAL_MOBILITY}`,
    decisionsRejection('MATTER_ALREADY_REFERRED', SOCIAL_MOBILITY, DISTRICT_CHIEF_EXECUTIVES),
  ),
  clerk(
    `/proposals/${SOCIAL_MOBILITY}/links`,
    {
      meetingId: JUN_2018,
      item: '7',
      kind: 'refers',
      to: { bodyId: 'district-chiefs', meetingId: 'dce-2018-07-05', item: '1', proposalId: 'dce-2018-07-05-item-1' },
    },
    `proposal-${SOCIAL_MOBILITY}`,
    citationRejection('BODY_NOT_ESTABLISHED', 'district-chiefs'),
  ),
  finance(
    '/funds',
    {
      fundId: DEVOLUTION_POT,
      name: 'Devolution capacity',
      kind: 'grant-source',
      holder: id.GCC,
      openingBalance: '£1,000',
    },
    pot,
    fundingRejection('FUND_ALREADY_OPENED', DEVOLUTION_POT),
  ),
  finance(
    pledges,
    { organisation: id.GCC, amount: '£10,000', decision: { proposalId: ITEM_5, resolution: 'a' } },
    pot,
    fundingRejection('PLEDGE_ALREADY_RECORDED', id.GCC),
  ),
  finance(
    `${pledges}/${id.GCC}/condition-satisfied`,
    { note: 'No condition was set' },
    pot,
    fundingRejection('PLEDGE_NOT_CONDITIONAL', id.GCC),
  ),
  finance(
    `${pledges}/${id.PCC}/condition-waived`,
    { reason: 'The chair assured partners that their responsibilities would be covered' },
    pot,
    fundingRejection('CONDITION_ALREADY_SATISFIED', id.PCC),
  ),
  finance(
    `${pledges}/${id.GCC}/partner-authorisation`,
    {
      decidedBy: 'Gloucestershire County Council Cabinet',
      decidedOn: '2016-11-23',
      reference: 'Illustrative: cabinet minute 12',
    },
    pot,
    fundingRejection('PLEDGE_ALREADY_AUTHORISED', id.GCC, pence(1_000_000)),
  ),
  clerk(
    '/recommendations',
    {
      recommendationId: RECOMMENDATION,
      scrutinyBodyId: SCRUTINY_PANEL,
      madeOn: '2017-01-20',
      to: { kind: 'organisation', id: id.PCC },
      text: 'Again',
      responseDueDays: 60,
    },
    `recommendation-${RECOMMENDATION}`,
    scrutinyRejection('RECOMMENDATION_ALREADY_MADE', RECOMMENDATION),
  ),
  clerk(
    `/recommendations/${RECOMMENDATION}/response`,
    { response: 'rejected', reasons: 'Changed our mind', respondedOn: '2017-04-01' },
    `recommendation-${RECOMMENDATION}`,
    scrutinyRejection('ALREADY_RESPONDED', RECOMMENDATION, 'accepted'),
  ),
  clerk(
    `/recommendations/${RECOMMENDATION}/actions`,
    { actionId: CSP_ACTION },
    `recommendation-${RECOMMENDATION}`,
    scrutinyRejection('ACTION_ALREADY_TRACKED', CSP_ACTION, RECOMMENDATION),
  ),
  clerk(
    '/work-programme',
    { planItemId: PLAN_ITEM, bodyId: id.LG, title: 'Again', kind: 'decision', leadOfficer: 'Anyone', month: '2018-03' },
    `plan-item-${PLAN_ITEM}`,
    workProgrammeRejection('PLAN_ITEM_ALREADY_PLANNED', PLAN_ITEM),
  ),
  clerk(
    `/work-programme/${PLAN_ITEM}/replan`,
    { month: '2018-09', reason: 'Again' },
    `plan-item-${PLAN_ITEM}`,
    workProgrammeRejection('PLAN_ITEM_CLOSED', PLAN_ITEM, 'taken'),
  ),
  clerk(
    `/work-programme/${PLAN_ITEM}/taken`,
    { meetingId: JUN_2018 },
    `plan-item-${PLAN_ITEM}`,
    workProgrammeRejection('PLAN_ITEM_CLOSED', PLAN_ITEM, 'taken'),
  ),
  clerk(
    `/work-programme/${DROPPED_ITEM}/dropped`,
    { droppedOn: '2018-05-01', reason: 'Again' },
    `plan-item-${DROPPED_ITEM}`,
    workProgrammeRejection('PLAN_ITEM_CLOSED', DROPPED_ITEM, 'dropped'),
  ),
  clerk(
    '/task-groups',
    {
      taskGroupId: TASK_GROUP,
      bodyId: id.LG,
      setUpBy: { proposalId: ITEM_3, resolution: 'a' },
      name: 'Again',
      remit: 'Again',
      chair: 'Anyone',
      members: [],
      setUpOn: '2016-10-27',
      endsOn: '2017-03-31',
    },
    `task-group-${TASK_GROUP}`,
    workProgrammeRejection('TASK_GROUP_ALREADY_SET_UP', TASK_GROUP),
  ),
  clerk(
    `/task-groups/${TASK_GROUP}/reports`,
    { meetingId: JUN_2018, item: '10', summary: 'Again' },
    `task-group-${TASK_GROUP}`,
    workProgrammeRejection('TASK_GROUP_ALREADY_REPORTED', TASK_GROUP, JUN_2018),
  ),
  clerk(
    `/task-groups/${TASK_GROUP}/ending`,
    { endedOn: '2017-06-30' },
    `task-group-${TASK_GROUP}`,
    workProgrammeRejection('TASK_GROUP_ALREADY_ENDED', TASK_GROUP),
  ),
  clerk(
    `/bodies/${id.LG}/work-programme-reviews`,
    { meetingId: JUN_2018, item: '2' },
    `work-programme-${id.LG}`,
    workProgrammeRejection('WORK_PROGRAMME_ALREADY_REVIEWED', id.LG, JUN_2018),
  ),
  finance(
    `${pledges}/${id.GCC}/lapse`,
    { reason: 'Too late' },
    pot,
    fundingRejection('PLEDGE_HAS_CONTRIBUTIONS', id.GCC, pence(1_000_000)),
  ),
  finance(
    `${pledges}/${id.CHELTENHAM}/withdrawal`,
    { reason: 'Again' },
    pot,
    fundingRejection('NO_LIVE_PLEDGE', id.CHELTENHAM),
  ),
  finance(
    `${pledges}/${id.STROUD}/amendment`,
    { amount: '£1,000', reason: 'Less officer time' },
    pot,
    fundingRejection('AMENDMENT_BELOW_RECEIVED', pence(500_000)),
  ),
  finance(
    `/funds/${DEVOLUTION_POT}/contributions`,
    { organisation: id.CHELTENHAM, amount: '£10,000', receivedOn: '2017-01-10', remittanceReference: 'CBC-1' },
    pot,
    fundingRejection('PLEDGE_NOT_LIVE', id.CHELTENHAM, 'withdrawn'),
  ),
  finance(
    `/funds/${LAA_GRANT}/allocations`,
    {
      allocationId: 'everything',
      recipient: { kind: 'body', id: COMMUNITY_SAFETY_PARTNERSHIP },
      purpose: 'All of it',
      amount: '£250,000',
      decision: { proposalId: ITEM_3, resolution: 'b' },
    },
    `fund-${LAA_GRANT}`,
    fundingRejection('ALLOCATION_EXCEEDS_COMMITTABLE', pence(21_500_000)),
  ),
  finance(
    `/funds/${LAA_GRANT}/allocations/${CSP_ALLOCATION}/payments`,
    { amount: '£17,500.01', paidOn: '2017-03-31', reference: 'GCC-PAY-CSP-002' },
    `fund-${LAA_GRANT}`,
    fundingRejection('PAYMENT_EXCEEDS_ALLOCATION', pence(1_750_000)),
  ),
  finance(
    `/funds/${ONE_PUBLIC_ESTATE}/closure`,
    { reason: 'Twice' },
    `fund-${ONE_PUBLIC_ESTATE}`,
    fundingRejection('FUND_CLOSED', ONE_PUBLIC_ESTATE),
  ),
  clerk(
    '/actions',
    {
      actionId: CSP_ACTION,
      title: 'Again',
      owners: [{ kind: 'organisation', id: id.PCC }],
      meetingId: OCT_2016,
      item: '3',
    },
    action(CSP_ACTION),
    actionsRejection('ACTION_ALREADY_ASSIGNED', CSP_ACTION),
  ),
  clerk(
    `/actions/${CSP_ACTION}/progress`,
    { note: 'More work', rag: 'amber', asOf: '2017-01-05' },
    action(CSP_ACTION),
    actionsRejection('ACTION_COMPLETED', CSP_ACTION),
  ),
  clerk(
    `/actions/${ACE_ACTION}-a/completion`,
    { completedOn: '2018-11-01' },
    action(`${ACE_ACTION}-a`),
    actionsRejection('ACTION_CANCELLED', `${ACE_ACTION}-a`),
  ),
  clerk(
    `/actions/${OFFICER_GROUP_ACTION}/reassignment`,
    { owners: OFFICER_GROUP_OWNERS, reassignedOn: '2017-01-05' },
    action(OFFICER_GROUP_ACTION),
    actionsRejection('OWNERS_UNCHANGED', OFFICER_GROUP_ACTION),
  ),
  clerk(
    `/actions/${VISION_ACTION}/due-date`,
    { dueOn: '2018-10-11' },
    action(VISION_ACTION),
    actionsRejection('DUE_DATE_NOT_LATER', '2018-10-11', '2018-10-31'),
  ),
  clerk(
    `/actions/${CSP_ACTION}/cancellation`,
    { cancelledOn: '2017-01-05', reason: 'Done already' },
    action(CSP_ACTION),
    actionsRejection('ACTION_COMPLETED', CSP_ACTION),
  ),
  clerk(
    `/actions/${CSP_ACTION}/reviews`,
    { meetingId: DEC_2016, note: 'Noted again' },
    action(CSP_ACTION),
    actionsRejection('ALREADY_REVIEWED_AT_MEETING', CSP_ACTION, DEC_2016),
  ),
];
