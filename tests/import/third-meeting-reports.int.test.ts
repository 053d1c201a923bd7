/**
 * The demo's third, illustrative meeting (20 September 2018), imported from its YAML alone after
 * the seed fixtures through `ledger import` on real SQLite files, then read back through `ledger
 * report`: every report that shows what the meeting did says on which business date it happened
 * and where it was recorded from (the file, the item, and that it is illustrative).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerImport } from '../../src/cli/commands/import.js';
import { registerReport } from '../../src/cli/commands/report.js';
import { fixture, fixturePaths } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'ledger-third-meeting-reports-'));

async function ledger(...args: string[]): Promise<string> {
  const program = new Command('ledger').exitOverride();
  registerImport(program);
  registerReport(program);
  const stores = ['--store', `sqlite:${join(folder, 'ledger.db')}`, '--read-db', join(folder, 'read.db')];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync([...args, ...stores, '--tokens-db', join(folder, 'tokens.db')], { from: 'user' });
    return stdout.mock.calls.map(([chunk]) => String(chunk)).join('');
  } finally {
    stdout.mockRestore();
  }
}

beforeAll(async () => {
  await ledger('import', ...fixturePaths(), fixture('illustrative/04-lg-2018-09-20.yaml'));
}, 300_000);

const SOURCE = (item: string) => `04-lg-2018-09-20.yaml, item ${item} (illustrative: not from any record)`;
const ON = 'on 20 September 2018';
const THIRD = 'Leadership Gloucestershire, 20 September 2018';

/** The lines of the output, each with its spaces squeezed, so a table's padding does not matter. */
async function report(...args: string[]): Promise<string[]> {
  return (await ledger('report', ...args)).split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
}

describe('ledger report decisions', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = await report('decisions');
  });

  it('shows minute 5 b) of 2016 amended on the day of the third meeting, with its source', () => {
    const at = lines.indexOf('Leadership Gloucestershire, 27 October 2016, item 5 b) KPMG Review [amended]');
    expect(at).toBeGreaterThanOrEqual(0);
    const change = lines.indexOf(
      `amended at ${THIRD}: Illustrative: the Office of the PCC named its representative`,
      at,
    );
    expect(change).toBeGreaterThan(at);
    expect(lines[change + 1]).toBe(`source: ${SOURCE('2')}`);
  });

  it('shows minute 3 c) of 2016 rescinded on that day, with its source', () => {
    const at = lines.indexOf(
      'Leadership Gloucestershire, 27 October 2016, item 3 c) Community Safety Review [rescinded]',
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const change = lines.indexOf(
      `rescinded at ${THIRD}: ` +
        "Illustrative: the County Council's community safety team administers the partnership instead",
      at,
    );
    expect(change).toBeGreaterThan(at);
    expect(lines[change + 1]).toBe(`source: ${SOURCE('3')}`);
  });

  it("dates the third meeting's own decision by the day it was held, not the day first scheduled", () => {
    expect(lines).toContain(`${THIRD}, item 4 a) Vision 2050 engagement [in-force]`);
    expect(lines.some((line) => line.includes('13 September 2018'))).toBe(false);
  });
});

describe('ledger report actions', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = await report('actions');
  });

  it.each([
    ['“To make a presentation on ACE to members of the Forest of D…” completed', 'Complete.'],
    [
      '“To engage with the early intervention partnerships in each …” cancelled',
      'Illustrative: taken over by the ACE Panel',
    ],
    [
      '“To attend a meeting of the GCC Corporate Parenting Group” reassigned',
      'Illustrative: ACC Julian Moss has moved to another post',
    ],
    [
      '“To attend a meeting of the GCC Corporate Parenting Group” due-date-extended',
      'Illustrative: ACC Julian Moss has moved to another post',
    ],
    [
      '“Develop the action plan to meet the recommendations of the …” progress',
      "Illustrative: the action plan is drafted; partners' representatives still to be nominated.",
    ],
  ])('shows "%s" with its date, note and source', (what, note) => {
    expect(lines).toContain(`${what} ${ON}: ${note} [source: ${SOURCE('1')}]`);
  });

  it('shows the actions the third meeting closed as completed and cancelled', () => {
    // The table's row for the action (its title wraps, so its first words), above the changes.
    const table = lines.slice(0, lines.indexOf('What happened to them:'));
    const row = (title: string) => table.find((line) => line.includes(title));
    expect(row('To make a presentation on ACE')).toContain(' completed ');
    expect(row('To engage with the early intervention')).toContain(' cancelled ');
    // A review at the meeting is dated by the day it was held, not the day first scheduled (13 September).
    expect(lines.some((line) => line.includes('reviewed on 13 September 2018'))).toBe(false);
  });
});

