/**
 * The demo's third, illustrative meeting, imported from YAML alone after the seed meetings: a
 * special meeting moved to another day and venue, a substitute, item kinds and outcomes, an
 * amendment and a rescission of 2016 decisions, reviews that complete, rate, cancel and reassign actions,
 * a condition met, a condition waived and a pledge withdrawn, a receipt and a payment, each with the
 * meeting's date as business time and the file as source.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, fixturePaths, memoryLedger } from './helpers.js';

const ledger = memoryLedger();
const FOLLOW_UP = fixture('illustrative/04-lg-2018-09-20.yaml');

async function eventsOf(stream: string) {
  const events: Array<{
    type: string;
    data: Record<string, unknown>;
    metadata: { occurredAt?: string; source?: unknown };
  }> = [];
  for await (const event of ledger.store.readStream(stream)) events.push(event as never);
  return events;
}

beforeAll(async () => {
  expect((await importFiles(ledger, fixturePaths())).status).toBe('imported');
  const result = await importFiles(ledger, [FOLLOW_UP]);
  expect(result.status).toBe('imported');
});

describe('the illustrative follow-up meeting', () => {
  it('is marked illustrative in the file itself', () => {
    expect(readFileSync(FOLLOW_UP, 'utf8').split('\n')[0]).toBe(
      '# ILLUSTRATIVE: NOT FROM THE MINUTES. An invented follow-up meeting of Leadership Gloucestershire,',
    );
  });

  it('records the special meeting, moved a week and to Ebley Mill, then held with a substitute', async () => {
    const events = await eventsOf('meeting-lg-2018-09-20');
    expect(events.slice(0, 4).map((event) => [event.type, event.data])).toEqual([
      [
        'MeetingScheduled',
        {
          meetingId: 'lg-2018-09-20',
          bodyId: 'leadership-gloucestershire',
          date: '2018-09-13',
          venue: 'Shire Hall, Gloucester',
          startTime: '10:00',
          special: true,
        },
      ],
      [
        'MeetingRescheduled',
        {
          meetingId: 'lg-2018-09-20',
          date: '2018-09-20',
          startTime: '10:00',
          previousDate: '2018-09-13',
          previousStartTime: '10:00',
          reason: 'Illustrative: moved a week to follow the Economic Growth Joint Committee',
        },
      ],
      [
        'MeetingVenueChanged',
        {
          meetingId: 'lg-2018-09-20',
          venue: 'Ebley Mill, Stroud',
          previousVenue: 'Shire Hall, Gloucester',
          reason: 'Illustrative: Shire Hall was not available',
        },
      ],
      [
        'AttendanceRecorded',
        expect.objectContaining({
          apologies: [{ person: 'Cllr Tim Gwilliam', organisationId: 'forest-of-dean-district-council' }],
        }),
      ],
    ]);
    const present = (events[3]!.data as { present: Array<{ person: string; substituteFor?: string }> }).present;
    expect(present.find((p) => p.person === 'Cllr Roger James')?.substituteFor).toBe('Cllr Tim Gwilliam');
    expect(
      events
        .filter((event) => event.type === 'ItemTabled')
        .map((event) => [event.data.number, event.data.kind, event.data.outcome]),
    ).toEqual([
      ['1', 'information', 'noted'],
      ['2', 'decision', 'agreed'],
      ['3', 'information', 'welcomed'],
      ['4', 'decision', 'agreed'],
      ['5', 'discussion', 'noted'],
    ]);
  });

  it('dates what the meeting did on the day it was held, citing the file and item', async () => {
    const [, , , attendance] = await eventsOf('meeting-lg-2018-09-20');
    expect(attendance!.metadata.occurredAt).toBe('2018-09-20');
    const completed = (await eventsOf('action-lg-2018-06-14-4-a')).at(-1)!;
    expect([
      completed.type,
      completed.data.completedOn,
      completed.metadata.occurredAt,
      completed.metadata.source,
    ]).toEqual([
      'ActionCompleted',
      '2018-09-20',
      '2018-09-20',
      { document: '04-lg-2018-09-20.yaml', section: 'item 1', kind: 'illustrative' },
    ]);
  });

  it('completes, rates, cancels and reassigns the actions it reviews', async () => {
    const types = async (id: string) => (await eventsOf(`action-${id}`)).map((event) => event.type);
    expect(await types('lg-2018-06-14-4-a')).toEqual(['ActionAssigned', 'ActionReviewed', 'ActionCompleted']);
    expect(await types('lg-2018-06-14-8-1')).toEqual(['ActionAssigned', 'ActionReviewed', 'ProgressRecorded']);
    expect(await types('lg-2018-06-14-4-b')).toEqual([
      'ActionAssigned',
      'ActionReviewed',
      'ActionReassigned',
      'DueDateExtended',
    ]);
    expect(await types('lg-2018-06-14-4-c')).toEqual(['ActionAssigned', 'ActionReviewed', 'ActionCancelled']);
  });

  it('rescinds minute 3 c) of 2016, and on its invented pot waives one condition and takes a withdrawal', async () => {
    const rescinded = (await eventsOf('proposal-lg-2016-10-27-item-3')).at(-1)!;
    expect([
      rescinded.type,
      rescinded.data.resolution,
      rescinded.data.meetingId,
      rescinded.metadata.occurredAt,
    ]).toEqual(['DecisionRescinded', 'c', 'lg-2018-09-20', '2018-09-20']);
    const pot = (await eventsOf('fund-vision-2050-engagement')).map((event) => [
      event.type,
      event.data.organisation,
      (event.metadata.source as { kind?: string }).kind,
    ]);
    expect(pot.slice(-2)).toEqual([
      ['PledgeConditionWaived', 'stroud-district-council', 'illustrative'],
      ['PledgeWithdrawn', 'gfirst-lep', 'illustrative'],
    ]);
  });

  it("amends minute 5 b) of 2016, meets the PCC's condition, and records its receipt and a payment", async () => {
    const amended = (await eventsOf('proposal-lg-2016-10-27-item-5')).at(-1)!;
    expect([amended.type, amended.data.resolution, amended.data.meetingId]).toEqual([
      'DecisionAmended',
      'b',
      'lg-2018-09-20',
    ]);
    const fund = (await eventsOf('fund-devolution-capacity'))
      .slice(-3)
      .map((event) => [event.type, event.data.organisation]);
    expect(fund).toEqual([
      ['PledgeConditionSatisfied', 'office-of-the-pcc'],
      ['PartnerAuthorisationRecorded', 'office-of-the-pcc'],
      ['ContributionRecorded', 'office-of-the-pcc'],
    ]);
    const paid = (await eventsOf('fund-laa-reward-grant')).at(-1)!;
    expect([paid.type, paid.data.allocationId, paid.data.amountPence]).toEqual([
      'PaymentRecorded',
      'community-safety-implementation',
      2_000_000,
    ]);
  });

  it('changes nothing when imported again', async () => {
    const head = await ledger.store.headPosition();
    expect((await importFiles(ledger, [FOLLOW_UP])).status).toBe('imported');
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

describe('what a clerk writes for a follow-up meeting', () => {
  const meeting = (items: string) =>
    `kind: Meeting\nid: lg-2018-10-11\nbody: leadership-gloucestershire\ndate: ` +
    `2018-10-11\nvenue: Shire Hall, Gloucester\nitems:\n${items}`;

  it('refuses a review whose note says "Complete." but leaves the action open, naming the line', async () => {
    const text = meeting(
      '  - number: "1"\n    title: Actions arising\n    reviews:\n      - {action: ' +
        'lg-2018-06-14-4-c, note: Complete.}\n',
    );
    const result = await importSources(ledger, [{ name: 'later.yaml', text }]);
    expect(result).toEqual({
      status: 'refused',
      messages: [
        'later.yaml: document 1 (Meeting lg-2018-10-11), line 10, items.0.reviews.0.note: the note ' +
          'says "Complete." but the action would stay open: add status: completed',
      ],
    });
  });

  it('takes options keyed as the papers write them: "Option A", "(ii)" and "2a"', async () => {
    const text = meeting(
      '  - number: "4"\n    title: Options\n    options: {"Option A": First, "(ii)": Second, 2a: Third}\n' +
        '    decisions:\n      - {ref: a, text: To agree option (ii)., agrees: "(ii)"}\n',
    );
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: 'options.yaml', text }], { dryRun: true });
    expect(result).toEqual({ status: 'dry-run', files: [expect.anything()] });
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('refuses a changed venue, naming the field and how to record the change', async () => {
    const text =
      'kind: Meeting\nid: lg-2018-10-11\nbody: leadership-gloucestershire\ndate: ' +
      '2018-10-11\nvenue: Council Offices, Tewkesbury\n';
    const result = await importSources(ledger, [{ name: 'moved.yaml', text }]);
    expect(result.status).toBe('refused');
    const [message] = result.status === 'refused' ? result.messages : [];
    expect(message).toContain(
      'changed schedule (ScheduleMeeting, line 1): venue "Shire Hall, Gloucester" -> "Council Offices, Tewkesbury"',
    );
    expect(message).toContain(
      'adding it under changes (e.g. changes: [{venue: Ebley Mill, Stroud, reason: ...}]), which ' +
        'records RescheduleMeeting or ChangeVenue',
    );
    expect(message).not.toContain('AmendPledge');
  });

  it('keeps the start time and venue first recorded when a later document leaves them out', async () => {
    // The minutes of 14 June 2018 scheduled 11 October "at Shire Hall, Gloucester", "starting at 10am";
    // the clerk's document for that meeting's own minutes gives only its date.
    const head = await ledger.store.headPosition();
    const text = 'kind: Meeting\nid: lg-2018-10-11\nbody: leadership-gloucestershire\ndate: 2018-10-11\n';
    const result = await importSources(ledger, [{ name: 'minutes.yaml', text }]);
    expect(result).toMatchObject({
      status: 'imported',
      files: [{ applied: [], alreadyRecorded: [expect.anything()] }],
    });
    expect(await ledger.store.headPosition()).toBe(head);
    const [scheduled] = await eventsOf('meeting-lg-2018-10-11');
    expect(scheduled!.data).toMatchObject({ startTime: '10:00', venue: 'Shire Hall, Gloucester' });
  });

  it('refuses a changed start time, naming it', async () => {
    const text =
      'kind: Meeting\nid: lg-2018-10-11\nbody: leadership-gloucestershire\ndate: 2018-10-11\nstartTime: "14:00"\n';
    const result = await importSources(ledger, [{ name: 'later.yaml', text }]);
    expect(result.status).toBe('refused');
    const [message] = result.status === 'refused' ? result.messages : [];
    expect(message).toContain('changed schedule (ScheduleMeeting, line 1): startTime "10:00" -> "14:00"');
  });

  it('records a body whose establishment date the clerk does not know, its members dated', async () => {
    const text =
      'kind: Body\nid: economic-growth-joint-committee\nname: Economic Growth Joint Committee\ntype: board\n' +
      'members: [{organisation: gloucestershire-county-council, from: 2018-09-05}]\n';
    const result = await importSources(ledger, [{ name: 'body.yaml', text }]);
    expect(result.status).toBe('imported');
    const [established] = await eventsOf('body-economic-growth-joint-committee');
    expect(established!.data).not.toHaveProperty('establishedOn');
  });
});
