/**
 * `ledger import` as the CLI runs it, on SQLite files in a temporary folder: the summary printed
 * per file, --dry-run writing nothing, refusals as usage errors (exit 2), read models caught up.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerImport } from '../../src/cli/commands/import.js';
import { UsageError } from '../../src/cli/output.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { fixture, fixturePaths, tempFile } from './helpers.js';
import { meetingWith } from './minutes-template.js';

let folder: string;
let stdout: string[];
let catchUp: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ledger-cli-import-'));
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  catchUp = vi.spyOn(ProjectionRunner.prototype, 'catchUp');
});
afterEach(() => vi.restoreAllMocks());

async function ledger(...args: string[]): Promise<void> {
  const program = new Command('ledger').exitOverride();
  registerImport(program);
  const files = [
    '--store',
    `sqlite:${join(folder, 'ledger.db')}`,
    '--read-db',
    join(folder, 'read.db'),
    '--tokens-db',
    join(folder, 'tokens.db'),
  ];
  await program.parseAsync(['import', ...args, ...files], { from: 'user' });
}

async function head(): Promise<bigint> {
  const store = new SqliteEventStore(join(folder, 'ledger.db'));
  try {
    return await store.headPosition();
  } finally {
    await store.close();
  }
}

describe('ledger import', () => {
  it('imports the fixtures, prints a line per file and brings the read models up to date', async () => {
    await ledger(...fixturePaths());
    expect(
      stdout
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/^.*\//, '')),
    ).toEqual([
      '01-directory.yaml: 67 applied, 0 already recorded, 0 rejected',
      '02-lg-2016-10-27.yaml: 54 applied, 0 already recorded, 0 rejected',
      '03-lg-2018-06-14.yaml: 29 applied, 0 already recorded, 0 rejected',
      '04-prospectus-2008.yaml: 46 applied, 0 already recorded, 0 rejected',
      'receipts-2016-17.csv: 9 applied, 0 already recorded, 0 rejected',
    ]);
    expect(await head()).toBe(206n);
    expect(catchUp).toHaveBeenCalledTimes(1);
  });

  it('with --dry-run lists the commands as JSON and writes nothing', async () => {
    await ledger(fixture('01-directory.yaml'), '--dry-run', '--format', 'json');
    const report = JSON.parse(stdout.join('')) as {
      status: string;
      files: Array<{ commands: Array<{ type: string; recorded: boolean }> }>;
    };
    expect(report.status).toBe('dry-run');
    expect(report.files[0]!.commands).toHaveLength(67);
    expect(report.files[0]!.commands[0]).toMatchObject({ type: 'RegisterOrganisation', recorded: false, line: 7 });
    expect(await head()).toBe(-1n);
    expect(catchUp).not.toHaveBeenCalled();
  });

  it('refuses a file with a mistake as a usage error, naming the line, and writes nothing', async () => {
    const file = tempFile('bad.yaml', 'kind: Organisation\nid: ubico\nname: Ubico\ntype: company\n');
    await expect(ledger(file)).rejects.toThrow(
      new UsageError(
        `${file}: document 1 (Organisation ubico), line 4, type: use one of county-council, ` +
          `district-council, police, health, ` +
          ('enterprise-partnership, university, government, voluntary, other (found the text ' +
            '"company")\nNothing was written.'),
      ),
    );
    expect(await head()).toBe(-1n);
  });

  it(
    'refuses a file a rule says no to part-way as a usage error, writing nothing; --dry-run ' + 'refuses it alike',
    async () => {
      await ledger(fixture('01-directory.yaml'));
      stdout = [];
      const overspent = tempFile('lg.yaml', meetingWith('amount: "£35,000"', 'amount: "£300,000"'));
      const message = [
        `${overspent}: document 1 (Meeting lg-2016-10-27), line 25, items.0.decisions.1.allocate: ` +
          `ALLOCATION_EXCEEDS_COMMITTABLE: ` +
          'Only £250,000.00 can be allocated (opening balance and confirmed pledges, less earlier allocations).',
        'Nothing was written.',
      ].join('\n');
      await expect(ledger(overspent)).rejects.toThrow(new UsageError(message));
      await expect(ledger(overspent, '--dry-run')).rejects.toThrow(new UsageError(message));
      expect(await head()).toBe(68n);
      expect(catchUp).toHaveBeenCalledTimes(1);
    },
  );

  it('records the clerk named by --actor as the one who imported the facts', async () => {
    await ledger(fixture('01-directory.yaml'), '--actor', 'Simon Harper');
    const store = new SqliteEventStore(join(folder, 'ledger.db'));
    try {
      for await (const event of store.readAll({ maxCount: 1 }))
        expect(event.metadata.actor).toEqual({ id: 'Simon Harper', role: 'clerk' });
      expect(await store.headPosition()).toBe(68n);
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown --format', async () => {
    await expect(ledger(fixture('01-directory.yaml'), '--format', 'xml')).rejects.toThrow(
      '--format must be one of table, json; got "xml"',
    );
  });
});
