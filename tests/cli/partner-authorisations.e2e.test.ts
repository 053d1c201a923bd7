/**
 * From the built CLI on the fixtures: `ledger report awaiting-authorisation` lists Stroud's pledge
 * until a later meeting's minutes record Stroud's own committee decision (illustrative: the seed
 * minutes name none); the reconciliation then shows it in its "authorised by partner" column.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from './run.js';

const folder = new LedgerFolder();
beforeAll(() => folder.importFixtures());
afterAll(() => folder.remove());

// ILLUSTRATIVE: not from the minutes. A later meeting notes Stroud's own decision on its pledge.
const minutes = `kind: Meeting
id: lg-2017-01-26
body: leadership-gloucestershire
date: 2017-01-26
attendance:
  - {person: Cllr Mark Hawthorne, organisation: gloucestershire-county-council, role: chair}
items:
  - number: "1"
    title: Devolution capacity
    partnerAuthorisations:
      - fund: devolution-capacity
        organisation: stroud-district-council
        decidedBy: Stroud District Council Strategy and Resources Committee
        decidedOn: 2016-12-08
        reference: Minute SRC.45 (illustrative)
        url: https://www.stroud.gov.uk/council-and-democracy/meetings
`;

describe('ledger report awaiting-authorisation', () => {
  it("lists Stroud's pledge, then not once its own decision is recorded", async () => {
    const before = await folder.ledger(
      'report',
      'awaiting-authorisation',
      '--fund',
      'devolution-capacity',
      '--format',
      'csv',
    );
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(before.stdout.split('\r\n')[0]).toBe('fund_id,fund,organisation,pledged,authorised_by_partner,awaiting');
    expect(before.stdout).toContain(
      'devolution-capacity,Devolution capacity,stroud-district-council,10000.00,0.00,10000.00',
    );

    const file = join(folder.dir, 'lg-2017-01-26.yaml');
    writeFileSync(file, minutes);
    const imported = await folder.ledger('import', file);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);

    const after = await folder.ledger('report', 'awaiting-authorisation', '--fund', 'devolution-capacity');
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Cheltenham Borough Council');
    expect(after.stdout).not.toContain('Stroud District Council');
    const reconciliation = await folder.ledger(
      'report',
      'reconciliation',
      '--fund',
      'devolution-capacity',
      '--format',
      'csv',
    );
    expect(reconciliation.stdout.split('\r\n')[0]).toContain(',authorised_by_partner,');
    expect(reconciliation.stdout).toMatch(
      /devolution-capacity,Devolution capacity,stroud-district-council,10000\.00,10000\.00,0\.00,10000\.00,10000\.00,/,
    );
    const table = await folder.ledger('report', 'reconciliation', '--fund', 'devolution-capacity');
    expect(table.stdout).toContain(
      "partner's own decision: Stroud District Council, Stroud District Council Strategy and " +
        'Resources Committee, 2016-12-08',
    );
  });
});