describe('ledger report reconciliation', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = await report('reconciliation');
  });

  it.each([
    [
      '2',
      '£10,000 was received from Office of the Police and Crime Commissioner for Gloucestershire on ' +
        '20 September 2018 (reference ILLUSTRATIVE-OPCC-0920)',
    ],
    [
      '2',
      "The condition on Office of the Police and Crime Commissioner for Gloucestershire's pledge to " +
        'Devolution capacity was met: Illustrative: the chair confirmed that public service reform includes ' +
        'community safety',
    ],
    [
      '3',
      '£20,000 was paid out of Historic Local Area Agreement Reward Grant on 20 September 2018 against the ' +
        'allocation to Gloucestershire Community Safety Partnership for Implementation phase of the ' +
        'Gloucestershire Community Safety Partnership (reference ILLUSTRATIVE-PAY-0920)',
    ],
    [
      '5',
      "The condition on Stroud District Council's pledge to Vision 2050 engagement was waived: " +
        "Illustrative: Stroud's leader confirmed the contribution without waiting for the committee",
    ],
    [
      '5',
      'GFirst Local Enterprise Partnership withdrew its pledge of £5,000: ' +
        'Illustrative: the LEP will fund its own engagement through the Growth Hub',
    ],
  ])('shows, from item %s, "%s" with its date and source', (item, what) => {
    expect(lines).toContain(`20 September 2018: ${what} [source: ${SOURCE(item)}]`);
  });

  it('leaves out what happened outside the financial year asked for', async () => {
    const year = await report('reconciliation', '--financial-year', '2016/17');
    expect(year.some((line) => line.startsWith('20 September 2018:'))).toBe(false);
    expect(
      (await report('reconciliation', '--financial-year', '2018/19')).some((line) =>
        line.startsWith('20 September 2018: £10,000 was received'),
      ),
    ).toBe(true);
  });
});

describe('ledger report partner', () => {
  it("shows what happened to Stroud's pledges: its condition waived, with the date and source", async () => {
    const lines = await report('partner', 'stroud-district-council');
    const at = lines.indexOf('What happened to its pledges:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at)).toContain(
      "20 September 2018: The condition on Stroud District Council's pledge to Vision 2050 engagement was waived: " +
        "Illustrative: Stroud's leader confirmed the contribution without waiting for the committee " +
        `[source: ${SOURCE('5')}]`,
    );
    // The devolution pot's receipt from Stroud is in the CSV of 2016/17 receipts, marked illustrative.
    expect(lines.slice(at).some((line) => line.startsWith('9 December 2016: £10,000 was received'))).toBe(true);
  });
});

describe('ledger report attendance', () => {
  it('shows the third meeting held on its new date, its papers late, and the substitute there', async () => {
    const lines = await report('attendance');
    expect(lines.find((line) => line.startsWith('2018-09-20 Leadership Gloucestershire'))).toContain(
      'held published 2018-09-17, papers late',
    );
    const substitute = (line: string) => line.startsWith('Leadership Gloucestershire Cllr Roger James ');
    expect(lines.find(substitute)).toContain('Cllr Tim Gwilliam, 20 September 2018');
  });
});
