/**
 * An imported meeting is never silently changed: a changed version of the file is refused with
 * the differences listed, and nothing is written. The same goes for a receipts row.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, fixturePaths, memoryLedger } from './helpers.js';

const ledger = memoryLedger();
const MINUTES = 'fixtures/02-lg-2016-10-27.yaml';
const original = readFileSync(fixture('02-lg-2016-10-27.yaml'), 'utf8');
const REFUSED =
  `${MINUTES}: document 2 (Meeting lg-2016-10-27) was imported before and this version ` +
  `differs, so nothing was written. Record corrections with the correction commands ` +
  `(AmendDecision, AmendPledge and the like), or restore the document as it was imported:`;

function edited(...edits: Array<[string, string]>): string {
  return edits.reduce((text, [find, replace]) => {
    if (!text.includes(find)) throw new Error(`The minutes have no "${find}"`);
    return text.replace(find, replace);
  }, original);
}

/**
 * The line (from 1) where `find` starts in `text`, so the expected messages follow the fixture as
 * it is edited. A message names the first line of a list's or mapping's value, one below its key.
 */
function lineOf(find: string, text = original): number {
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`The minutes have no "${find}"`);
  return text.slice(0, at).split('\n').length;
}

async function refusedWithoutWriting(name: string, text: string): Promise<readonly string[]> {
  const head = await ledger.store.headPosition();
  const result = await importSources(ledger, [{ name, text }]);
  expect(await ledger.store.headPosition()).toBe(head);
  if (result.status !== 'refused') throw new Error(`expected a refusal, got ${result.status}`);
  return result.messages;
}

beforeAll(async () => {
  expect((await importFiles(ledger, fixturePaths())).status).toBe('imported');
});

describe('a changed version of an imported meeting', () => {
  it('is refused with each change listed: amounts, wording, attendance, owners and new actions', async () => {
    const text = edited(
      ['amount: "£35,000"', 'amount: "£40,000"'],
      ['youth justice, homelessness and care leavers', 'youth justice and homelessness'],
      [
        '{person: Anne Brinkhoff, organisation: gloucester-city-council, capacity: officer,',
        '{person: Anne Brinkhoff, organisation: gloucester-city-council, capacity: adviser,',
      ],
      ['      - owners: [Pete Bungard]', '      - owners: [Pete Bungard, David Hagg]'],
      [
        '    presenters: [Neil Corbett]\n',
        '    presenters: [Neil Corbett]\n    actions:\n      - {owners: [Neil Corbett], title: ' +
          'Submit the stage 2 bid by 16 December}\n',
      ],
    );
    expect(await refusedWithoutWriting(MINUTES, text)).toEqual([
      [
        REFUSED,
        `  changed attendance (RecordAttendance, line ${lineOf('\nattendance:\n') + 2}): present ` +
          `differs (Anne Brinkhoff)`,
        `  changed items.3.positions.stroud-district-council (RecordPosition, line ` +
          `${lineOf('      - organisation: stroud-district-council')}): note "…around youth justice, ` +
          `homelessness and care leavers; the current appro…" -> "…around youth justice and ` +
          `homelessness; the current appro…"`,
        `  changed items.3.decisions.b.allocate (AllocateFunding, line ` +
          `${lineOf('        allocate:') + 1}): amount £35,000.00 -> £40,000.00`,
        `  changed items.5.actions.1 (AssignAction, line ` +
          `${lineOf('      - owners: [Pete Bungard]')}): owners differs (David Hagg)`,
        `  added items.6.actions.1 (AssignAction, line ${lineOf('      - {owners: [Neil Corbett]', text)})`,
      ].join('\n'),
    ]);
  });

  it('is refused when an item recorded earlier has been taken out', async () => {
    const item6 = original.slice(original.indexOf('  - number: "6"'), original.indexOf('  - {number: "7"'));
    const text = edited([item6, '']);
    expect(await refusedWithoutWriting(MINUTES, text)).toEqual([
      `${REFUSED}\n  removed items.6.table (TableItem, recorded on meeting-lg-2016-10-27)`,
    ]);
  });

  it('is refused when an action is inserted before business already recorded', async () => {
    const text = edited([
      '          Police and Crime Commissioner, with £35,000 from the LAA Reward Grant for implementation\n',
      '          Police and Crime Commissioner, with £35,000 from the LAA Reward Grant for ' +
        'implementation\n      - {owners: [John Bensted], title: Report on the implementation}\n',
    ]);
    expect(await refusedWithoutWriting(MINUTES, text)).toEqual([
      `${REFUSED}\n  added items.3.actions.2 (AssignAction, line ${lineOf('      - {owners: [John Bensted]', text)})`,
    ]);
  });

  it('is imported as unchanged when only comments and layout differ', async () => {
    const head = await ledger.store.headPosition();
    const text =
      `# Re-typed by the ` +
      `clerk.\n${original.replace('{number: "7", title: Next meeting}', 'number: 7\n    title: Next meeting')}`;
    const result = await importSources(ledger, [{ name: MINUTES, text }]);
    expect(result.status).toBe('imported');
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

it('refuses a receipts row whose amount changed after it was imported', async () => {
  const receipts = readFileSync(fixture('receipts-2016-17.csv'), 'utf8').replace(
    '"£5,000",TBC-DEV-1',
    '"£6,000",TBC-DEV-1',
  );
  expect(await refusedWithoutWriting('fixtures/receipts-2016-17.csv', receipts)).toEqual([
    'fixtures/receipts-2016-17.csv: line 10 (receipt TBC-DEV-1 from tewkesbury-borough-council) ' +
      'was imported before and this version differs, so nothing was written. ' +
      ('Record corrections with the correction commands (AmendDecision, AmendPledge and the like), ' +
        'or restore the document as it was imported:\n') +
      '  changed contribution (RecordContribution, line 10): amount £5,000.00 -> £6,000.00',
  ]);
});
