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

type Partner = {
  organisation: string;
  askedPence: number;
  pledgedPence: number;
  conditionalPence: number;
  confirmedPence: number;
};
type Reconciliation = {
  funds: Array<{ fundId: string; partners: Partner[]; exceptions: Array<{ kind: string; organisation: string }> }>;
};
type Decision = {
  meetingId: string;
  item: string;
  resolution: string;
  optionAgreed: { key: string } | null;
  organisationsPresent: string[];
  positions: Array<{ organisationId: string; stance: string; note: string | null }>;
};

describe('ledger report reconciliation', () => {
  it('shows the devolution pot: ten partners asked £10,000 each, ten pledges, one of them conditional', async () => {
    const { funds } = await json<Reconciliation>('report', 'reconciliation', '--fund', 'devolution-capacity');
    expect(funds.map((fund) => fund.fundId)).toEqual(['devolution-capacity']);
    const { partners, exceptions } = funds[0]!;
    expect(partners).toHaveLength(PARTNERS);
    expect(partners.every((p) => p.askedPence === 1_000_000 && p.pledgedPence === 1_000_000)).toBe(true);
    expect(partners.filter((p) => p.conditionalPence > 0).map((p) => [p.organisation, p.conditionalPence])).toEqual([
      ['office-of-the-pcc', 1_000_000],
    ]);
    expect(exceptions).toContainEqual(
      expect.objectContaining({ kind: 'conditional-pledge-unresolved', organisation: 'office-of-the-pcc' }),
    );
  });

  it('writes CSV for a spreadsheet: a header row and pounds with two decimals', async () => {
    const { code, stdout } = await folder.ledger(
      'report',
      'reconciliation',
      '--fund',
      'devolution-capacity',
      '--format',
      'csv',
    );
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'fund_id,fund,organisation,asked,pledged,conditional,confirmed,authorised_by_partner,received,' +
        'received_without_pledge,outstanding,overpaid,illustrative',
    );
    expect(rows).toHaveLength(PARTNERS + 1);
    // The PCC's £10,000 waits on its condition: it is not owed until the condition is met.
    expect(rows).toContain(
      'devolution-capacity,Devolution ' +
        'capacity,office-of-the-pcc,10000.00,10000.00,10000.00,0.00,0.00,0.00,0.00,0.00,0.00,',
    );
    // The receipts CSV marks its rows illustrative (the seeds record pledges, not payments), and so does every view.
    expect(rows).toContain(
      'devolution-capacity,Devolution ' +
        'capacity,stroud-district-council,10000.00,10000.00,0.00,10000.00,0.00,10000.00,0.00,0.00,0.00,received ' +
        'outstanding overpaid',
    );
  });

  it(
    'marks the illustrative opening balance and receipts in the table and JSON, and says what ' + 'the mark means',
    async () => {
      const { stdout } = await folder.ledger('report', 'reconciliation');
      // "The grant's balance at the time is not stated" (fixtures/01-directory.yaml): £250,000 is made up.
      expect(stdout).toMatch(
        /^ {2}opening balance £250,000\.00\*; committable £215,000\.00\*; cash held £250,000\.00\*$/m,
      );
      expect(stdout).toMatch(/^ {2}Stroud District Council\s.*£10,000\.00\*/m);
      expect(stdout).toMatch(/^ {2}Forest of Dean District Council\s.*£0\.00\s+£10,000\.00\s+£0\.00$/m);
      expect(stdout).toContain(
        '  * illustrative: not from the minutes or a finance system, made up to show the ledger working',
      );
      type Marked = { funds: Array<{ fundId: string; illustrative: { figures: string[]; partners: string[] } }> };
      const { funds } = await json<Marked>('report', 'reconciliation');
      const byId = new Map(funds.map((fund) => [fund.fundId, fund.illustrative]));
      expect(byId.get('laa-reward-grant')?.figures).toEqual(expect.arrayContaining(['opening', 'committable', 'cash']));
      expect(byId.get('devolution-capacity')?.figures).toEqual(expect.arrayContaining(['received', 'cash']));
      expect(byId.get('devolution-capacity')?.partners).not.toContain('forest-of-dean-district-council');
      // "£220,000 funding secured from the OPE Programme" (14 June 2018, item 6): from the minutes, not marked.
      expect(byId.get('one-public-estate')).toEqual({ figures: [], partners: [] });
    },
  );

  it('shows pounds in a terminal table, with the totals', async () => {
    const { stdout } = await folder.ledger('report', 'reconciliation', '--fund', 'devolution-capacity');
    expect(stdout).toMatch(/^Devolution capacity: pooled-pot, held by Gloucestershire County Council, open$/m);
    expect(stdout).toContain(
      '  purpose: Providing a dedicated resource for Leadership Gloucestershire to take devolution forward\n' +
        '  set up by minute 5 a) of Leadership Gloucestershire, 27 October 2016',
    );
    expect(stdout).toMatch(/^ {2}total\s+£100,000\.00\s+£100,000\.00\s+£10,000\.00\s+£90,000\.00/m);
    expect(stdout).not.toMatch(/devolution-capacity|lg-2016-10-27|gloucestershire-county-council/);
  });

  it('--ids puts the id after each name in the table', async () => {
    const { stdout } = await folder.ledger('report', 'reconciliation', '--fund', 'devolution-capacity', '--ids');
    expect(stdout).toContain(
      'Devolution capacity (devolution-capacity): pooled-pot, ' +
        'held by Gloucestershire County Council (gloucestershire-county-council), open\n',
    );
    expect(stdout).toContain('  set up by minute 5 a) of Leadership Gloucestershire, 27 October 2016 (lg-2016-10-27)');
    expect(stdout).toContain('Stroud District Council (stroud-district-council)');
  });

  it(
    '--financial-year 2017/18 carries forward the £80,000 held and the £10,000 Forest of Dean ' + 'still owed',
    async () => {
      const { stdout } = await folder.ledger(
        'report',
        'reconciliation',
        '--fund',
        'devolution-capacity',
        '--financial-year',
        '2017/18',
      );
      expect(stdout).toContain(
        '  2017/18: cash at start £80,000.00*, received £0.00*, paid out £0.00, cash at end £80,000.00*; ' +
          'owed at year end £10,000.00*, awaiting a condition £10,000.00',
      );
    },
  );

  it('shows the One Public Estate award as awarded by its funder, not as a pledge owed', async () => {
    const { stdout } = await folder.ledger('report', 'reconciliation', '--fund', 'one-public-estate');
    expect(stdout).toContain(
      '  awarded by One Public Estate Programme: £220,000.00; received £0.00; still to come £220,000.00',
    );
    expect(stdout).toContain('  no partners asked or pledged');
    expect(stdout).not.toMatch(/One Public Estate Programme\s+£0\.00\s+£220,000\.00/);
    // "£220,000 funding secured from the OPE Programme to develop four major projects ..." (14 June 2018, item 6)
    expect(stdout).toContain(
      '  purpose: To develop four major projects involving partner organisations in Gloucester, ' +
        'Cheltenham, Forest of Dean and Cirencester',
    );
  });

  it('as at a date before anything was recorded, shows no funds', async () => {
    expect(await json<Reconciliation>('report', 'reconciliation', '--as-at', '2000-01-01')).toMatchObject({
      funds: [],
    });
  });
});

