/**
 * The seed fixtures imported into a real SQLite ledger: everything the minutes record arrives as
 * events, with the meeting date, the importer and the minute it came from; a second import adds nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/import-files.js';
import type { RecordedEvent } from '../../src/store/envelope.js';
import { CommandRunner } from '../../src/store/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { fixturePaths } from './helpers.js';

describe('importing the seed fixtures into SQLite', () => {
  const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'ledger-fixtures-')), 'ledger.db'));
  const ledger = { store, commands: new CommandRunner(store) };
  const events: RecordedEvent[] = [];

  beforeAll(async () => {
    const result = await importFiles(ledger, fixturePaths());
    expect(result.status).toBe('imported');
    for await (const event of store.readAll()) events.push(event);
  });
  afterAll(() => store.close());

  const ofType = (type: string) => events.filter((event) => event.type === type);

  it(
    'records the directory, both meetings, the five scheduled meetings around them, the ' +
      'receipts and the 2008 prospectus example',
    () => {
      expect(ofType('OrganisationRegistered')).toHaveLength(19);
      expect(ofType('BodyEstablished')).toHaveLength(22);
      expect(ofType('MeetingScheduled').map((event) => (event.data as { meetingId: string }).meetingId)).toEqual([
        'lg-2016-09-08',
        'lg-2016-10-27',
        'lg-2016-12-15',
        'lg-2018-02-22',
        'lg-2018-06-14',
        'lg-2018-07-26',
        'lg-2018-10-11',
        'lg-2018-12-06',
        'fodlsp-2008-10-13',
        'gp-2008-10-14',
        'employco-joint-2008-10-20',
        'abg-2008-10-30',
        'employco-task-group-2008-11-10',
        'abg-2009-01-29',
      ]);
      expect(ofType('MinutesConfirmed')).toHaveLength(2);
      expect(ofType('ContributionRecorded')).toHaveLength(9);
    },
  );

  it('records nine partners supporting option 3 and Stroud with its concerns', () => {
    const positions = ofType('PositionRecorded')
      .filter((event) => event.streamId === 'proposal-lg-2016-10-27-item-3')
      .map((event) => event.data as { organisationId: string; stance: string; note?: string });
    expect(positions.filter((p) => p.stance === 'support')).toHaveLength(9);
    const stroud = positions.find((p) => p.organisationId === 'stroud-district-council');
    expect(stroud?.stance).toBe('concerns');
    expect(stroud?.note).toContain('youth justice, homelessness and care leavers');
  });

  it('records ten pledges of £10,000, the PCC conditional, and the £35,000 allocation', () => {
    const pledges = ofType('PledgeRecorded').filter((event) => event.streamId === 'fund-devolution-capacity');
    expect(pledges.map((event) => (event.data as { amountPence: number }).amountPence)).toEqual(
      Array(10).fill(1_000_000),
    );
    const conditional = pledges.filter((event) => (event.data as { condition?: string }).condition !== undefined);
    expect(conditional.map((event) => (event.data as { organisation: string }).organisation)).toEqual([
      'office-of-the-pcc',
    ]);
    const [allocation] = ofType('FundingAllocated');
    expect(allocation?.data).toMatchObject({
      fundId: 'laa-reward-grant',
      amountPence: 3_500_000,
      recipient: { kind: 'body', id: 'gloucestershire-community-safety-partnership' },
      decision: { proposalId: 'lg-2016-10-27-item-3', resolution: 'b' },
    });
  });

  it('cites the meeting date, the importer and the minute in every event of the meeting', () => {
    const allocation = ofType('FundingAllocated')[0]!;
    expect(allocation.metadata.occurredAt).toBe('2016-10-27');
    expect(allocation.metadata.actor).toEqual({ id: 'importer', role: 'clerk' });
    expect(allocation.metadata.source).toEqual({
      document: '02-lg-2016-10-27.yaml',
      section: 'item 3 b)',
      kind: 'minutes',
    });
    expect(allocation.metadata.commandId).toMatch(
      /^import:Meeting\/lg-2016-10-27:items\.3\.decisions\.b\.allocate#[0-9a-f]{12}$/,
    );
  });

  it('assigns the 2018 actions: Vision 2050 to three owners, ACE a) to d), social mobility referred', () => {
    const actions = ofType('ActionAssigned').map(
      (event) => event.data as { actionId: string; owners: Array<{ name?: string; organisation?: string }> },
    );
    expect(actions.map((action) => action.actionId)).toEqual([
      'lg-2016-10-27-3-1',
      'lg-2016-10-27-5-1',
      'lg-2018-06-14-3a-1',
      'lg-2018-06-14-4-a',
      'lg-2018-06-14-4-b',
      'lg-2018-06-14-4-c',
      'lg-2018-06-14-4-d',
      'lg-2018-06-14-7-1',
      'lg-2018-06-14-8-1',
      'employco-task-group-2008-11-10-1-1',
      'employco-task-group-2008-11-10-1-2',
    ]);
    expect(actions[2]!.owners).toEqual([
      { kind: 'person', name: 'Jane Burns', organisation: 'gloucestershire-county-council' },
      { kind: 'person', name: 'Mike Dawson', organisation: 'tewkesbury-borough-council' },
      { kind: 'person', name: 'Stephen Marston', organisation: 'university-of-gloucestershire' },
    ]);
    expect(ofType('MatterReferred')[0]?.data).toMatchObject({
      proposalId: 'lg-2018-06-14-item-7',
      bodyId: 'district-chief-executives-group',
    });
  });

  it('appends nothing when the same files are imported again', async () => {
    const head = await store.headPosition();
    const again = await importFiles(ledger, fixturePaths());
    expect(again.status).toBe('imported');
    if (again.status !== 'imported') return;
    expect(again.files.map((file) => [file.applied.length, file.alreadyRecorded.length])).toEqual([
      [0, 67],
      [0, 54],
      [0, 29],
      [0, 46],
      [0, 9],
    ]);
    expect(await store.headPosition()).toBe(head);
  });
});
