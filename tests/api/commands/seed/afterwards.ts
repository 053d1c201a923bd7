/**
 * TEST-ONLY steps, beyond what fixtures/*.yaml transcribe from the minutes, so that every command
 * route has a step and the refusal tests have something to refuse. What is recorded after the two
 * meetings, and the corrections: the community safety action done
 * and reviewed in December 2016, resolution 5 b) amended then and rescinded in June 2018, the
 * officer-group action reassigned, Vision 2050 progress and a later due date, an ACE sub-action
 * cancelled, the PCC's new name, the December 2018 meeting cancelled, the CCG's withdrawal in 2022
 * and the One Public Estate fund closed.
 */
import * as id from '../../../domain/directory/fixtures.js';
import { ACE_ACTION, DEC_2018, JUN_2018, ONE_PUBLIC_ESTATE, VISION_ACTION } from './june-2018.js';
import { CSP_ACTION, DEC_2016, ITEM_3, ITEM_5, OFFICER_GROUP_ACTION } from './october-2016.js';
import { DEVOLUTION_POT } from './funding-2016.js';
import { clerk, finance, type Step } from './steps.js';

export const OFFICER_GROUP_OWNERS = [
  { kind: 'person', name: 'Pete Bungard', organisation: id.GCC },
  { kind: 'person', name: 'Mike Dawson', organisation: id.TEWKESBURY },
];
export const PCC_NEW_NAME = 'Office of the Police and Crime Commissioner (OPCC)';
// Illustrative: the seeds record no scrutiny recommendation and no partner's own decision.
export const SCRUTINY_PANEL = 'gloucestershire-police-and-crime-panel';
export const RECOMMENDATION = 'pcp-2017-01-20-rec-1';
// Illustrative: the seeds give no work programme items, lead officers or replans.
// The PlanItem example's own id: a malformed-request test sends the example and expects it refused as already planned.
export const PLAN_ITEM = 'lg-2012-06-work-programme';
export const DROPPED_ITEM = 'lg-2018-06-shared-services';
export const TASK_GROUP = 'lg-community-safety-task-group';
const planItem = (planItemId: string, title: string): Step =>
  clerk(
    '/work-programme',
    { planItemId, bodyId: id.LG, title, kind: 'discussion', leadOfficer: 'Illustrative officer', month: '2018-03' },
    `plan-item-${planItemId}`,
    'ItemPlanned',
  );

const action = (actionId: string, what: string, body: Record<string, unknown>, event: string): Step =>
  clerk(`/actions/${actionId}/${what}`, body, `action-${actionId}`, event);

