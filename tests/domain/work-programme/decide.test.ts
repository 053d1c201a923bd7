/**
 * The work programme rules, one row per rule. The 2011/12 annual report says "a new work programme
 * will be considered at the June 2012 meeting"; it names no lead officer, meeting id or later
 * history, so those here are illustrative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evolveBody, initialBodyState } from '../../../src/domain/directory/state.js';
import type { MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { evolveMeeting, initialMeetingState } from '../../../src/domain/meetings/state.js';
import { relatedFrom, type Related } from '../../../src/domain/related.js';
import type { WorkProgrammeCommand } from '../../../src/domain/work-programme/commands.js';
import type { WorkProgrammeEvent } from '../../../src/domain/work-programme/events.js';
import { planItemDecider, workProgramme, workProgrammeCommands } from '../../../src/domain/work-programme/index.js';
import { eventsOrCode } from '../shared/given.js';

const GSP = 'gloucestershire-strategic-partnership';
const ID = 'gsp-2012-06-work-programme';
const JUNE = 'gsp-2012-06-21';
const SEPT = 'gsp-2012-09-20';
const MARCH = 'gsp-2012-03-15';
const OTHER = 'lg-2012-07-12';

const meeting = (meetingId: string, bodyId: string, date: string, held = false) =>
  (
    [
      { type: 'MeetingScheduled', data: { meetingId, bodyId, date } },
      ...(held ? [{ type: 'AttendanceRecorded', data: { meetingId, present: [], apologies: [] } }] : []),
    ] as MeetingsEvent[]
  ).reduce(evolveMeeting, initialMeetingState);
const directory: Related = relatedFrom(
  new Map<string, unknown>([
    [
      `body-${GSP}`,
      evolveBody(initialBodyState, {
        type: 'BodyEstablished',
        data: { bodyId: GSP, name: 'Gloucestershire Strategic Partnership', type: 'strategic-partnership' },
      }),
    ],
    [`meeting-${JUNE}`, meeting(JUNE, GSP, '2012-06-21')],
    [`meeting-${SEPT}`, meeting(SEPT, GSP, '2012-09-20')],
    [`meeting-${MARCH}`, meeting(MARCH, GSP, '2012-03-15', true)],
    [`meeting-${OTHER}`, meeting(OTHER, 'leadership-gloucestershire', '2012-07-12')],
  ]),
);

const command = <T extends WorkProgrammeCommand['type']>(type: T, data: Record<string, unknown>) =>
  ({ type, data: workProgramme.commands[type]!.schema.parse(data) }) as Extract<WorkProgrammeCommand, { type: T }>;
const plan = (extra: Record<string, unknown> = {}) =>
  command('PlanItem', {
    planItemId: ID,
    bodyId: GSP,
    title: 'A new work programme',
    kind: 'decision',
    leadOfficer: 'Illustrative: the partnership manager',
    meetingId: JUNE,
    ...extra,
  });
const replan = (extra: Record<string, unknown>) =>
  command('ReplanItem', { planItemId: ID, reason: 'Not ready', ...extra });
const take = (meetingId = JUNE) => command('MarkItemTaken', { planItemId: ID, meetingId });
const drop = () => command('DropItem', { planItemId: ID, droppedOn: '2012-05-01', reason: 'Overtaken' });

const planned: WorkProgrammeEvent = {
  type: 'ItemPlanned',
  data: {
    planItemId: ID,
    bodyId: GSP,
    title: 'A new work programme',
    kind: 'decision',
    leadOfficer: 'Illustrative: the partnership manager',
    meetingId: JUNE,
    meetingDate: '2012-06-21',
    month: '2012-06',
  },
};
const replanned: WorkProgrammeEvent = {
  type: 'ItemReplanned',
  data: {
    planItemId: ID,
    meetingId: SEPT,
    meetingDate: '2012-09-20',
    month: '2012-09',
    fromMeetingId: JUNE,
    fromMonth: '2012-06',
    reason: 'Not ready',
  },
};
const taken: WorkProgrammeEvent = {
  type: 'ItemTaken',
  data: { planItemId: ID, meetingId: JUNE, takenOn: '2012-06-21' },
};
const dropped: WorkProgrammeEvent = {
  type: 'ItemDropped',
  data: { planItemId: ID, droppedOn: '2012-05-01', reason: 'Overtaken' },
};

function when(given: readonly WorkProgrammeEvent[], cmd: WorkProgrammeCommand): readonly WorkProgrammeEvent[] | string {
  return eventsOrCode(planItemDecider, given, cmd, directory);
}

type Row = [string, readonly WorkProgrammeEvent[], WorkProgrammeCommand, readonly WorkProgrammeEvent[] | string];

describe.each<Row>([
  ['plans an item for a scheduled meeting of the body, with its date and month', [], plan(), [planned]],
  [
    'plans an item for a month',
    [],
    plan({ meetingId: undefined, month: '2012-06' }),
    [
      {
        type: 'ItemPlanned',
        data: { ...planned.data, meetingId: undefined, meetingDate: undefined, month: '2012-06' },
      },
    ],
  ],
  ['refuses the same item twice', [planned], plan(), 'PLAN_ITEM_ALREADY_PLANNED'],
  ['refuses a body not in the directory', [], plan({ bodyId: 'cheltenham-lsp' }), 'BODY_NOT_ESTABLISHED'],
  ['refuses an item planned for no meeting and no month', [], plan({ meetingId: undefined }), 'PLANNED_FOR_MISSING'],
  ['refuses a meeting not scheduled', [], plan({ meetingId: 'gsp-2012-12-13' }), 'MEETING_NOT_SCHEDULED'],
  ["refuses another body's meeting", [], plan({ meetingId: OTHER }), 'MEETING_OF_ANOTHER_BODY'],
  ['refuses a meeting already held', [], plan({ meetingId: MARCH }), 'PLANNED_MEETING_HELD'],
  ['moves the item to a later meeting, saying from where', [planned], replan({ meetingId: SEPT }), [replanned]],
  ['refuses a replan of an item never planned', [], replan({ meetingId: SEPT }), 'PLAN_ITEM_NOT_FOUND'],
  ['refuses a replan to the same month', [planned], replan({ month: '2012-06' }), 'REPLAN_NOT_LATER'],
  ['refuses a replan to an earlier meeting', [planned, replanned], replan({ meetingId: JUNE }), 'REPLAN_NOT_LATER'],
  ['refuses a replan of a taken item', [planned, taken], replan({ meetingId: SEPT }), 'PLAN_ITEM_CLOSED'],
  ['marks the item taken at a meeting of the body', [planned], take(), [taken]],
  ["refuses taking it at another body's meeting", [planned], take(OTHER), 'MEETING_OF_ANOTHER_BODY'],
  ['refuses taking it twice', [planned, taken], take(), 'PLAN_ITEM_CLOSED'],
  ['drops the item with the reason', [planned], drop(), [dropped]],
  ['refuses dropping an item never planned', [], drop(), 'PLAN_ITEM_NOT_FOUND'],
  ['refuses dropping a dropped item', [planned, dropped], drop(), 'PLAN_ITEM_CLOSED'],
])('%s', (_name, given, cmd, expected) => {
  it('decides as the rule says', () => {
    const outcome = when(given, cmd);
    if (typeof expected === 'string') expect(outcome).toBe(expected);
    else expect(JSON.parse(JSON.stringify(outcome))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

it("the command examples rest on the annual report's own sentence", () => {
  const seed = readFileSync(new URL('../../../fixtures/minutes/annual-report-2011-12.txt', import.meta.url), 'utf8');
  expect(seed.replace(/\s+/g, ' ')).toContain('A new work programme will be considered at the June 2012 meeting.');
  expect(workProgrammeCommands.PlanItem.example).toMatchObject({
    bodyId: 'leadership-gloucestershire',
    month: '2012-06',
  });
  expect(workProgrammeCommands.PlanItem.example.leadOfficer).toMatch(/^Illustrative/);
});
