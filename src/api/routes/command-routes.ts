/**
 * The URL of every command. Path parameters are fields of the command's data; the body carries the
 * rest. Clerks record the directory, meetings, decisions and actions; finance officers the funding.
 */
import type { CommandRoute } from '../commands/command-route.js';

const clerk = ['clerk'] as const;
const finance = ['finance'] as const;

const directory: CommandRoute[] = [
  { command: 'RegisterOrganisation', url: '/organisations', tag: 'directory', roles: clerk },
  { command: 'RenameOrganisation', url: '/organisations/:organisationId/renaming', tag: 'directory', roles: clerk },
  { command: 'DissolveOrganisation', url: '/organisations/:organisationId/dissolution', tag: 'directory', roles: clerk },
  { command: 'EstablishBody', url: '/bodies', tag: 'directory', roles: clerk },
  { command: 'AdmitMember', url: '/bodies/:bodyId/members', tag: 'directory', roles: clerk },
  { command: 'WithdrawMember', url: '/bodies/:bodyId/withdrawals', tag: 'directory', roles: clerk },
  { command: 'AppointRepresentative', url: '/bodies/:bodyId/representatives', tag: 'directory', roles: clerk },
  { command: 'AdoptTermsOfReference', url: '/bodies/:bodyId/terms-of-reference', tag: 'directory', roles: clerk },
];

const meetings: CommandRoute[] = [
  { command: 'ScheduleMeeting', url: '/meetings', tag: 'meetings', roles: clerk },
  { command: 'RescheduleMeeting', url: '/meetings/:meetingId/rescheduling', tag: 'meetings', roles: clerk },
  { command: 'ChangeVenue', url: '/meetings/:meetingId/venue', tag: 'meetings', roles: clerk },
  { command: 'RecordAttendance', url: '/meetings/:meetingId/attendance', tag: 'meetings', roles: clerk },
  { command: 'TableItem', url: '/meetings/:meetingId/items', tag: 'meetings', roles: clerk },
  { command: 'ConfirmMinutes', url: '/meetings/:meetingId/minutes-confirmation', tag: 'meetings', roles: clerk },
  { command: 'CancelMeeting', url: '/meetings/:meetingId/cancellation', tag: 'meetings', roles: clerk },
];

const decisions: CommandRoute[] = [
  { command: 'TableOptions', url: '/proposals', tag: 'decisions', roles: clerk },
  { command: 'RecordPosition', url: '/proposals/:proposalId/positions', tag: 'decisions', roles: clerk },
  { command: 'AgreeOption', url: '/proposals/:proposalId/agreement', tag: 'decisions', roles: clerk },
  { command: 'RecordResolution', url: '/proposals/:proposalId/resolutions', tag: 'decisions', roles: clerk },
  { command: 'AmendDecision', url: '/proposals/:proposalId/amendments', tag: 'decisions', roles: clerk },
  { command: 'RescindDecision', url: '/proposals/:proposalId/rescissions', tag: 'decisions', roles: clerk },
  { command: 'ReferMatter', url: '/proposals/:proposalId/referrals', tag: 'decisions', roles: clerk },
  { command: 'LinkDecision', url: '/proposals/:proposalId/links', tag: 'decisions', roles: clerk },
];

const actions: CommandRoute[] = [
  { command: 'AssignAction', url: '/actions', tag: 'actions', roles: clerk },
  { command: 'RecordProgress', url: '/actions/:actionId/progress', tag: 'actions', roles: clerk },
  { command: 'CompleteAction', url: '/actions/:actionId/completion', tag: 'actions', roles: clerk },
  { command: 'ReassignAction', url: '/actions/:actionId/reassignment', tag: 'actions', roles: clerk },
  { command: 'ExtendDueDate', url: '/actions/:actionId/due-date', tag: 'actions', roles: clerk },
  { command: 'CancelAction', url: '/actions/:actionId/cancellation', tag: 'actions', roles: clerk },
  { command: 'ReviewAction', url: '/actions/:actionId/reviews', tag: 'actions', roles: clerk },
];

const funding: CommandRoute[] = [
  { command: 'OpenFund', url: '/funds', tag: 'funding', roles: finance },
  { command: 'PledgeFunding', url: '/funds/:fundId/pledges', tag: 'funding', roles: finance },
  { command: 'SatisfyPledgeCondition', url: '/funds/:fundId/pledges/:organisation/condition-satisfied', tag: 'funding', roles: finance },
  { command: 'RecordPartnerAuthorisation', url: '/funds/:fundId/pledges/:organisation/partner-authorisation', tag: 'funding', roles: finance },
  { command: 'LapsePledge', url: '/funds/:fundId/pledges/:organisation/lapse', tag: 'funding', roles: finance },
  { command: 'WithdrawPledge', url: '/funds/:fundId/pledges/:organisation/withdrawal', tag: 'funding', roles: finance },
  { command: 'AmendPledge', url: '/funds/:fundId/pledges/:organisation/amendment', tag: 'funding', roles: finance },
  { command: 'RecordContribution', url: '/funds/:fundId/contributions', tag: 'funding', roles: finance },
  { command: 'AllocateFunding', url: '/funds/:fundId/allocations', tag: 'funding', roles: finance },
  { command: 'RecordPayment', url: '/funds/:fundId/allocations/:allocationId/payments', tag: 'funding', roles: finance },
  { command: 'CloseFund', url: '/funds/:fundId/closure', tag: 'funding', roles: finance },
];

const scrutiny: CommandRoute[] = [
  { command: 'MakeRecommendation', url: '/recommendations', tag: 'scrutiny', roles: clerk },
  { command: 'RespondToRecommendation', url: '/recommendations/:recommendationId/response', tag: 'scrutiny', roles: clerk },
  { command: 'TrackRecommendationAction', url: '/recommendations/:recommendationId/actions', tag: 'scrutiny', roles: clerk },
];

export const commandRoutes: readonly CommandRoute[] = [
  ...directory,
  ...meetings,
  ...decisions,
  ...funding,
  ...actions,
  ...scrutiny,
];

