/**
 * The auditor's and reporting verbs used wrongly, from the built CLI: each exits 2 with a sentence
 * saying what was wrong and how to put it right, never a stack trace; and each has its --help.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder, run } from './run.js';

const folder = new LedgerFolder();
beforeAll(() => folder.importFixtures());
afterAll(() => folder.remove());

describe('--help', () => {
  it.each([
    ['verify', '--seal <digests...>'],
    ['seal', '--actor <name>'],
    ['export', '--as-at <date>'],
    ['import-history', '<file>'],
    ['rebuild', '--compare'],
    ['history', '<entity>'],
    ['report', 'reconciliation'],
    ['report reconciliation', '--fund <id>'],
    ['report decisions', '--as-at <date>'],
    ['report actions', '--format <format>'],
    ['report attendance', '--format <format>'],
    ['report decisions', '--organisation <id>'],
    ['report decisions', '--status <status>'],
    ['report actions', '--owner <owner>'],
    ['report reconciliation', '--financial-year <year>'],
  ])('ledger %s --help describes the verb', async (verb, option) => {
    const { code, stdout } = await run([...verb.split(' '), '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: ledger ${verb} `));
    expect(stdout).toContain(option);
  });

  it.each([
    'history',
    ...['reconciliation', 'decisions', 'actions', 'attendance', 'awaiting-authorisation', 'recommendations'].map(
      (kind) => `report ${kind}`,
    ),
    ...['work-programme', 'lineage', 'partner', 'people'].map((kind) => `report ${kind}`),
  ])('ledger %s --help offers --ids, to put the ids back after the names', async (verb) => {
    const { code, stdout } = await run([...verb.split(' '), '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--ids\s+put the id after each name in human output/);
  });
});

describe('bad usage exits 2 with a clear message', () => {
  const badFile = () => {
    const file = join(folder.dir, 'not-history.ndjson');
    writeFileSync(file, 'kind: Organisation\n');
    return file;
  };

  it.each([
    [
      ['verify', '--seal', 'xyz'],
      'ledger: --seal: a seal digest is 64 lower-case hexadecimal characters, as `ledger seal` printed it; got "xyz"',
    ],
    [['verify', '--format', 'xml'], 'ledger: --format must be one of table, json; got "xml"'],
    [['export'], "error: required option '--format <format>' not specified"],
    [
      ['export', '--format', 'xml'],
      'ledger: --format must be ndjson, csv, 360giving, 360giving-csv, popolo; got "xml"',
    ],
    [
      ['export', '--format', 'ndjson', '--as-at', 'last Tuesday'],
      'ledger: --as-at "last Tuesday": use a date (YYYY-MM-DD, meaning the end of that day, UTC) ' +
        'or an ISO date-time with a time zone',
    ],
    [['report', 'budget'], "error: unknown command 'budget'"],
    [['report', 'actions', '--fund', 'devolution-capacity'], "error: unknown option '--fund'"],
    [['report', 'actions', '--status', 'finished'], 'ledger: --status: '],
    [['report', 'decisions', '--from', '27/10/2016'], 'ledger: --from: use a calendar date written YYYY-MM-DD'],
    [['report', 'reconciliation', '--format', 'pdf'], 'ledger: --format must be one of table, csv, json; got "pdf"'],
    [
      ['history', 'devolution-capacity'],
      'ledger: "devolution-capacity" is not an entity: give a stream id that begins organisation-, person-, body-,',
    ],
    [
      ['history', 'pot', 'devolution-capacity'],
      'ledger: "pot" is not a kind of entity: use one of organisation, person, body, meeting, proposal, fund, action',
    ],
    [['history', 'fund', 'no-such-fund'], 'ledger: No events are recorded for fund-no-such-fund. Check the id'],
    [
      ['rebuild', '--projection', 'budget'],
      'ledger: --projection: there is no read model "budget"; the read models are ',
    ],
    [['import-history', 'missing.ndjson'], 'ledger: missing.ndjson: no such file.'],
  ])('ledger %j', async (args, message) => {
    const { code, stderr } = await folder.ledger(...args);
    expect(code).toBe(2);
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a history file that is not an export, naming the line, and writes nothing', async () => {
    const empty = new LedgerFolder('empty', folder.dir);
    const { code, stderr } = await empty.ledger('import-history', badFile());
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /, line 1: not JSON\. Each line must be one event as `ledger export --format ndjson` writes it\. Nothing was written\.\n$/,
    );
    expect((await empty.ledger('export', '--format', 'ndjson')).stdout).toBe('');
  });

  it('says an empty ledger has nothing to verify (exit 0) and nothing to seal (exit 2)', async () => {
    const empty = new LedgerFolder('nothing-yet', folder.dir);
    const nothing = join(folder.dir, 'nothing.ndjson');
    writeFileSync(nothing, '');
    expect(await empty.ledger('import-history', nothing)).toMatchObject({ code: 0 });
    expect(await empty.ledger('verify')).toEqual({
      code: 0,
      stdout: 'The ledger holds no events: there is nothing to verify.\n',
      stderr: '',
    });
    expect(await empty.ledger('seal')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledger: The ledger is empty: there is nothing to seal yet.\n',
    });
  });

  it('refuses to open a ledger that is not there, rather than creating an empty one', async () => {
    const missing = join(folder.dir, 'nowhere', 'ledger.db');
    const { code, stderr } = await run(['verify', '--store', `sqlite:${missing}`]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `ledger: There is no ledger at ${missing}. Give the event store with --store sqlite:PATH ` +
        `(or LEDGER_STORE), or record something first with ledger import.\n`,
    );
  });
});
