/**
 * The lineage of the illustrative plant-closure response (2008 prospectus, Appendix 1), from the
 * built CLI on the fixtures: the LSPs' meetings, the joint meeting, the ABG's special meeting that
 * signs off the action plan, and the task group that oversees it, with its actions and their status.
 * The fixtures' wording is checked against the prospectus's own sentences.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles, illustrativeFiles } from '../../src/cli/fixtures.js';
import { LedgerFolder } from './run.js';

const prospectus = readFileSync(new URL('../../fixtures/minutes/prospectus-2008.txt', import.meta.url), 'utf8').replace(
  /\s+/g,
  ' ',
);
const fixture = readFileSync(new URL('../../fixtures/04-prospectus-2008.yaml', import.meta.url), 'utf8').replace(
  /\s+/g,
  ' ',
);

const folder = new LedgerFolder();
// The demo's data (`npm start`): the seed fixtures, then the illustrative meetings, as two imports.
const demo = new LedgerFolder();
beforeAll(async () => {
  await folder.importFixtures();
  for (const files of [fixtureFiles(), illustrativeFiles()]) {
    const result = await demo.ledger('import', ...files);
    if (result.code !== 0) throw new Error(`demo import failed (${result.code}): ${result.stderr}`);
  }
});
afterAll(() => {
  folder.remove();
  demo.remove();
});

describe('the prospectus says', () => {
  it.each([
    'The Forest of Dean and Gloucester LSPs discuss the issue and agree to have a joint meeting ' +
      'with Gloucestershire First to agree a strategy.',
    'an action plan is signed off at a special meeting of the Accountable Bodies Group;',
    'a task group led by Gloucestershire First, but involving the Gloucestershire and Forest of ' +
      'Dean LSPs is set up to oversee it;',
    'the future of “whatever the industry is” is proposed as one of the issues to be explored ' +
      'at the next GSP meeting.',
    'The action plan requires input from the two councils, the county council, the Learning ' +
      'Skills Council and Job Centre Plus.',
  ])('"%s", and the fixture quotes it', (sentence) => {
    expect(prospectus).toContain(sentence);
    expect(fixture).toContain(sentence);
  });
});

describe('ledger report lineage', () => {
  it.each([
    ['the seed fixtures', folder],
    ["the demo's data", demo],
  ])(
    "prints, on %s, the chain from the LSPs' meetings through the ABG's authorisation to the " +
      "task group's actions and their status",
    async (_data, ledger) => {
      const { code, stdout, stderr } = await ledger.ledger('report', 'lineage', 'abg-2008-10-30-item-1', 'a');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const at = (text: string) => stdout.indexOf(text);
      const joint = 'Forest of Dean and Gloucester LSPs with Gloucestershire First (joint meeting, illustrative)';
      const steps = [
        'Forest of Dean Local Strategic Partnership, 13 October 2008, item 1',
        `a) recommends minute 1 a) of ${joint}, 20 October 2008`,
        `${joint}, 20 October 2008, item 1`,
        'Accountable Bodies Group (ABG), 30 October 2008, item 1',
        `a) authorises minute 1 a) of ${joint}, 20 October 2008`,
        'b) set up the task group Employco task group (illustrative), chair Gloucestershire First',
        '(active, ends 2009-03-31)',
        'reported back to Accountable Bodies Group (ABG), 29 January 2009, item 1 on 2009-01-29: ' +
          'ILLUSTRATIVE: the task group reported on the action plan',
        'Employco task group (illustrative), 10 November 2008, item 1',
        'a) implements minute 1 b) of Accountable Bodies Group (ABG), 30 October 2008',
        'action: Tailored benefits',
        '(open, due 2009-01-31)',
      ];
      for (const step of steps) expect(stdout).toContain(step);
      expect(steps.map(at)).toEqual([...steps.map(at)].sort((a, b) => a - b));
      expect(stdout).toMatch(
        /c\) recommends minute 1 of Gloucestershire Strategic Partnership \(GSP\), 22 January 2009 \[pending\]/,
      );
      expect(stdout).toMatch(
        new RegExp(
          'pending {5}Gloucestershire Strategic Partnership \\(GSP\\), 22 January 2009, item 1 {2}' +
            '\\[pending: not yet recorded\\]',
        ),
      );
      expect(stdout).not.toMatch(/abg-2008-10-30|employco-task-group-2008|gsp-2009-01-22/);
      const withIds = await ledger.ledger('report', 'lineage', 'abg-2008-10-30-item-1', 'a', '--ids');
      expect(withIds.stdout).toContain('Accountable Bodies Group (ABG), 30 October 2008 (abg-2008-10-30), item 1');
      expect(withIds.stdout).toContain('action (employco-task-group-2008-11-10-1-1): Tailored benefits');
    },
  );

  it(
    'answers JSON with every matter upstream in its place (the ABG proposal to the GSP is not ' +
      'the task group one), and the One Public Estate item of 2018 reporting back on the 2016 bid',
    async () => {
      const result = await folder.ledger(
        'report',
        'lineage',
        'employco-task-group-2008-11-10-item-1',
        'a',
        '--format',
        'json',
      );
      expect(result.code).toBe(0);
      const view = JSON.parse(result.stdout) as {
        matters: Array<{ proposalId: string; place: string; pending: boolean }>;
      };
      expect(view.matters.map((m) => [m.proposalId, m.place])).toEqual([
        ['fodlsp-2008-10-13-item-1', 'upstream'],
        ['gp-2008-10-14-item-1', 'upstream'],
        ['employco-joint-2008-10-20-item-1', 'upstream'],
        ['abg-2008-10-30-item-1', 'upstream'],
        ['employco-task-group-2008-11-10-item-1', 'this'],
      ]);
      const estate = await folder.ledger('report', 'lineage', 'lg-2018-06-14-item-6');
      expect(estate.code).toBe(0);
      expect(estate.stdout).toContain('reports-back minute 6 of Leadership Gloucestershire, 27 October 2016');
      expect(estate.stdout).not.toContain('[pending]');
    },
  );

  it('says which decision it could not find, with exit code 2', async () => {
    const { code, stderr } = await folder.ledger('report', 'lineage', 'abg-2008-10-30-item-1', 'z');
    expect(code).toBe(2);
    expect(stderr).toContain('No resolution z) of abg-2008-10-30-item-1 is recorded');
  });
});
