/**
 * Issue 13.2: an import is all or nothing. Every command of every file is decided by the deciders
 * on an overlay of the store before anything is written; a rule that says no anywhere, even in the
 * last meeting of the last file, writes nothing and names the file, document, line and rule; and a
 * dry run is the same run without the write, so it refuses exactly what the import refuses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { reportLines } from '../../src/import/report.js';
import { fixture, memoryLedger } from './helpers.js';
import { MEETING, meetingWith } from './minutes-template.js';

const ledger = memoryLedger();
// The grant holds £250,000 (fixtures/01-directory.yaml): £300,000 cannot be allocated from it.
const overspent = meetingWith('amount: "£35,000"', 'amount: "£300,000"');
// The meeting is on 27 October 2016; an action cannot fall due before it.
const dueTooEarly = meetingWith(
  'title: Establish the county partnership, decision: a}',
  'title: Establish the county partnership, decision: a, due: 2016-10-01}',
);
const ubico = { name: 'minutes/ubico.yaml', text: 'kind: Organisation\nid: ubico\nname: Ubico\ntype: other\n' };
const DOC = 'document 1 (Meeting lg-2016-10-27)';

const overspentRefusal = [
  `minutes/lg.yaml: ${DOC}, line 25, items.0.decisions.1.allocate: ALLOCATION_EXCEEDS_COMMITTABLE: ` +
    'Only £250,000.00 can be allocated (opening balance and confirmed pledges, less earlier allocations).',
  'Nothing was written.',
];

async function commandIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of ledger.store.readAll()) ids.push(event.metadata.commandId);
  return ids;
}

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml')])).status).toBe('imported');
});

describe('a meeting whose allocation exceeds what the grant can commit', () => {
  it('writes nothing, from this file or any other, and names the file, document, line and rule', async () => {
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [ubico, { name: 'minutes/lg.yaml', text: overspent }]);
    expect(result.status).toBe('refused');
    expect(reportLines(result)).toEqual(overspentRefusal);
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('is refused by a dry run with the same message', async () => {
    const result = await importSources(ledger, [ubico, { name: 'minutes/lg.yaml', text: overspent }], { dryRun: true });
    expect(reportLines(result)).toEqual(overspentRefusal);
  });
});

describe('a meeting whose action falls due before the meeting', () => {
  it('writes nothing, and a dry run refuses it with the same message', async () => {
    const head = await ledger.store.headPosition();
    const real = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: dueTooEarly }]);
    const dry = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: dueTooEarly }], { dryRun: true });
    expect(reportLines(real)[0]).toMatch(
      /^minutes\/lg\.yaml: document 1 \(Meeting lg-2016-10-27\), line \d+, items\.0\.actions\.0\.due: DUE_DATE_BEFORE_MEETING: The due date 2016-10-01 is before the meeting/,
    );
    expect(reportLines(dry)).toEqual(reportLines(real));
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

describe('the fixed files', () => {
  it('import whole, each command once, and then count as imported', async () => {
    const fixed = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: MEETING }, ubico]);
    expect(reportLines(fixed)).toEqual([
      'minutes/lg.yaml: 10 applied, 0 already recorded, 0 rejected',
      'minutes/ubico.yaml: 1 applied, 0 already recorded, 0 rejected',
    ]);
    const meetingIds = (await commandIds()).filter((id) => id.startsWith('import:Meeting/lg-2016-10-27:'));
    expect(new Set(meetingIds).size).toBe(10);
    const head = await ledger.store.headPosition();
    const changed = await importSources(ledger, [
      {
        name: 'minutes/lg.yaml',
        text: meetingWith('text: To support the principles included in option 3', 'text: To support option 3'),
      },
    ]);
    expect(changed.status).toBe('refused');
    expect(await ledger.store.headPosition()).toBe(head);
  });
});
