/**
 * The minutes YAML records a partner's own decision behind its pledge: `partnerAuthorisations` on a
 * later meeting's item, `partnerAuthorisation` on a pledge or on a condition met. A mistake is
 * refused whole with its line and field. The meeting and Stroud's decision are illustrative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, memoryLedger } from './helpers.js';

const ledger = memoryLedger();
const META = 'minutes/lg.yaml: document 1 (Meeting lg-2017-01-26)';
const DECISION = `decidedBy: Stroud District Council Strategy and Resources Committee
        decidedOn: 2016-12-08
        reference: Minute SRC.45 (illustrative)
        url: https://www.stroud.gov.uk/council-and-democracy/meetings`;
const meeting = (authorisation: string) => `kind: Meeting
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
        ${authorisation}
  - number: "2"
    title: Office of the PCC's pledge
    conditionsMet:
      - fund: devolution-capacity
        organisation: office-of-the-pcc
        note: "Illustrative: the PCC's decision notice includes the remit"
        partnerAuthorisation:
          decidedBy: Police and Crime Commissioner
          decidedOn: 2016-12-02
          reference: Decision notice 2016/31 (illustrative)
`;

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml'), fixture('02-lg-2016-10-27.yaml')])).status).toBe(
    'imported',
  );
});

describe("a partner's decision with one mistake is refused whole, naming the line and field", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'an address that is not a web address',
      DECISION.replace('https://www.stroud.gov.uk', 'www.stroud.gov.uk'),
      [
        `${META}, line 16, items.0.partnerAuthorisations.0.url: give the web address of the ` +
          `published decision, starting http:// or https://`,
      ],
    ],
    [
      'a date written the British way',
      DECISION.replace('2016-12-08', '08/12/2016'),
      [
        `${META}, line 14, items.0.partnerAuthorisations.0.decidedOn: use a calendar date written ` +
          `YYYY-MM-DD, e.g. 2016-10-27`,
      ],
    ],
    [
      'no reference',
      DECISION.replace('        reference: Minute SRC.45 (illustrative)\n', ''),
      [`${META}, line 11, items.0.partnerAuthorisations.0.reference: this field is required but missing`],
    ],
  ];

  it.each(cases)('%s', async (_name, authorisation, expected) => {
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: meeting(authorisation) }]);
    expect(result).toEqual({ status: 'refused', messages: expected });
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('a partner with no live pledge to the fund: the rule says so, with the line', async () => {
    const text = meeting(DECISION).replace(
      'organisation: stroud-district-council',
      'organisation: university-of-gloucestershire',
    );
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: 'minutes/lg.yaml', text }]);
    expect(result).toEqual({
      status: 'refused',
      messages: [
        `${META}, line 12, items.0.partnerAuthorisations.0.organisation: NO_LIVE_PLEDGE: ` +
          `university-of-gloucestershire has no live pledge to this fund.`,
      ],
    });
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

it("records Stroud's decision on its pledge's fund stream", async () => {
  const result = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: meeting(DECISION) }]);
  expect(result.status).toBe('imported');
  const cited: Array<Record<string, unknown>> = [];
  for await (const event of ledger.store.readStream('fund-devolution-capacity'))
    if (event.type === 'PartnerAuthorisationRecorded') cited.push(event.data as Record<string, unknown>);
  expect(cited.map((data) => data.organisation)).toEqual(['stroud-district-council', 'office-of-the-pcc']);
  expect(cited[0]).toEqual({
    fundId: 'devolution-capacity',
    pledgeId: 'stroud-district-council',
    organisation: 'stroud-district-council',
    amountPence: 1_000_000,
    decidedBy: 'Stroud District Council Strategy and Resources Committee',
    decidedOn: '2016-12-08',
    reference: 'Minute SRC.45 (illustrative)',
    url: 'https://www.stroud.gov.uk/council-and-democracy/meetings',
  });
  expect(cited[1]).toMatchObject({
    organisation: 'office-of-the-pcc',
    amountPence: 1_000_000,
    reference: 'Decision notice 2016/31 (illustrative)',
  });
});
