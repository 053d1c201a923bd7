/**
 * A rule that says no part-way through a file stops the import there: the report names the
 * refused line and lists what from the file is already applied; importing the fixed file carries
 * on from the refused command and records nothing twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources, type ImportResult } from '../../src/import/import-files.js';
import { reportLines } from '../../src/import/report.js';
import { fixture, memoryLedger } from './helpers.js';
import { MEETING, meetingWith } from './minutes-template.js';

const ledger = memoryLedger();
// The grant holds £250,000 (fixtures/01-directory.yaml): £300,000 cannot be allocated from it.
const overspent = meetingWith('amount: "£35,000"', 'amount: "£300,000"');
const ubico = { name: 'minutes/ubico.yaml', text: 'kind: Organisation\nid: ubico\nname: Ubico\ntype: other\n' };
const DOC = 'document 1 (Meeting lg-2016-10-27)';

const appliedLines = (note: string) => [
  `    ${DOC}, line 1: ScheduleMeeting schedule${note}`,
  `    ${DOC}, line 6: RecordAttendance attendance${note}`,
  `    ${DOC}, line 10: TableItem items.3.table${note}`,
  `    ${DOC}, line 13: TableOptions items.3.options${note}`,
  `    ${DOC}, line 16: RecordPosition items.3.positions.office-of-the-pcc${note}`,
  `    ${DOC}, line 17: RecordPosition items.3.positions.stroud-district-council${note}`,
  `    ${DOC}, line 19: AgreeOption items.3.decisions.a${note}`,
  `    ${DOC}, line 22: RecordResolution items.3.decisions.b${note}`,
];

const stoppedReport = (summary: string, note: string) => [
  `minutes/lg.yaml: ${summary}, 1 rejected, 1 not run`,
  `  refused: ${DOC}, line 25: AllocateFunding items.3.decisions.b.allocate: ALLOCATION_EXCEEDS_COMMITTABLE: ` +
    'Only £250,000.00 can be allocated (opening balance and confirmed pledges, less earlier allocations).',
  '  already applied from this file (8):',
  ...appliedLines(note),
  '  Fix the refused line and import the file again: what is already applied is recognised and not repeated.',
];

async function commandIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of ledger.store.readAll()) ids.push(event.metadata.commandId);
  return ids;
}

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml')])).status).toBe('imported');
});

describe('an allocation above what the grant can commit', () => {
  let first: ImportResult;
  let headAfterFirst: bigint;

  beforeAll(async () => {
    first = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: overspent }, ubico]);
    headAfterFirst = await ledger.store.headPosition();
  });

  it('stops the import at that line, listing what the file already applied, and runs no later file', () => {
    expect(first.status).toBe('stopped');
    expect(reportLines(first)).toEqual([...stoppedReport('8 applied, 0 already recorded', ''), 'minutes/ubico.yaml: 0 applied, 0 already recorded, 0 rejected, 1 not run']);
  });

  it('stops at the same line without writing anything when imported again unfixed', async () => {
    const again = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: overspent }]);
    expect(reportLines(again).slice(0, -1)).toEqual(stoppedReport('0 applied, 8 already recorded', ' (recorded earlier)').slice(0, -1));
    expect(await ledger.store.headPosition()).toBe(headAfterFirst);
  });

  it('completes once the amount is fixed, recording only what was missing and nothing twice', async () => {
    const fixed = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: MEETING }, ubico]);
    expect(reportLines(fixed)).toEqual([
      'minutes/lg.yaml: 2 applied, 8 already recorded, 0 rejected',
      'minutes/ubico.yaml: 1 applied, 0 already recorded, 0 rejected',
    ]);
    // Each of the meeting's ten commands records one event: a repeated command would show twice.
    const meetingIds = (await commandIds()).filter((id) => id.startsWith('import:Meeting/lg-2016-10-27:'));
    expect(meetingIds).toHaveLength(10);
    expect(new Set(meetingIds).size).toBe(10);
  });

  it('then counts the whole file as imported, so a later change to it is refused', async () => {
    const head = await ledger.store.headPosition();
    const changed = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: meetingWith('text: To support the principles included in option 3', 'text: To support option 3') }]);
    expect(changed.status).toBe('refused');
    expect(await ledger.store.headPosition()).toBe(head);
  });
});
