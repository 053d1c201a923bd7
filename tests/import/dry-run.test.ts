/** `--dry-run`: every check runs and every command is listed, but nothing is written. */
import { describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { reportLines } from '../../src/import/report.js';
import { fixture, fixturePaths, memoryLedger } from './helpers.js';
import { meetingWith } from './minutes-template.js';

describe('a dry run', () => {
  it('lists every command the fixtures would run on an empty ledger and writes nothing', async () => {
    const ledger = memoryLedger();
    const result = await importFiles(ledger, fixturePaths(), { dryRun: true });
    if (result.status !== 'dry-run') throw new Error(`expected a dry run, got ${result.status}`);
    expect(result.files.map((file) => file.commands.length)).toEqual([67, 54, 29, 46, 9]);
    expect(result.files.flatMap((file) => file.commands).every((entry) => !entry.recorded)).toBe(true);
    const lines = reportLines(result).map((line) => line.replace(/^.*\//, ''));
    expect(lines.slice(0, 3)).toEqual([
      '01-directory.yaml: dry run, 67 would run, 0 already recorded',
      '  would run  document 1 (Organisation gloucestershire-county-council), line 7: RegisterOrganisation register',
      '  would run  document 2 (Organisation cheltenham-borough-council), line 13: RegisterOrganisation register',
    ]);
    expect(await ledger.store.headPosition()).toBe(-1n);
  });

  it('marks what an earlier import recorded', async () => {
    const ledger = memoryLedger();
    await importFiles(ledger, [fixture('01-directory.yaml')]);
    const head = await ledger.store.headPosition();
    const result = await importFiles(ledger, fixturePaths().slice(0, 2), { dryRun: true });
    expect(
      reportLines(result)
        .filter((line) => !line.startsWith('  '))
        .map((line) => line.replace(/^.*\//, '')),
    ).toEqual([
      '01-directory.yaml: dry run, 0 would run, 67 already recorded',
      '02-lg-2016-10-27.yaml: dry run, 54 would run, 0 already recorded',
    ]);
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('still refuses a file with a mistake', async () => {
    const ledger = memoryLedger();
    await importFiles(ledger, [fixture('01-directory.yaml')]);
    const result = await importSources(
      ledger,
      [{ name: 'lg.yaml', text: meetingWith('date: 2016-10-27', 'date: 2016-02-30') }],
      { dryRun: true },
    );
    expect(result).toEqual({
      status: 'refused',
      messages: [
        'lg.yaml: document 1 (Meeting lg-2016-10-27), line 4, date: use a calendar date written ' +
          'YYYY-MM-DD, e.g. 2016-10-27',
      ],
    });
  });
});
