/**
 * The reports and history a board's officers ask for, from the built CLI on the seed meetings:
 * the devolution pot's reconciliation, who agreed option 3 and Stroud's concerns, the action owners.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from './run.js';

const PARTNERS = 10;
const folder = new LedgerFolder();
beforeAll(() => folder.importFixtures());
afterAll(() => folder.remove());

async function json<T>(...args: string[]): Promise<T> {
  const result = await folder.ledger(...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

type Partner = { organisation: string; askedPence: number; pledgedPence: number; conditionalPence: number; confirmedPence: number };
type Reconciliation = { funds: Array<{ fundId: string; partners: Partner[]; exceptions: Array<{ kind: string; organisation: string }> }> };
type Decision = { meetingId: string; item: string; resolution: string; optionAgreed: { key: string } | null; organisationsPresent: string[]; positions: Array<{ organisationId: string; stance: string; note: string | null }> };

describe('ledger report reconciliation', () => {
  it('shows the devolution pot: ten partners asked £10,000 each, ten pledges, one of them conditional', async () => {
    const { funds } = await json<Reconciliation>('report', 'reconciliation', '--fund', 'devolution-capacity');
    expect(funds.map((fund) => fund.fundId)).toEqual(['devolution-capacity']);
    const { partners, exceptions } = funds[0]!;
    expect(partners).toHaveLength(PARTNERS);
    expect(partners.every((p) => p.askedPence === 1_000_000 && p.pledgedPence === 1_000_000)).toBe(true);
    expect(partners.filter((p) => p.conditionalPence > 0).map((p) => [p.organisation, p.conditionalPence])).toEqual([['office-of-the-pcc', 1_000_000]]);
    expect(exceptions).toContainEqual(expect.objectContaining({ kind: 'conditional-pledge-unresolved', organisation: 'office-of-the-pcc' }));
  });

  it('writes CSV for a spreadsheet: a header row and pounds with two decimals', async () => {
    const { code, stdout } = await folder.ledger('report', 'reconciliation', '--fund', 'devolution-capacity', '--format', 'csv');
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('fund_id,fund,organisation,asked,pledged,conditional,confirmed,authorised_by_partner,received,received_without_pledge,outstanding,overpaid');
    expect(rows).toHaveLength(PARTNERS + 1);
    expect(rows).toContain('devolution-capacity,Devolution capacity,office-of-the-pcc,10000.00,10000.00,10000.00,0.00,0.00,0.00,0.00,10000.00,0.00');
  });

  it('shows pounds in a terminal table, with the totals', async () => {
    const { stdout } = await folder.ledger('report', 'reconciliation', '--fund', 'devolution-capacity');
    expect(stdout).toMatch(/^Devolution capacity \(devolution-capacity\): pooled-pot, held by gloucestershire-county-council, open$/m);
    expect(stdout).toMatch(/^ {2}total\s+£100,000\.00\s+£100,000\.00\s+£10,000\.00\s+£90,000\.00/m);
  });

  it('as at a date before anything was recorded, shows no funds', async () => {
    expect(await json<Reconciliation>('report', 'reconciliation', '--as-at', '2000-01-01')).toMatchObject({ funds: [] });
  });
});

describe('ledger report decisions', () => {
  it('finds who agreed option 3 on community safety, and Stroud\'s concerns', async () => {
    const { decisions } = await json<{ decisions: Decision[] }>('report', 'decisions');
    const option3 = decisions.find((d) => d.meetingId === 'lg-2016-10-27' && d.optionAgreed?.key === '3');
    expect(option3).toMatchObject({ item: '3', resolution: 'a' });
    // The ten partners and the constabulary, whose Chief Constable attended.
    expect(option3!.organisationsPresent).toHaveLength(PARTNERS + 1);
    expect(option3!.organisationsPresent).toContain('stroud-district-council');
    const stroud = option3!.positions.find((p) => p.organisationId === 'stroud-district-council');
    expect(stroud).toMatchObject({ stance: 'concerns' });
    expect(stroud!.note).toMatch(/youth justice, homelessness and care leavers/);
  });

  it('--q "option 3": Stroud had concerns and did not support, the nine broadly supported (inferred), each position once', async () => {
    const { code, stdout } = await folder.ledger('report', 'decisions', '--q', 'option 3');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}Position, as minuted: Stroud District Council: concerns, not supporting option 3 \[Cllr Steve Lydon\]: Concerns around the evidence base/m);
    expect(stdout).toContain('  Positions inferred from the minutes\' words "Nine of the 10 partners around the table broadly supported option 3.":');
    const inferred = stdout.split('\n').filter((line) => /^ {4}.+: support option 3/.test(line));
    expect(inferred).toHaveLength(9);
    expect(inferred).toContain('    Gloucestershire County Council: support option 3');
    // Each partner's position appears once, under 3 a), which agreed option 3.
    expect(stdout).toMatch(/^2016-10-27 lg-2016-10-27 item 3 a\) Community Safety Review/m);
    expect(stdout.match(/Stroud District Council: concerns/g)).toHaveLength(1);
    expect(stdout.match(/Cheltenham Borough Council: support option 3/g)).toHaveLength(1);
  });

  it('--q with nothing to search for is a usage error', async () => {
    const { code, stderr } = await folder.ledger('report', 'decisions', '--q', '***');
    expect(code).toBe(2);
    expect(stderr).toContain('has no words to search for');
  });

  it('with --fund, lists only the decisions that authorised something in that fund', async () => {
    const { decisions } = await json<{ decisions: Decision[] }>('report', 'decisions', '--fund', 'devolution-capacity');
    expect(decisions.map((d) => `${d.meetingId} ${d.item} ${d.resolution}`)).toEqual(['lg-2016-10-27 5 a']);
  });

  it('takes the same filters as GET /reports/decisions: --organisation, --from, --to, --status', async () => {
    const all = await json<{ decisions: Decision[] }>('report', 'decisions');
    const { decisions } = await json<{ decisions: Decision[] }>('report', 'decisions', '--organisation', 'stroud-district-council', '--from', '2016-10-27', '--to', '2016-10-27', '--status', 'in-force');
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.length).toBeLessThan(all.decisions.length);
    expect(decisions.every((d) => d.meetingId === 'lg-2016-10-27' && d.organisationsPresent.includes('stroud-district-council'))).toBe(true);
  });
});

describe('ledger report actions and attendance', () => {
  it('narrows the actions by --status, as GET /reports/actions does', async () => {
    const { actions } = await json<{ actions: Array<{ status: string }> }>('report', 'actions', '--status', 'open');
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((action) => action.status === 'open')).toBe(true);
  });

  it('lists the actions and their owners', async () => {
    const { code, stdout } = await folder.ledger('report', 'actions');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^action\s+owners\s+due\s+status\s+RAG\s+title$/);
    for (const owner of ['Richard Bradley (office-of-the-pcc)', 'Pete Bungard (gloucestershire-county-council)', 'Sarah Scott']) expect(stdout).toContain(owner);
  });

  it('reports attendance per meeting and per organisation', async () => {
    const report = await json<{ meetings: Array<{ meetingId: string; status: string }>; organisations: unknown[] }>('report', 'attendance');
    expect(report.meetings).toContainEqual(expect.objectContaining({ meetingId: 'lg-2016-10-27', status: 'held' }));
    expect(report.organisations.length).toBeGreaterThanOrEqual(PARTNERS);
  });

  it('counts the constabulary at 2 of 2 meetings, one by substitute (ACC Julian Moss for Rod Hansen)', async () => {
    const report = await json<{ organisations: Array<{ organisationId: string; meetings: number; attended: number; apologies: number; substitutes: number }> }>('report', 'attendance');
    expect(report.organisations.find((o) => o.organisationId === 'gloucestershire-constabulary')).toMatchObject({ meetings: 2, attended: 2, apologies: 0, substitutes: 1 });
  });

  it('shows the meetings of 8 September 2016 and 22 February 2018 with their minutes confirmed, and by which meeting', async () => {
    const report = await json<{ meetings: Array<{ meetingId: string; status: string; minutesConfirmed: { atMeetingId: string } | null }> }>('report', 'attendance');
    const status = (id: string) => report.meetings.find((m) => m.meetingId === id);
    expect(status('lg-2016-09-08')).toMatchObject({ status: 'minutes-confirmed', minutesConfirmed: { atMeetingId: 'lg-2016-10-27' } });
    expect(status('lg-2018-02-22')).toMatchObject({ status: 'minutes-confirmed', minutesConfirmed: { atMeetingId: 'lg-2018-06-14' } });
    const { stdout } = await folder.ledger('report', 'attendance');
    expect(stdout).toMatch(/^ {2}2016-09-08 +lg-2016-09-08 +minutes confirmed 2016-10-27 \(lg-2016-10-27\)/m);
  });

  it('lists apologies per person, with who attended in their place', async () => {
    const { code, stdout } = await folder.ledger('report', 'attendance');
    expect(code).toBe(0);
    expect(stdout).toContain('Apologies, 2016-10-27 (lg-2016-10-27):\n  Cllr Paul James (gloucester-city-council): Cllr Dave Norman attended in their place\n');
    expect(stdout).toContain('  Peter Williams (forest-of-dean-district-council)\n');
    expect(stdout).toContain('  Rod Hansen (gloucestershire-constabulary): Julian Moss attended in their place\n');
    expect(stdout).toMatch(/^ {2}leadership-gloucestershire +Julian Moss +gloucestershire-constabulary +1 +0 +Rod Hansen \(lg-2018-06-14\)$/m);
  });
});

describe('ledger history', () => {
  type Trail = { streamId: string; events: Array<{ revision: string; type: string; actor: { id: string }; occurredAt: string; source: { document: string } | null; hash: string }> };

  it('lists every event of the devolution pot, oldest first, named either way', async () => {
    const byStream = await json<Trail>('history', 'fund-devolution-capacity');
    expect(await json<Trail>('history', 'fund', 'devolution-capacity')).toEqual(byStream);
    expect(byStream.events).toHaveLength(20);
    expect(byStream.events[0]).toMatchObject({ revision: '0', type: 'FundOpened', actor: { id: 'importer' }, occurredAt: '2016-10-27', source: { document: '02-lg-2016-10-27.yaml' } });
    expect(byStream.events.map((event) => event.revision)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });

  it('prints a table with who, when, source and hash', async () => {
    const { stdout } = await folder.ledger('history', 'fund', 'devolution-capacity');
    expect(stdout.split('\n')[0]).toBe('fund-devolution-capacity: 20 events, oldest first');
    expect(stdout).toMatch(/^r0 +FundOpened +recorded \S+ by importer \(clerk\); happened 2016-10-27$/m);
    expect(stdout).toMatch(/^ +source: 02-lg-2016-10-27\.yaml, item 5 a\); position \d+; hash [0-9a-f]{64}$/m);
  });
});
