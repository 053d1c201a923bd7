/**
 * Scrutiny from the built CLI, on the seed fixtures and the illustrative Police and Crime Panel
 * file (fixtures/illustrative/05-scrutiny-2018.yaml): a recommendation left without a response
 * past its due period is in the overdue list; the answered one is not. The annual report's own
 * sentence about the panel is checked against the seed, and the fixture quotes it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from './run.js';

const FIXTURE = new URL('../../fixtures/illustrative/05-scrutiny-2018.yaml', import.meta.url);
const SENTENCE = 'a Police and Crime Panel which will provide public scrutiny to the new Police and Crime Commissioner';

const folder = new LedgerFolder();
beforeAll(async () => {
  await folder.importFixtures();
  const result = await folder.ledger(
    'import',
    '--dry-run',
    new URL('../../fixtures/illustrative/04-lg-2018-09-20.yaml', import.meta.url).pathname,
  );
  expect(result.code).toBe(0);
  const imported = await folder.ledger('import', FIXTURE.pathname);
  if (imported.code !== 0) throw new Error(`import failed (${imported.code}): ${imported.stderr}`);
});
afterAll(() => folder.remove());

it('the fixture quotes the seed sentence it rests on, and says it is illustrative', () => {
  const seed = readFileSync(
    new URL('../../fixtures/minutes/annual-report-2011-12.txt', import.meta.url),
    'utf8',
  ).replace(/\s+/g, ' ');
  const fixture = readFileSync(FIXTURE, 'utf8').replace(/#\s*/g, '').replace(/\s+/g, ' ');
  expect(seed).toContain(SENTENCE);
  expect(fixture).toContain(SENTENCE);
  expect(fixture).toContain('ILLUSTRATIVE: NOT FROM THE MINUTES');
});

describe('ledger report recommendations', () => {
  it('lists the recommendation left without a response past its due period, and not the answered one', async () => {
    const { code, stdout, stderr } = await folder.ledger('report', 'recommendations', '--overdue-on', '2019-01-01');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '2018-10-05  Gloucestershire Police and Crime Panel (illustrative) to Leadership Gloucestershire, ' +
        'waiting 88 days',
    );
    expect(stdout).toContain('no response (due 2018-12-04)');
    expect(stdout).not.toContain('how the devolution capacity contribution is used');
    expect(stdout).not.toMatch(/pcp-2018-10-05|gloucestershire-police-and-crime-panel|leadership-gloucestershire/);
    const withIds = await folder.ledger('report', 'recommendations', '--overdue-on', '2019-01-01', '--ids');
    expect(withIds.stdout).toContain(
      'Gloucestershire Police and Crime Panel (illustrative) (gloucestershire-police-and-crime-panel) to ' +
        'Leadership Gloucestershire (leadership-gloucestershire), waiting 88 days  [pcp-2018-10-05-rec-2]',
    );
  });

  it('is empty on the day the response fell due', async () => {
    const { stdout } = await folder.ledger(
      'report',
      'recommendations',
      '--overdue-on',
      '2018-12-04',
      '--format',
      'json',
    );
    expect(JSON.parse(stdout)).toMatchObject({ recommendations: [] });
  });

  it('shows the response with its reasons, and those waiting more than 30 days on a date', async () => {
    const all = await folder.ledger('report', 'recommendations', '--format', 'csv');
    expect(all.stdout).toContain(
      'pcp-2018-10-05-rec-1,gloucestershire-police-and-crime-panel,2018-10-05,' +
        'office-of-the-pcc,2018-12-04,partly-accepted,2018-11-30',
    );
    const waiting = await folder.ledger(
      'report',
      'recommendations',
      '--awaiting-on',
      '2018-11-10',
      '--more-than-days',
      '30',
      '--format',
      'json',
    );
    expect(
      (JSON.parse(waiting.stdout) as { recommendations: Array<{ recommendationId: string }> }).recommendations.map(
        (r) => r.recommendationId,
      ),
    ).toEqual(['pcp-2018-10-05-rec-1', 'pcp-2018-10-05-rec-2']);
  });

  it('refuses a number of days that is not a number, with exit 2', async () => {
    const result = await folder.ledger('report', 'recommendations', '--more-than-days', 'sixty');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/more-than-days|moreThanDays/);
  });
});
