/** `ledger export --format 360giving|360giving-csv|popolo` with the built CLI on the demo's files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from '../cli/run.js';
import { popoloProblems } from './popolo-rules.js';
import { packageProblems } from './three-sixty-giving-rules.js';

const folder = new LedgerFolder();
beforeAll(() => folder.importFixtures(), 120_000);
afterAll(() => folder.remove());

describe('ledger export, open data', () => {
  it('refuses 360Giving with exit 2, naming the recipient without an identifier', async () => {
    const result = await folder.ledger('export', '--format', '360giving');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'Gloucestershire Community Safety Partnership (body gloucestershire-community-safety-partnership',
    );
    expect(result.stderr).toContain('--local-org-ids');
  });

  it('writes 360Giving JSON with the local scheme, linking the published pages', async () => {
    const result = await folder.ledger(
      'export',
      '--format',
      '360giving',
      '--local-org-ids',
      '--public-url',
      'https://ledger.example.gov.uk',
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(packageProblems(document)).toEqual([]);
    expect(document.grants).toContainEqual(
      expect.objectContaining({
        amountAwarded: 35000,
        dataSource: 'https://ledger.example.gov.uk/decisions/lg-2016-10-27-item-3/b',
      }),
    );
  });

  it('writes the 360Giving CSV, and says what is wrong with a bad prefix', async () => {
    const csv = await folder.ledger(
      'export',
      '--format',
      '360giving-csv',
      '--local-org-ids',
      '--grant-id-prefix',
      '360G-glos-',
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^360G-glos-community-safety-implementation,.*,GBP,35000,/);
    const bad = await folder.ledger('export', '--format', '360giving-csv', '--grant-id-prefix', 'glos');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('360Giving prefix');
  });

  it('writes Popolo JSON whose references resolve', async () => {
    const result = await folder.ledger('export', '--format', 'popolo');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(popoloProblems(document)).toEqual([]);
    expect(document.vote_events.length).toBeGreaterThan(0);
  });
});
