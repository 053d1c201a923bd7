/**
 * `conditionsWaived:` on a later meeting's item waives the condition on a pledge, as
 * WaivePledgeCondition does over HTTP. The seed minutes record the PCC's condition (27 October
 * 2016, item 5: "he could only contribute if the remit of the Office of the Police and Crime
 * Commissioner was included through public service reform") but no waiver: the meeting here is
 * illustrative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixturePaths, memoryLedger } from './helpers.js';

const ledger = memoryLedger();

beforeAll(async () => {
  expect((await importFiles(ledger, fixturePaths())).status).toBe('imported');
});

const meeting = (waivers: string) =>
  [
    'kind: Meeting',
    'id: lg-2018-10-11',
    'body: leadership-gloucestershire',
    'date: 2018-10-11',
    'venue: Shire Hall, Gloucester',
    'items:',
    '  - number: "1"',
    '    title: Devolution capacity',
    '    conditionsWaived:',
    waivers,
  ].join('\n');

async function lastEventOf(stream: string) {
  let last: { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> } | undefined;
  for await (const event of ledger.store.readStream(stream)) last = event as never;
  return last;
}

describe('conditionsWaived in the minutes YAML', () => {
  it('refuses a waiver without a reason, naming the line and the field', async () => {
    const text = meeting('      - {fund: devolution-capacity, organisation: office-of-the-pcc}');
    const result = await importSources(ledger, [{ name: 'waiver.yaml', text }]);
    expect(result.status).toBe('refused');
    expect(result.status === 'refused' && result.messages).toEqual([
      expect.stringMatching(
        /^waiver\.yaml: document 1 \(Meeting lg-2018-10-11\), line 10, items\.0\.conditionsWaived\.0\.reason: /,
      ),
    ]);
  });

  it("refuses to waive Stroud's pledge, which carries no condition, naming the line", async () => {
    const text = meeting(
      '      - {fund: devolution-capacity, organisation: stroud-district-council, reason: Illustrative}',
    );
    const result = await importSources(ledger, [{ name: 'waiver.yaml', text }]);
    expect(result).toEqual({
      status: 'refused',
      messages: [expect.stringMatching(/^waiver\.yaml: .*line 10.*carries no condition to satisfy/)],
    });
  });

  it("waives the PCC's condition, dated the meeting and sourced to the file", async () => {
    const reason = "Illustrative: the board accepted the chair's assurance";
    const text = meeting(`      - {fund: devolution-capacity, organisation: office-of-the-pcc, reason: "${reason}"}`);
    expect((await importSources(ledger, [{ name: 'waiver.yaml', text }])).status).toBe('imported');
    const waived = await lastEventOf('fund-devolution-capacity');
    expect(waived?.type).toBe('PledgeConditionWaived');
    expect(waived?.data).toEqual({
      fundId: 'devolution-capacity',
      pledgeId: 'office-of-the-pcc',
      organisation: 'office-of-the-pcc',
      amountPence: 1_000_000,
      reason,
    });
    expect(waived?.metadata.occurredAt).toMatch(/^2018-10-11/);
  });
});
