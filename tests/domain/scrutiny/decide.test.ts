/**
 * The scrutiny recommendation rules, one row per rule. The seeds expect "publication of scrutiny
 * reports, recommendations and responses" (2008 prospectus) but record none: the committee, its
 * recommendation and the dates here are illustrative.
 */
import { describe, expect, it } from 'vitest';
import { evolveAction, initialActionState } from '../../../src/domain/actions/state.js';
import {
  evolveBody,
  evolveOrganisation,
  initialBodyState,
  initialOrganisationState,
} from '../../../src/domain/directory/state.js';
import { evolveMeeting, initialMeetingState } from '../../../src/domain/meetings/state.js';
import { relatedFrom, type Related } from '../../../src/domain/related.js';
import type { ScrutinyCommand } from '../../../src/domain/scrutiny/commands.js';
import type { ScrutinyEvent } from '../../../src/domain/scrutiny/events.js';
import { recommendationDecider, scrutiny } from '../../../src/domain/scrutiny/index.js';
import { addDays } from '../../../src/domain/scrutiny/state.js';
import { eventsOrCode } from '../shared/given.js';

const OSMC = 'gcc-overview-and-scrutiny-management-committee';
const LG = 'leadership-gloucestershire';
const ID = 'gcc-osmc-2017-03-13-rec-1';
const ACTION = 'lg-2017-04-20-4-1';

const body = (
  bodyId: string,
  type: 'scrutiny-committee' | 'strategic-partnership',
  extra: Record<string, string> = {},
) => evolveBody(initialBodyState, { type: 'BodyEstablished', data: { bodyId, name: bodyId, type, ...extra } });
const stroud = evolveOrganisation(initialOrganisationState, {
  type: 'OrganisationRegistered',
  data: { organisationId: 'stroud-district-council', name: 'Stroud District Council', type: 'district-council' },
});
const action = evolveAction(initialActionState, {
  type: 'ActionAssigned',
  data: {
    actionId: ACTION,
    title: 'Publish the reconciliation twice a year',
    owners: [{ kind: 'person', name: 'Pete Bungard' }],
    meetingId: 'lg-2017-04-20',
    item: '4',
  },
} as never);

const OSMC_MEETING = 'gcc-osmc-2017-03-13';
const LG_MEETING = 'lg-2017-03-09';
const CANCELLED_MEETING = 'gcc-osmc-2017-02-13';
const meeting = (meetingId: string, bodyId: string, date: string) =>
  evolveMeeting(initialMeetingState, { type: 'MeetingScheduled', data: { meetingId, bodyId, date } });
const cancelled = evolveMeeting(meeting(CANCELLED_MEETING, OSMC, '2017-02-13'), {
  type: 'MeetingCancelled',
  data: { meetingId: CANCELLED_MEETING, reason: 'Not quorate' },
});

const directory: Related = relatedFrom(
  new Map<string, unknown>([
    [`body-${OSMC}`, body(OSMC, 'scrutiny-committee', { councilId: 'gloucestershire-county-council' })],
    [`body-${LG}`, body(LG, 'strategic-partnership')],
    ['organisation-stroud-district-council', stroud],
    [`action-${ACTION}`, action],
    [`meeting-${OSMC_MEETING}`, meeting(OSMC_MEETING, OSMC, '2017-03-13')],
    [`meeting-${LG_MEETING}`, meeting(LG_MEETING, LG, '2017-03-09')],
    [`meeting-${CANCELLED_MEETING}`, cancelled],
  ]),
);

const command = <T extends ScrutinyCommand['type']>(type: T, data: Record<string, unknown>) =>
  ({ type, data: scrutiny.commands[type]!.schema.parse(data) }) as Extract<ScrutinyCommand, { type: T }>;
const make = (extra: Record<string, unknown> = {}) =>
  command('MakeRecommendation', {
    recommendationId: ID,
    scrutinyBodyId: OSMC,
    madeOn: '2017-03-13',
    to: { kind: 'body', id: LG },
    text: 'Publish the reconciliation',
    responseDueDays: 60,
    ...extra,
  });
const respond = (response: string, respondedOn = '2017-04-20') =>
  command('RespondToRecommendation', { recommendationId: ID, response, reasons: 'Twice a year', respondedOn });
const track = (actionId = ACTION) => command('TrackRecommendationAction', { recommendationId: ID, actionId });

const made: ScrutinyEvent = {
  type: 'RecommendationMade',
  data: {
    recommendationId: ID,
    scrutinyBodyId: OSMC,
    councilId: 'gloucestershire-county-council',
    madeOn: '2017-03-13',
    to: { kind: 'body', id: LG },
    text: 'Publish the reconciliation',
    responseDueOn: '2017-05-12',
  },
};
const responded = (response: 'accepted' | 'partly-accepted' | 'rejected'): ScrutinyEvent => ({
  type: 'RecommendationResponded',
  data: { recommendationId: ID, response, reasons: 'Twice a year', respondedOn: '2017-04-20' },
});
const tracked: ScrutinyEvent = {
  type: 'RecommendationActionTracked',
  data: { recommendationId: ID, actionId: ACTION },
};

