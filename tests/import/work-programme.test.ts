/**
 * The work programme and task groups in the minutes YAML: a meeting's decision sets up a task
 * group and its item plans items for later meetings; a later meeting reviews the programme, takes,
 * moves and drops planned items, receives the group's report and closes it. A mistake is refused
 * whole with its line and field. The 2011/12 annual report gives the June 2012 review ("A new work
 * programme will be considered at the June 2012 meeting") and the planning task group; every id,
 * officer, member and later history here is illustrative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, memoryLedger } from './helpers.js';

const ledger = memoryLedger();
const GROUP = 'lg-planning-task-group';
const PLANNING = `kind: Meeting
id: lg-2012-06-21
body: leadership-gloucestershire
date: 2012-06-21
---
kind: Meeting
id: lg-2011-11-24
body: leadership-gloucestershire
date: 2011-11-24
items:
  - number: "4"
    title: Planning and infrastructure
    decisions:
      - ref: a
        text: To establish a task and finish group on planning and infrastructure
        taskGroup:
          id: ${GROUP}
          name: Planning and infrastructure task and finish group
          remit: To develop a "Gloucestershire Family" approach to planning and infrastructure development
          chair: Illustrative chair
          members: [Illustrative member]
          ends: 2012-06-30
    workProgramme:
      plans:
        - {id: lg-2012-06-work-programme, title: A new work programme, kind: decision,
           leadOfficer: Illustrative officer, meeting: lg-2012-06-21}
        - {id: lg-shared-services, title: Shared services, kind: discussion,
           leadOfficer: Illustrative officer, month: 2012-03}
        - {id: lg-estate, title: Public estate, kind: information, leadOfficer: Illustrative officer, month: 2012-04}
`;
const JUNE_META = 'minutes/lg-2012-06-21.yaml: document 1 (Meeting lg-2012-06-21)';
const june = (
  programme: string,
  reports = `{taskGroup: ${GROUP}, summary: Illustrative progress report}`,
) => `kind: Meeting
id: lg-2012-06-21
body: leadership-gloucestershire
date: 2012-06-21
items:
  - number: "5"
    title: Work programme
    workProgramme:
${programme}
    taskGroupReports: [${reports}]
    taskGroupsEnded: [{taskGroup: ${GROUP}, on: 2012-06-30}]
`;
const PROGRAMME = `      reviewed: Illustrative note of the new work programme
      taken: [lg-2012-06-work-programme]
      replans: [{item: lg-estate, month: 2012-09, reason: Illustrative reason}]
      drops: [{item: lg-shared-services, reason: Illustrative reason}]`;

async function eventsOf(stream: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const events: Array<{ type: string; data: Record<string, unknown> }> = [];
  for await (const event of ledger.store.readStream(stream))
    events.push({ type: event.type, data: event.data as Record<string, unknown> });
  return events;
}

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml')])).status).toBe('imported');
});

describe('a planning meeting with one mistake is refused whole, naming the line and field', () => {
  const META = 'minutes/lg-2011-11-24.yaml: document 2 (Meeting lg-2011-11-24)';
  it.each<[string, string, string, RegExp]>([
    [
      'a task group with no end date',
      '          ends: 2012-06-30\n',
      '',
      /line 17, items\.0\.decisions\.0\.taskGroup\.ends: use a calendar date written YYYY-MM-DD/,
    ],
    [
      'a planned item for both a meeting and a month',
      'meeting: lg-2012-06-21}',
      'meeting: lg-2012-06-21, month: 2012-06}',
      /line 25, items\.0\.workProgramme\.plans\.0: say when it is planned for once: meeting \(a scheduled meeting id\) or month \(YYYY-MM\)$/,
    ],
    [
      'a month written as a date',
      'month: 2012-03}',
      'month: 2012-03-01}',
      /line 28, items\.0\.workProgramme\.plans\.1\.month: use a month written YYYY-MM, e.g. 2012-06$/,
    ],
    [
      'an item kind not known',
      'kind: information',
      'kind: update',
      /line 29, items\.0\.workProgramme\.plans\.2\.kind: /,
    ],
    [
      'a task group whose end date is before the decision: the rule says so, with the line',
      'ends: 2012-06-30',
      'ends: 2011-06-30',
      /line 22, items\.0\.decisions\.0\.taskGroup\.ends: TASK_GROUP_ENDS_BEFORE_SET_UP: /,
    ],
    [
      'an item planned for a meeting not scheduled: the rule says so, with the line',
      'meeting: lg-2012-06-21}',
      'meeting: lg-2012-07-19}',
      /line 26, [^:]+: MEETING_NOT_SCHEDULED: /,
    ],
  ])('%s', async (_name, from, to, expected) => {
    const head = await ledger.store.headPosition();
    const text = PLANNING.replace(from, to);
    expect(text).not.toBe(PLANNING);
    const result = await importSources(ledger, [{ name: 'minutes/lg-2011-11-24.yaml', text }]);
    expect(result.status).toBe('refused');
    const messages = 'messages' in result ? result.messages : [];
    expect(messages).toHaveLength(1);
    expect(messages[0]!.startsWith(`${META}, `)).toBe(true);
    expect(messages[0]).toMatch(expected);
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

describe('the later meeting', () => {
  beforeAll(async () => {
    const result = await importSources(ledger, [{ name: 'minutes/lg-2011-11-24.yaml', text: PLANNING }]);
    expect(result.status).toBe('imported');
  });

  it.each<[string, string, string, RegExp]>([
    [
      'a review written as false',
      'reviewed: Illustrative note of the new work programme',
      'reviewed: false',
      /line 9, items\.0\.workProgramme\.reviewed: write what the minutes say about the work programme, or true when they say only that it was considered$/,
    ],
    [
      'a replan with no reason',
      ', reason: Illustrative reason}]\n      drops',
      '}]\n      drops',
      /line 11, items\.0\.workProgramme\.replans\.0\.reason: /,
    ],
    [
      'an unknown field in a drop',
      'drops: [{item: lg-shared-services, reason: Illustrative reason}]',
      'drops: [{item: lg-shared-services, reason: Illustrative reason, why: Overtaken}]',
      /line 12, items\.0\.workProgramme\.drops\.0/,
    ],
    [
      'a planned item taken that was never planned: the rule says so, with the line',
      'taken: [lg-2012-06-work-programme]',
      'taken: [lg-2012-06-vision]',
      /line 10, [^:]+: PLAN_ITEM_NOT_FOUND: /,
    ],
    [
      'an item moved earlier: the rule says so, with the line',
      'month: 2012-09',
      'month: 2012-01',
      /line 11, [^:]+: REPLAN_NOT_LATER: /,
    ],
  ])('%s', async (_name, from, to, expected) => {
    const head = await ledger.store.headPosition();
    const text = june(PROGRAMME.replace(from, to));
    expect(text).not.toBe(june(PROGRAMME));
    const result = await importSources(ledger, [{ name: 'minutes/lg-2012-06-21.yaml', text }]);
    expect(result.status).toBe('refused');
    const messages = 'messages' in result ? result.messages : [];
    expect(messages).toHaveLength(1);
    expect(messages[0]!.startsWith(`${JUNE_META}, `)).toBe(true);
    expect(messages[0]).toMatch(expected);
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('a report from a task group never set up, and one with no summary, each with its line', async () => {
    const unknown = await importSources(ledger, [
      { name: 'minutes/lg-2012-06-21.yaml', text: june(PROGRAMME, '{taskGroup: lg-vision-task-group, summary: x}') },
    ]);
    expect(unknown).toMatchObject({
      status: 'refused',
      messages: [expect.stringMatching(/line 13, [^:]+: TASK_GROUP_NOT_FOUND: /)],
    });
    const empty = await importSources(ledger, [
      { name: 'minutes/lg-2012-06-21.yaml', text: june(PROGRAMME, `{taskGroup: ${GROUP}}`) },
    ]);
    expect(empty).toMatchObject({
      status: 'refused',
      messages: [expect.stringMatching(/line 13, items\.0\.taskGroupReports\.0\.summary: /)],
    });
  });

  it('records the review, the taken, moved and dropped items, the report and the end, each on its stream', async () => {
    const result = await importSources(ledger, [{ name: 'minutes/lg-2012-06-21.yaml', text: june(PROGRAMME) }]);
    expect(result.status).toBe('imported');
    expect(await eventsOf('work-programme-leadership-gloucestershire')).toEqual([
      {
        type: 'WorkProgrammeReviewed',
        data: {
          bodyId: 'leadership-gloucestershire',
          meetingId: 'lg-2012-06-21',
          item: '5',
          reviewedOn: '2012-06-21',
          note: 'Illustrative note of the new work programme',
        },
      },
    ]);
    expect((await eventsOf('plan-item-lg-2012-06-work-programme')).map((e) => e.type)).toEqual([
      'ItemPlanned',
      'ItemTaken',
    ]);
    expect((await eventsOf('plan-item-lg-estate'))[1]).toMatchObject({
      type: 'ItemReplanned',
      data: { fromMonth: '2012-04', month: '2012-09', reason: 'Illustrative reason' },
    });
    expect((await eventsOf('plan-item-lg-shared-services'))[1]).toMatchObject({
      type: 'ItemDropped',
      data: { droppedOn: '2012-06-21' },
    });
    const group = await eventsOf(`task-group-${GROUP}`);
    expect(group.map((e) => e.type)).toEqual(['TaskGroupSetUp', 'TaskGroupReportedBack', 'TaskGroupEnded']);
    expect(group[0]!.data).toMatchObject({
      bodyId: 'leadership-gloucestershire',
      setUpBy: { proposalId: 'lg-2011-11-24-item-4', resolution: 'a' },
      setUpOn: '2011-11-24',
      endsOn: '2012-06-30',
      members: ['Illustrative member'],
    });
    expect(group[1]!.data).toEqual({
      taskGroupId: GROUP,
      bodyId: 'leadership-gloucestershire',
      meetingId: 'lg-2012-06-21',
      item: '5',
      reportedOn: '2012-06-21',
      summary: 'Illustrative progress report',
    });
    expect(group[2]!.data).toEqual({ taskGroupId: GROUP, endedOn: '2012-06-30' });
  });

  it('re-importing the same minutes changes nothing', async () => {
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: 'minutes/lg-2012-06-21.yaml', text: june(PROGRAMME) }]);
    expect(result.status).toBe('imported');
    expect(await ledger.store.headPosition()).toBe(head);
  });
});