export const afterwardsSteps: readonly Step[] = [
  action(
    CSP_ACTION,
    'completion',
    {
      completedOn: '2016-12-15',
      note: 'Gloucestershire Community Safety Partnership established, managed by the Office of the PCC',
    },
    'ActionCompleted',
  ),
  action(
    CSP_ACTION,
    'reviews',
    { meetingId: DEC_2016, note: 'Relevant actions had been taken following the last meeting' },
    'ActionReviewed',
  ),
  clerk(
    `/proposals/${ITEM_5}/amendments`,
    {
      resolution: 'b',
      meetingId: DEC_2016,
      reason: 'The Strategic Planning Group to be represented on the officer group',
      text:
        'To set up an officer group to draft the job descriptions and identify the wider resources ' +
        'required, with a representative of the Strategic Planning Group.',
    },
    `proposal-${ITEM_5}`,
    'DecisionAmended',
  ),
  action(
    OFFICER_GROUP_ACTION,
    'reassignment',
    {
      owners: OFFICER_GROUP_OWNERS,
      reassignedOn: '2016-12-15',
      reason: 'Mike Dawson to share the lead for the districts',
    },
    'ActionReassigned',
  ),
  action(
    VISION_ACTION,
    'progress',
    {
      note: 'Consultants appointed to consider delivery vehicles; draft report expected by 31 July 2018',
      rag: 'green',
      asOf: JUN_2018.slice(3),
    },
    'ProgressRecorded',
  ),
  action(
    VISION_ACTION,
    'due-date',
    { dueOn: '2018-10-31', reason: 'The final report on the Big Conversation is planned for the end of October 2018' },
    'DueDateExtended',
  ),
  action(
    `${ACE_ACTION}-a`,
    'cancellation',
    { cancelledOn: '2018-10-11', reason: 'Taken over by the ACE Panel of the Health and Wellbeing Board' },
    'ActionCancelled',
  ),
  clerk(
    `/proposals/${ITEM_5}/rescissions`,
    {
      resolution: 'b',
      meetingId: JUN_2018,
      reason: 'The Strategic Planning Coordinator and his senior officer group took the work over',
    },
    `proposal-${ITEM_5}`,
    'DecisionRescinded',
  ),
  clerk(
    `/organisations/${id.PCC}/renaming`,
    { name: PCC_NEW_NAME, renamedOn: JUN_2018.slice(3) },
    `organisation-${id.PCC}`,
    'OrganisationRenamed',
  ),
  // Illustrative: the minutes set all meetings for 10am ("All on Thursdays starting at 10am"); the move to
  // 2pm and the venue change are invented.
  clerk(
    `/meetings/${DEC_2018}/rescheduling`,
    { date: '2018-12-06', startTime: '14:00' },
    `meeting-${DEC_2018}`,
    'MeetingRescheduled',
  ),
  clerk(
    `/meetings/${DEC_2018}/venue`,
    { venue: 'Shire Hall, Gloucester', reason: 'Illustrative: room unavailable' },
    `meeting-${DEC_2018}`,
    'MeetingVenueChanged',
  ),
  clerk(
    `/meetings/${DEC_2018}/cancellation`,
    { reason: 'Not enough business; items deferred to the February meeting' },
    `meeting-${DEC_2018}`,
    'MeetingCancelled',
  ),
  clerk(
    `/bodies/${id.LG}/withdrawals`,
    {
      organisationId: id.CCG,
      withdrawnOn: '2022-06-30',
      reason: 'Clinical commissioning groups were replaced by integrated care boards',
    },
    `body-${id.LG}`,
    'MemberWithdrawn',
  ),
  finance(
    `/funds/devolution-capacity/pledges/${id.GCC}/partner-authorisation`,
    {
      decidedBy: 'Gloucestershire County Council Cabinet',
      decidedOn: '2016-11-23',
      reference: 'Illustrative: cabinet minute 12',
    },
    'fund-devolution-capacity',
    'PartnerAuthorisationRecorded',
  ),
  clerk(
    '/bodies',
    {
      bodyId: SCRUTINY_PANEL,
      name: 'Police and Crime Panel (illustrative)',
      type: 'scrutiny-committee',
      councilId: id.GCC,
    },
    `body-${SCRUTINY_PANEL}`,
    'BodyEstablished',
  ),
  clerk(
    '/recommendations',
    {
      recommendationId: RECOMMENDATION,
      scrutinyBodyId: SCRUTINY_PANEL,
      madeOn: '2017-01-20',
      to: { kind: 'organisation', id: id.PCC },
      text: 'Illustrative: report how the community safety partnership is managed',
      responseDueDays: 60,
    },
    `recommendation-${RECOMMENDATION}`,
    'RecommendationMade',
  ),
  clerk(
    `/recommendations/${RECOMMENDATION}/response`,
    { response: 'accepted', reasons: 'Illustrative: a yearly report', respondedOn: '2017-03-01' },
    `recommendation-${RECOMMENDATION}`,
    'RecommendationResponded',
  ),
  clerk(
    `/recommendations/${RECOMMENDATION}/actions`,
    { actionId: CSP_ACTION },
    `recommendation-${RECOMMENDATION}`,
    'RecommendationActionTracked',
  ),
  // Illustrative: the seeds record no second pledge from Forest of Dean and no waived condition.
  finance(
    `/funds/${DEVOLUTION_POT}/pledges`,
    {
      organisation: id.FOREST_OF_DEAN,
      amount: '£10,000',
      condition: 'Illustrative: once its own budget for 2017/18 is set',
      decision: { proposalId: ITEM_5, resolution: 'a' },
    },
    `fund-${DEVOLUTION_POT}`,
    'PledgeRecorded',
  ),
  finance(
    `/funds/${DEVOLUTION_POT}/pledges/${id.FOREST_OF_DEAN}/condition-waived`,
    { reason: 'Illustrative: the board waived the condition so the post could be advertised' },
    `fund-${DEVOLUTION_POT}`,
    'PledgeConditionWaived',
  ),
  finance(
    `/funds/${ONE_PUBLIC_ESTATE}/closure`,
    { reason: 'The £220,000 award has been spent on the four projects' },
    `fund-${ONE_PUBLIC_ESTATE}`,
    'FundClosed',
  ),
  planItem(PLAN_ITEM, 'Illustrative: One Public Estate progress'),
  clerk(
    `/work-programme/${PLAN_ITEM}/replan`,
    { month: '2018-06', reason: 'Illustrative: the bid outcome was not known' },
    `plan-item-${PLAN_ITEM}`,
    'ItemReplanned',
  ),
  clerk(`/work-programme/${PLAN_ITEM}/taken`, { meetingId: JUN_2018 }, `plan-item-${PLAN_ITEM}`, 'ItemTaken'),
  planItem(DROPPED_ITEM, 'Illustrative: shared services'),
  clerk(
    `/work-programme/${DROPPED_ITEM}/dropped`,
    { droppedOn: '2018-04-01', reason: 'Illustrative: taken up by the chief executives' },
    `plan-item-${DROPPED_ITEM}`,
    'ItemDropped',
  ),
  clerk(
    '/task-groups',
    {
      taskGroupId: TASK_GROUP,
      bodyId: id.LG,
      setUpBy: { proposalId: ITEM_3, resolution: 'a' },
      name: 'Illustrative: community safety task and finish group',
      remit: 'Illustrative: oversee the community safety partnership set-up',
      chair: 'Illustrative: a member of Leadership Gloucestershire',
      members: ['Illustrative member'],
      setUpOn: '2016-10-27',
      endsOn: '2017-03-31',
    },
    `task-group-${TASK_GROUP}`,
    'TaskGroupSetUp',
  ),
  clerk(`/task-groups/${TASK_GROUP}/ending`, { endedOn: '2017-03-31' }, `task-group-${TASK_GROUP}`, 'TaskGroupEnded'),
  clerk(
    `/task-groups/${TASK_GROUP}/reports`,
    { meetingId: JUN_2018, item: '2', summary: "Illustrative: the group's closing report" },
    `task-group-${TASK_GROUP}`,
    'TaskGroupReportedBack',
  ),
  // Illustrative: the minutes give no publication date for the June 2018 papers (the fixture records
  // the review of its work programme, item 10, from the minutes themselves).
  clerk(`/meetings/${JUN_2018}/papers`, { publishedOn: '2018-06-07' }, `meeting-${JUN_2018}`, 'PapersPublished'),
];
