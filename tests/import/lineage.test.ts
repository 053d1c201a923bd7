/**
 * The minutes YAML `links` key: a link from an item (or one of its decisions) to another body's
 * decision. A mistake is refused whole with the line and field; a good link is recorded, pending
 * while the other meeting is not in the ledger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, memoryLedger } from './helpers.js';
import { MEETING } from './minutes-template.js';

const ledger = memoryLedger();
const META = 'minutes/lg.yaml: document 1 (Meeting lg-2016-10-27)';
const withLink = (link: string) => `${MEETING}    links:\n      - ${link}\n`;
const GOOD =
  '{kind: recommends, decision: a, to: {body: district-chief-executives-group, meeting: dce-2016-11-03, item: "2"}}';

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml')])).status).toBe('imported');
});

describe('a link with one mistake is refused whole, naming the line and field', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a kind the ledger does not know',
      GOOD.replace('recommends', 'endorses'),
      [
        `${META}, line 32, items.0.links.0.kind: use one of recommends, refers, authorises, ` +
          `implements, reports-back, supersedes (found the text "endorses")`,
      ],
    ],
    [
      'a decision the item does not have',
      GOOD.replace('decision: a', 'decision: c'),
      [
        `${META}, line 32, items.0.links.0.decision: DECISION_NOT_FOUND: There is no resolution c) ` +
          `of lg-2016-10-27-item-3 in the ledger; record the decision before citing or changing it.`,
      ],
    ],
    [
      'a body not in the directory',
      GOOD.replace('district-chief-executives-group', 'district-chiefs'),
      [
        `${META}, line 32, items.0.links.0.to.body: BODY_NOT_ESTABLISHED: There is no body ` +
          `district-chiefs in the directory; establish it first. In the files: check the id, or add a ` +
          `Body document before this one.`,
      ],
    ],
    [
      'the other end without its item',
      GOOD.replace(', item: "2"', ''),
      [`${META}, line 32, items.0.links.0.to.item: write the number as the minutes write it, e.g. \"3\" or \"2.1\"`],
    ],
  ];

  it.each(cases)('%s', async (_name, link, expected) => {
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: withLink(link) }]);
    expect(result).toEqual({ status: 'refused', messages: expected });
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

it('records a good link on the matter that makes it, with both ends', async () => {
  const result = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: withLink(GOOD) }]);
  expect(result.status).toBe('imported');
  const linked = [];
  for await (const event of ledger.store.readStream('proposal-lg-2016-10-27-item-3'))
    if (event.type === 'DecisionLinked') linked.push(event.data);
  expect(linked).toEqual([
    {
      proposalId: 'lg-2016-10-27-item-3',
      resolution: 'a',
      kind: 'recommends',
      from: {
        bodyId: 'leadership-gloucestershire',
        meetingId: 'lg-2016-10-27',
        item: '3',
        proposalId: 'lg-2016-10-27-item-3',
        resolution: 'a',
      },
      to: {
        bodyId: 'district-chief-executives-group',
        meetingId: 'dce-2016-11-03',
        item: '2',
        proposalId: 'dce-2016-11-03-item-2',
      },
    },
  ]);
});