function when(given: readonly ScrutinyEvent[], cmd: ScrutinyCommand): readonly ScrutinyEvent[] | string {
  return eventsOrCode(recommendationDecider, given, cmd, directory);
}

type Row = [string, readonly ScrutinyEvent[], ScrutinyCommand, readonly ScrutinyEvent[] | string];

describe.each<Row>([
  ['records the recommendation with its council and the date a response is due', [], make(), [made]],
  [
    'records a recommendation to a partner',
    [],
    make({ to: { kind: 'organisation', id: 'stroud-district-council' } }),
    [{ ...made, data: { ...made.data, to: { kind: 'organisation', id: 'stroud-district-council' } } }],
  ],
  ['refuses the same recommendation twice', [made], make(), 'RECOMMENDATION_ALREADY_MADE'],
  [
    'refuses a committee not in the directory',
    [],
    make({ scrutinyBodyId: 'gcc-health-scrutiny' }),
    'BODY_NOT_ESTABLISHED',
  ],
  [
    'refuses a body that is not a scrutiny committee',
    [],
    make({ scrutinyBodyId: LG, to: { kind: 'organisation', id: 'stroud-district-council' } }),
    'NOT_A_SCRUTINY_COMMITTEE',
  ],
  [
    'refuses a recommendation to the committee itself',
    [],
    make({ to: { kind: 'body', id: OSMC } }),
    'RECOMMENDATION_TO_ITSELF',
  ],
  [
    'refuses a recipient not in the directory',
    [],
    make({ to: { kind: 'organisation', id: 'cheltenham-borough-council' } }),
    'ORGANISATION_NOT_REGISTERED',
  ],
  [
    'refuses a recipient board not in the directory',
    [],
    make({ to: { kind: 'body', id: 'gloucestershire-health-and-wellbeing-board' } }),
    'BODY_NOT_ESTABLISHED',
  ],
  [
    'records the committee meeting that agreed it',
    [],
    make({ meetingId: OSMC_MEETING }),
    [{ ...made, data: { ...made.data, meetingId: OSMC_MEETING } }],
  ],
  [
    'refuses a committee meeting the ledger does not hold',
    [],
    make({ meetingId: 'gcc-osmc-2017-04-10' }),
    'MEETING_NOT_SCHEDULED',
  ],
  ['refuses a committee meeting that was cancelled', [], make({ meetingId: CANCELLED_MEETING }), 'MEETING_CANCELLED'],
  ['refuses a meeting of the board it is made to', [], make({ meetingId: LG_MEETING }), 'MEETING_OF_ANOTHER_BODY'],
  ['records a partly accepted response', [made], respond('partly-accepted'), [responded('partly-accepted')]],
  ['refuses a response to a recommendation never made', [], respond('accepted'), 'RECOMMENDATION_NOT_FOUND'],
  ['refuses a second response', [made, responded('accepted')], respond('rejected'), 'ALREADY_RESPONDED'],
  [
    'refuses a response dated before the recommendation',
    [made],
    respond('accepted', '2017-03-01'),
    'RESPONSE_BEFORE_RECOMMENDATION',
  ],
  ['tracks an action carrying out an accepted recommendation', [made, responded('accepted')], track(), [tracked]],
  ['refuses an action before any response', [made], track(), 'NO_RESPONSE_YET'],
  [
    'refuses an action for a rejected recommendation',
    [made, responded('rejected')],
    track(),
    'RECOMMENDATION_REJECTED',
  ],
  ['refuses an action never assigned', [made, responded('accepted')], track('lg-2017-04-20-9-9'), 'ACTION_NOT_FOUND'],
  ['refuses the same action twice', [made, responded('accepted'), tracked], track(), 'ACTION_ALREADY_TRACKED'],
  ['refuses an action for a recommendation never made', [], track(), 'RECOMMENDATION_NOT_FOUND'],
])('%s', (_name, given, cmd, expected) => {
  it(Array.isArray(expected) ? 'records the events' : `rejects with ${expected as string}`, () => {
    expect(when(given, cmd)).toEqual(expected);
  });
});

describe('the due date', () => {
  it.each([
    ['2017-03-13', 60, '2017-05-12'],
    ['2016-12-31', 1, '2017-01-01'],
    ['2016-02-28', 1, '2016-02-29'],
  ])('%s plus %i days is %s', (date, days, due) => {
    expect(addDays(date, days)).toBe(due);
  });
});

describe('the commands', () => {
  it('refuses a response the ledger does not know, naming the three it takes', () => {
    expect(() => respond('noted')).toThrow(/accepted.*partly-accepted.*rejected/s);
  });
  it('refuses a recommendation with no days to respond', () => {
    expect(() => make({ responseDueDays: 0 })).toThrow();
  });
});
