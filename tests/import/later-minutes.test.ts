/**
 * The next meeting, first imported as a date from the previous minutes ("15 December 2016 at
 * 10am"), later imported with its own minutes under the same id: its attendance, the confirmation
 * of the October minutes and the review of an October action under "actions arising".
 */
import { beforeAll, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { reportLines } from '../../src/import/report.js';
import { fixturePaths, memoryLedger } from './helpers.js';

const ledger = memoryLedger();
// An illustrative set of minutes: the seeds do not include the meeting of 15 December 2016.
const DECEMBER = `kind: Meeting
id: lg-2016-12-15
body: leadership-gloucestershire
date: 2016-12-15
confirms: lg-2016-10-27
attendance:
  - {person: Cllr Mark Hawthorne, organisation: gloucestershire-county-council, role: chair}
  - {person: Richard Bradley, organisation: office-of-the-pcc, capacity: officer}
items:
  - number: "2"
    title: Actions arising
    reviews:
      - {action: lg-2016-10-27-3-1, note: The partnership's implementation plan is being drafted}
`;

beforeAll(async () => {
  expect((await importFiles(ledger, fixturePaths())).status).toBe('imported');
});

// Before the December minutes are imported, so the refusal is the rule's and not a changed document's.
it('refuses a review of an action no meeting assigned, before writing anything', async () => {
  const head = await ledger.store.headPosition();
  const text = DECEMBER.replace('lg-2016-10-27-3-1', 'lg-2016-10-27-3-9');
  expect(await importSources(ledger, [{ name: 'minutes/lg-2016-12-15.yaml', text }])).toEqual({
    status: 'refused',
    messages: [
      'minutes/lg-2016-12-15.yaml: document 1 (Meeting lg-2016-12-15), line 13, ' +
        'items.0.reviews.0.action: ACTION_NOT_FOUND: There is no action lg-2016-10-27-3-9: assign ' +
        'it before recording anything about it. In the files: check the id, or assign the action in ' +
        'an earlier meeting first.',
    ],
  });
  expect(await ledger.store.headPosition()).toBe(head);
});

it('adds the minutes to the meeting already in the calendar', async () => {
  const result = await importSources(ledger, [{ name: 'minutes/lg-2016-12-15.yaml', text: DECEMBER }]);
  expect(reportLines(result)).toEqual(['minutes/lg-2016-12-15.yaml: 4 applied, 1 already recorded, 0 rejected']);
  const types: string[] = [];
  for await (const event of ledger.store.readStream('action-lg-2016-10-27-3-1')) types.push(event.type);
  expect(types).toEqual(['ActionAssigned', 'ActionReviewed']);
});