describe('ledger report decisions', () => {
  it("finds who agreed option 3 on community safety, and Stroud's concerns", async () => {
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

  it(
    '--q "option 3": Stroud had concerns and did not support, the nine broadly supported ' +
      '(inferred), each position once',
    async () => {
      const { code, stdout } = await folder.ledger('report', 'decisions', '--q', 'option 3');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^ {2}Position, as minuted: Stroud District Council: concerns, not supporting option 3 \[Cllr Steve Lydon\]: Concerns around the evidence base/m,
      );
      expect(stdout).toContain(
        '  Positions inferred from the minutes\' words "Nine of the 10 partners around the table ' +
          'broadly supported option 3.":',
      );
      const inferred = stdout.split('\n').filter((line) => /^ {4}.+: support option 3/.test(line));
      expect(inferred).toHaveLength(9);
      expect(inferred).toContain('    Gloucestershire County Council: support option 3');
      // Each partner's position appears once, under 3 a), which agreed option 3.
      expect(stdout).toMatch(/^Leadership Gloucestershire, 27 October 2016, item 3 a\) Community Safety Review/m);
      expect(stdout.match(/Stroud District Council: concerns/g)).toHaveLength(1);
      expect(stdout.match(/Cheltenham Borough Council: support option 3/g)).toHaveLength(1);
    },
  );

  it('--q "social mobility" finds the matter the board only referred on (14 June 2018, item 7)', async () => {
    const { decisions } = await json<{ decisions: Decision[] }>('report', 'decisions', '--q', 'social mobility');
    expect(decisions.map((d) => `${d.meetingId} ${d.item} ${d.resolution}`)).toEqual(['lg-2018-06-14 7 referral']);
    // "referred to the District Chief Executive/Heads of Paid Service Group" (14 June 2018, item 7)
    const { stdout } = await folder.ledger('report', 'decisions', '--q', 'social mobility');
    expect(stdout).toContain('Leadership Gloucestershire, 14 June 2018, item 7 (referral) Social Mobility');
    expect(stdout).toContain('  Referred to District Chief Executives / Heads of Paid Service Group: ');
    expect(stdout).not.toContain('district-chief-executives-group');
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
    const { decisions } = await json<{ decisions: Decision[] }>(
      'report',
      'decisions',
      '--organisation',
      'stroud-district-council',
      '--from',
      '2016-10-27',
      '--to',
      '2016-10-27',
      '--status',
      'in-force',
    );
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.length).toBeLessThan(all.decisions.length);
    expect(
      decisions.every(
        (d) => d.meetingId === 'lg-2016-10-27' && d.organisationsPresent.includes('stroud-district-council'),
      ),
    ).toBe(true);
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
    expect(stdout.split('\n')[0]).toMatch(/^agreed at\s+owners\s+due\s+status\s+RAG\s+title$/);
    for (const owner of [
      'Richard Bradley, Office of the Police and Crime',
      'Pete Bungard, Gloucestershire County Council',
    ])
      expect(stdout).toContain(owner);
    expect(stdout).toContain('Sarah Scott');
    // "Jobcentre Plus" and "Learning and Skills Council" own the Employco action (2008 prospectus, Appendix 1).
    expect(stdout).toContain('Jobcentre Plus; Learning and Skills Council');
    expect(stdout).not.toMatch(/office-of-the-pcc|gloucestershire-county-council|jobcentre-plus|lg-2016-10-27/);
  });

  it('--ids adds the action column and the ids after the names', async () => {
    const { stdout } = await folder.ledger('report', 'actions', '--ids');
    expect(stdout.split('\n')[0]).toMatch(/^action\s+agreed at\s+owners\s+due\s+status\s+RAG\s+title$/);
    expect(stdout).toMatch(/^lg-2016-10-27-3-1 +Leadership Gloucestershire, 27 October 2016/m);
    expect(stdout).toContain('Jobcentre Plus (jobcentre-plus)');
  });

  it('reports attendance per meeting and per organisation', async () => {
    const report = await json<{ meetings: Array<{ meetingId: string; status: string }>; organisations: unknown[] }>(
      'report',
      'attendance',
    );
    expect(report.meetings).toContainEqual(expect.objectContaining({ meetingId: 'lg-2016-10-27', status: 'held' }));
    expect(report.organisations.length).toBeGreaterThanOrEqual(PARTNERS);
  });

  it('counts the constabulary at 2 of 2 meetings, one by substitute (ACC Julian Moss for Rod Hansen)', async () => {
    const report = await json<{
      organisations: Array<{
        organisationId: string;
        meetings: number;
        attended: number;
        apologies: number;
        substitutes: number;
      }>;
    }>('report', 'attendance');
    expect(report.organisations.find((o) => o.organisationId === 'gloucestershire-constabulary')).toMatchObject({
      meetings: 2,
      attended: 2,
      apologies: 0,
      substitutes: 1,
    });
  });

  it(
    'shows the meetings of 8 September 2016 and 22 February 2018 with their minutes confirmed, ' +
      'and by which meeting',
    async () => {
      const report = await json<{
        meetings: Array<{ meetingId: string; status: string; minutesConfirmed: { atMeetingId: string } | null }>;
      }>('report', 'attendance');
      const status = (id: string) => report.meetings.find((m) => m.meetingId === id);
      expect(status('lg-2016-09-08')).toMatchObject({
        status: 'minutes-confirmed',
        minutesConfirmed: { atMeetingId: 'lg-2016-10-27' },
      });
      expect(status('lg-2018-02-22')).toMatchObject({
        status: 'minutes-confirmed',
        minutesConfirmed: { atMeetingId: 'lg-2018-06-14' },
      });
      const { stdout } = await folder.ledger('report', 'attendance');
      expect(stdout).toMatch(
        /^ {2}2016-09-08 +Leadership Gloucestershire +minutes confirmed at the meeting of 2016-10-27/m,
      );
    },
  );

  it('lists apologies per person, with who attended in their place', async () => {
    const { code, stdout } = await folder.ledger('report', 'attendance');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Apologies, Leadership Gloucestershire, 27 October 2016:\n  Cllr Paul James (Gloucester ' +
        'City Council): Cllr Dave Norman attended in their place\n',
    );
    expect(stdout).toContain('  Peter Williams (Forest of Dean District Council)\n');
    expect(stdout).toContain('  Rod Hansen (Gloucestershire Constabulary): Julian Moss attended in their place\n');
    // The directory lists him as ACC Julian Moss; the minutes' attendance table writes "Julian Moss".
    expect(stdout).toMatch(
      /^ {2}Leadership Gloucestershire +ACC Julian Moss +Gloucestershire Constabulary +1 +0 +Rod Hansen, 14 June 2018$/m,
    );
    expect(stdout).toMatch(
      /^ {2}Leadership Gloucestershire +Rod Hansen +Gloucestershire Constabulary +0 +1 +ACC Julian Moss, 14 June 2018$/m,
    );
  });
});

