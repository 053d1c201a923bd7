/**
 * `ledger report work-programme` from the built CLI, on the seed fixtures and a Leadership
 * Gloucestershire work programme recorded through the command runner on the same SQLite file.
 * Illustrative: the 2011/12 annual report says "A new work programme will be considered at the
 * June 2012 meeting" and records no items, lead officers or replans; every one here is invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { CommandRunner } from '../../src/store/runner.js';
import { LedgerFolder } from './run.js';

const LG = 'leadership-gloucestershire';
const MEETING = 'lg-2019-01-24';
const folder = new LedgerFolder();

async function record(): Promise<void> {
  const store = new SqliteEventStore(folder.storeFile);
  const runner = new CommandRunner(store);
  let n = 0;
  const run = async (type: string, data: Record<string, unknown>) => {
    n += 1;
    const outcome = await runner.run({ type, data }, { commandId: `wp-${n}`, actor: { id: 'clerk', role: 'clerk' } });
    if (outcome.status !== 'accepted') throw new Error(`${type}: ${JSON.stringify(outcome)}`);
  };
  try {
    await run('ScheduleMeeting', { meetingId: MEETING, bodyId: LG, date: '2019-01-24' });
    const item = { bodyId: LG, kind: 'decision', leadOfficer: 'Illustrative officer' };
    await run('PlanItem', { ...item, planItemId: 'lg-vision', title: 'Illustrative: Vision 2050', meetingId: MEETING });
    await run('PlanItem', { ...item, planItemId: 'lg-estate', title: 'Illustrative: estate', month: '2019-01' });
    await run('ReplanItem', { planItemId: 'lg-estate', month: '2019-03', reason: 'Illustrative: not ready' });
    await run('RecordAttendance', {
      meetingId: MEETING,
      present: [
        { person: 'Cllr Mark Hawthorne', organisationId: 'gloucestershire-county-council', capacity: 'member' },
      ],
      apologies: [],
    });
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  await folder.importFixtures();
  await record();
});
afterAll(() => folder.remove());

describe('ledger report work-programme', () => {
  it('lists the planned items with their lead officer and where they stand', async () => {
    const { code, stdout, stderr } = await folder.ledger('report', 'work-programme', '--body', LG);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Illustrative: Vision 2050\n  Leadership Gloucestershire, for decision, lead: Illustrative officer',
    );
    expect(stdout).toContain('planned for Leadership Gloucestershire, 24 January 2019');
    expect(stdout).toContain('moved from 2019-01 to 2019-03: Illustrative: not ready');
    expect(stdout).toContain('slipped: Leadership Gloucestershire, 24 January 2019 was held without it');
    expect(stdout).not.toMatch(/lg-vision|lg-2019-01-24|leadership-gloucestershire/);
    const withIds = await folder.ledger('report', 'work-programme', '--body', LG, '--ids');
    expect(withIds.stdout).toContain('Illustrative: Vision 2050 (lg-vision)');
    expect(withIds.stdout).toContain(`planned for Leadership Gloucestershire, 24 January 2019 (${MEETING})`);
  });

  it('lists what slipped by a date, as CSV', async () => {
    const before = await folder.ledger('report', 'work-programme', '--slipped-on', '2019-01-23', '--format', 'csv');
    expect(before.code).toBe(0);
    expect(before.stdout).not.toContain('lg-vision');
    const after = await folder.ledger('report', 'work-programme', '--slipped-on', '2019-01-24', '--format', 'csv');
    expect(after.stdout).toContain(`lg-vision,${LG},decision,Illustrative officer,${MEETING},2019-01,planned`);
    expect(after.stdout).toContain(`meeting ${MEETING} was held without it`);
    expect(after.stdout).toContain('lg-estate');
  });

  it("shows the ABG's task group with its report back, and when each body last reviewed its programme", async () => {
    const abg = await folder.ledger('report', 'work-programme', '--body', 'accountable-bodies-group');
    expect(abg.stderr).toBe('');
    const abgName = 'Accountable Bodies Group (ABG)';
    expect(abg.stdout).toContain(
      `task group Employco task group (illustrative) of ${abgName}  chair: Gloucestershire First`,
    );
    expect(abg.stdout).toContain('reports back by 2009-03-31  (active)');
    expect(abg.stdout).toContain(`reported back to ${abgName}, 29 January 2009, item 1 on 2009-01-29: ILLUSTRATIVE`);
    expect(abg.stdout).toContain(`taken at ${abgName}, 29 January 2009 on 2009-01-29`);
    expect(abg.stdout).toContain(`work programme of ${abgName} last reviewed on 2009-01-29`);
    expect(abg.stdout).not.toMatch(/abg-2009-01-29|accountable-bodies-group|employco-task-group/);
    const lg = await folder.ledger('report', 'work-programme', '--body', LG, '--format', 'json');
    const list = JSON.parse(lg.stdout) as { reviews: unknown[] };
    // The minutes of 14 June 2018, item 10, in their own words.
    expect(list.reviews).toEqual([
      {
        bodyId: LG,
        lastReviewedOn: '2018-06-14',
        meetingId: 'lg-2018-06-14',
        item: '10',
        note: 'The work programme attached to the meeting papers was noted.',
        reviews: 1,
      },
    ]);
  });

  it('refuses a slippedOn that is not a date, saying how to write it', async () => {
    const { code, stderr } = await folder.ledger('report', 'work-programme', '--slipped-on', '24/01/2019');
    expect(code).not.toBe(0);
    expect(stderr).toContain('YYYY-MM-DD');
  });
});
