/**
 * Scrutiny in the minutes YAML: a scrutiny committee's Body names its council; its meeting's items
 * make recommendations; a later meeting's item records the response and the actions that follow.
 * A mistake is refused whole with its line and field. The committee and its words are illustrative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, memoryLedger } from './helpers.js';

const ledger = memoryLedger();
const META = 'minutes/pcp.yaml: document 2 (Meeting pcp-2018-10-05)';
const RECOMMENDATION =
  '{id: pcp-2018-10-05-rec-1, to: {organisation: office-of-the-pcc}, text: Report yearly, responseDueDays: 60}';
const minutes = (recommendation: string) => `kind: Body
id: gloucestershire-police-and-crime-panel
name: Gloucestershire Police and Crime Panel (illustrative)
type: scrutiny-committee
council: gloucestershire-county-council
established: 2012-11-22
---
kind: Meeting
id: pcp-2018-10-05
body: gloucestershire-police-and-crime-panel
date: 2018-10-05
items:
  - number: "4"
    title: Public service reform
    recommendations:
      - ${recommendation}
`;
const RESPONSE = `kind: Meeting
id: pcp-2018-11-30
body: gloucestershire-police-and-crime-panel
date: 2018-11-30
items:
  - number: "3"
    title: The Commissioner's response
    responses:
      - recommendation: pcp-2018-10-05-rec-1
        response: partly-accepted
        reasons: A yearly report
        respondedBy: Police and Crime Commissioner
`;

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml')])).status).toBe('imported');
});

describe('a recommendation with one mistake is refused whole, naming the line and field', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a recipient named twice',
      RECOMMENDATION.replace(
        '{organisation: office-of-the-pcc}',
        '{organisation: office-of-the-pcc, body: leadership-gloucestershire}',
      ),
      [
        `${META}, line 16, items.0.recommendations.0.to: name whom it is made to once: {body: id} ` +
          `or {organisation: id}`,
      ],
    ],
    [
      'a recipient not in the directory',
      RECOMMENDATION.replace('office-of-the-pcc', 'the-commissioner'),
      [
        `${META}, line 16, items.0.recommendations.0.to.organisation: ORGANISATION_NOT_REGISTERED: ` +
          'There is no organisation the-commissioner in the directory; register it first. ' +
          'In the files: check the id, or add an Organisation document before this one.',
      ],
    ],
    [
      'days written as words',
      RECOMMENDATION.replace('responseDueDays: 60', 'responseDueDays: two months'),
      [
        `${META}, line 16, items.0.recommendations.0.responseDueDays: write the days allowed for a ` +
          `response as a whole number, e.g. 60`,
      ],
    ],
  ];

  it.each(cases)('%s', async (_name, recommendation, expected) => {
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: 'minutes/pcp.yaml', text: minutes(recommendation) }]);
    expect(result).toEqual({ status: 'refused', messages: expected });
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('a committee that is not a scrutiny committee: the rule says so, with the line', async () => {
    const result = await importSources(ledger, [
      { name: 'minutes/pcp.yaml', text: minutes(RECOMMENDATION).replace('type: scrutiny-committee', 'type: board') },
    ]);
    expect(result.status).toBe('refused');
    expect(result).toMatchObject({
      messages: [
        expect.stringMatching(
          /^minutes\/pcp\.yaml: document 2 \(Meeting pcp-2018-10-05\), line 16, items\.0\.recommendations\.0: NOT_A_SCRUTINY_COMMITTEE: gloucestershire-police-and-crime-panel is a board/,
        ),
      ],
    });
  });
});

it('records the recommendation with its council, then the response at a later meeting', async () => {
  expect((await importSources(ledger, [{ name: 'minutes/pcp.yaml', text: minutes(RECOMMENDATION) }])).status).toBe(
    'imported',
  );
  expect((await importSources(ledger, [{ name: 'minutes/pcp-2.yaml', text: RESPONSE }])).status).toBe('imported');
  const events: Array<{ type: string; data: Record<string, unknown> }> = [];
  for await (const event of ledger.store.readStream('recommendation-pcp-2018-10-05-rec-1'))
    events.push({ type: event.type, data: event.data as Record<string, unknown> });
  expect(events.map((event) => event.type)).toEqual(['RecommendationMade', 'RecommendationResponded']);
  expect(events[0]!.data).toMatchObject({
    councilId: 'gloucestershire-county-council',
    meetingId: 'pcp-2018-10-05',
    madeOn: '2018-10-05',
    responseDueOn: '2018-12-04',
  });
  expect(events[1]!.data).toMatchObject({
    response: 'partly-accepted',
    respondedOn: '2018-11-30',
    respondedBy: 'Police and Crime Commissioner',
  });
});
