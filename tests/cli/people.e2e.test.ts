/** `ledger report people [PERSON]` on the seed fixtures, as a user runs it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from './run.js';

const folder = new LedgerFolder();
beforeAll(() => folder.importFixtures());
afterAll(() => folder.remove());

describe('ledger report people', () => {
  it('lists one row for Cllr Chris Hancock, also written Cllr Christopher Hancock, with names not ids', async () => {
    const { code, stdout, stderr } = await folder.ledger('report', 'people', '--q', 'hancock');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => line.includes('Hancock'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Cllr Christopher Hancock');
    expect(rows[0]).toContain('Cotswold District Council');
    expect(stdout).not.toMatch(/chris-hancock|cotswold-district-council/);
  });

  it('puts the ids back after the names with --ids', async () => {
    const { stdout } = await folder.ledger('report', 'people', '--q', 'hancock', '--ids');
    const row = stdout.split('\n').find((line) => line.includes('Hancock'));
    expect(row).toContain('Cllr Chris Hancock (chris-hancock)');
    // The organisations column wraps at 40 characters, so the id may sit on the line below its name.
    expect(row).toContain('Cotswold District Council');
    expect(stdout).toMatch(/^ +\(cotswold-district-council\)$/m);
  });

  it('shows one person named in any form the minutes use, and the JSON keeps the ids', async () => {
    const { code, stdout } = await folder.ledger('report', 'people', 'Cllr Christopher Hancock');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Cllr Chris Hancock');
    expect(stdout).toContain('present');
    const json = await folder.ledger('report', 'people', 'chris-hancock', '--format', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({ personId: 'chris-hancock', attended: 2 });
  });

  it('says who is meant when a name is unknown, with exit code 2', async () => {
    const { code, stderr } = await folder.ledger('report', 'people', 'Nobody Of That Name');
    expect(code).toBe(2);
    expect(stderr).toContain('ledger report people --q');
  });
});