describe('ledger history', () => {
  type Trail = {
    streamId: string;
    events: Array<{
      revision: string;
      type: string;
      actor: { id: string };
      occurredAt: string;
      source: { document: string } | null;
      hash: string;
    }>;
  };

  it('lists every event of the devolution pot, oldest first, named either way', async () => {
    const byStream = await json<Trail>('history', 'fund-devolution-capacity');
    expect(await json<Trail>('history', 'fund', 'devolution-capacity')).toEqual(byStream);
    expect(byStream.events).toHaveLength(20);
    expect(byStream.events[0]).toMatchObject({
      revision: '0',
      type: 'FundOpened',
      actor: { id: 'importer' },
      occurredAt: '2016-10-27',
      source: { document: '02-lg-2016-10-27.yaml' },
    });
    expect(byStream.events.map((event) => event.revision)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });

  it(
    'prints one readable line per event: when it happened, what happened with names and pounds, ' + 'and its source',
    async () => {
      const { stdout } = await folder.ledger('history', 'fund', 'devolution-capacity');
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('Devolution capacity: 20 events, oldest first');
      expect(lines).toHaveLength(21);
      expect(lines[1]).toBe(
        'r0    27 October 2016   Devolution capacity was opened, held by Gloucestershire County ' +
          'Council (02-lg-2016-10-27.yaml, item 5 a))',
      );
      // "each partner contributes £10,000" (27 October 2016, item 5 a)
      expect(stdout).toContain(
        'Stroud District Council pledged £10,000 to Devolution capacity, under resolution 5 a) of ' +
          'Leadership Gloucestershire, 27 October 2016',
      );
      expect(stdout).not.toMatch(/devolution-capacity|stroud-district-council|lg-2016-10-27 /);
    },
  );

  it('--ids puts the ids after the names in history', async () => {
    const { stdout } = await folder.ledger('history', 'fund', 'devolution-capacity', '--ids');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Devolution capacity (devolution-capacity): 20 events, oldest first');
    expect(stdout).toContain(
      'Stroud District Council (stroud-district-council) pledged £10,000 to Devolution capacity (devolution-capacity)',
    );
  });

  it(
    'adds, with --hashes, a line per event with its type, who recorded it and when, its ' + 'position and hash',
    async () => {
      const { stdout } = await folder.ledger('history', 'fund', 'devolution-capacity', '--hashes');
      expect(stdout.trimEnd().split('\n')).toHaveLength(41);
      expect(stdout).toMatch(/^ +FundOpened; recorded \S+ by importer \(clerk\); position \d+; hash [0-9a-f]{64}$/m);
    },
  );
});

describe('ledger report partner', () => {
  type Profile = { organisationId: string; name: string; pledges: Array<{ fundId: string; amountPence: number }> };

  it('shows one partner with names, not ids: its board, its position on option 3, its pledge', async () => {
    const { code, stdout } = await folder.ledger('report', 'partner', 'stroud-district-council');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Stroud District Council (district-council)');
    expect(stdout).toMatch(/^ {2}Leadership Gloucestershire: member from \d{4}-\d{2}-\d{2}/m);
    expect(stdout).toMatch(
      /^ {2}Leadership Gloucestershire, 27 October 2016, item 3 Community Safety Review: concerns on option 3/m,
    );
    expect(stdout).toMatch(/^ {2}Devolution capacity +£10,000\.00/m);
    expect(stdout).not.toMatch(/leadership-gloucestershire|devolution-capacity/);
  });

  it('answers the same view as GET /partners/{id} in JSON, and one row per fact in CSV', async () => {
    const profile = await json<Profile>('report', 'partner', 'stroud-district-council');
    expect(profile).toMatchObject({ organisationId: 'stroud-district-council', name: 'Stroud District Council' });
    expect(profile.pledges).toContainEqual(
      expect.objectContaining({ fundId: 'devolution-capacity', amountPence: 1_000_000 }),
    );
    const { stdout } = await folder.ledger('report', 'partner', 'stroud-district-council', '--format', 'csv');
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('section,date,subject,detail,amount,status');
    expect(rows).toContain('pledge,,Devolution capacity,,10000.00,live');
  });

  it(
    'as at a date before the partner was recorded, and for an organisation the ledger does not ' +
      'know, says so (exit 2)',
    async () => {
      const before = await folder.ledger('report', 'partner', 'stroud-district-council', '--as-at', '2000-01-01');
      expect(before).toMatchObject({ code: 2, stdout: '' });
      expect(before.stderr).toContain(
        'The ledger has nothing about an organisation stroud-district-council as at 2000-01-01',
      );
      expect((await folder.ledger('report', 'partner', 'stroud-council')).code).toBe(2);
    },
  );

  it('refuses an id that could not be one, with the rule it broke', async () => {
    const { code, stderr } = await folder.ledger('report', 'partner', 'Stroud District Council');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ledger: organisationId "Stroud District Council": /);
  });
});

describe('the filters the API has, with its validation', () => {
  it(
    '--financial-year narrows the reconciliation to money moved in that year; a year written ' + 'wrongly is exit 2',
    async () => {
      const pledged = async (year: string) => {
        const args = ['report', 'reconciliation', '--fund', 'devolution-capacity', '--financial-year', year];
        const { funds } = await json<Reconciliation>(...args);
        return funds.flatMap((fund) => fund.partners).reduce((sum, p) => sum + p.pledgedPence, 0);
      };
      expect(await pledged('2016/17')).toBe(10_000_000);
      expect(await pledged('2015/16')).toBe(0);
      const wrong = await folder.ledger('report', 'reconciliation', '--financial-year', '2016-17');
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('--financial-year: write a financial year as "2016/17"');
    },
  );

  it("--owner lists only that owner's actions", async () => {
    type Owned = { actions: Array<{ owners: Array<{ name: string | null }> }> };
    const { actions } = await json<Owned>('report', 'actions', '--owner', 'Richard Bradley');
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a.owners.some((owner) => owner.name === 'Richard Bradley'))).toBe(true);
  });
});
