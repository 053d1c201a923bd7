/**
 * What the minutes say about the money, and what set it up: each row quotes the minutes (checked
 * word for word against fixtures/minutes/) and says what the imported fixtures record for it: the
 * fund's purpose, the decision that set up a fund, an allocation or a body, as the decision
 * register shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/compose.js';
import { commitmentsView } from '../../src/projections/commitments/index.js';
import { openReadModelDb } from '../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../src/projections/runner.js';
import { commitmentsProjection } from '../../src/projections/commitments/index.js';
import { decisionRegisterProjection, listDecisions } from '../../src/projections/decision-register/index.js';
import { InMemoryEventStore } from '../../src/store/in-memory/index.js';
import { importedFixtures, ledgerInMemory, minutesText, quoted, type ImportedEvents } from './minutes-facts.js';

let events: ImportedEvents;
let db: ReturnType<typeof openReadModelDb>;
let ledger: Ledger;
beforeAll(async () => {
  ledger = await ledgerInMemory();
  events = await importedFixtures(ledger);
  db = openReadModelDb(':memory:');
  const runner = new ProjectionRunner(new InMemoryEventStore(), db, [
    commitmentsProjection,
    decisionRegisterProjection,
  ]);
  if (!runner.applyEvents(events.all)) throw new Error('events out of order');
}, 120_000);
afterAll(() => ledger.close());

const fund = (fundId: string) => commitmentsView(db, { fundId }).funds[0]!;
const setUp = (proposalId: string, resolution: string) =>
  listDecisions(db, {})
    .decisions.find((decision) => decision.proposalId === proposalId && decision.resolution === resolution)!
    .authorised.filter((item) => ['body', 'fund', 'allocation'].includes(item.kind))
    .map((item) => [item.kind, item.id]);

describe.each([
  {
    meeting: 'lg-2016-10-27',
    minutes:
      'a) *Each partner to contribute £10,000 towards providing a dedicated resource for ' +
      'Leadership Gloucestershire to take devolution forward.*',
    check: () => {
      expect(fund('devolution-capacity').purpose).toBe(
        'Providing a dedicated resource for Leadership Gloucestershire to take devolution forward',
      );
      expect(fund('devolution-capacity').decision).toEqual({ proposalId: 'lg-2016-10-27-item-5', resolution: 'a' });
      expect(setUp('lg-2016-10-27-item-5', 'a')).toEqual([['fund', 'devolution-capacity']]);
    },
  },
  {
    meeting: 'lg-2016-10-27',
    minutes:
      'b) To provide financial support of £35,000 from historic Local Area Agreement Reward Grant ' +
      'to deliver the implementation phase.',
    check: () => {
      const [allocation] = fund('laa-reward-grant').allocations;
      expect(allocation?.decision).toEqual({ proposalId: 'lg-2016-10-27-item-3', resolution: 'b' });
      expect(setUp('lg-2016-10-27-item-3', 'b')).toEqual([['allocation', 'community-safety-implementation']]);
    },
  },
  {
    meeting: 'lg-2016-10-27',
    minutes:
      'a) To support the principles included in option 3 in establishing a Gloucestershire ' +
      'Community Safety Partnership.',
    check: () =>
      expect(setUp('lg-2016-10-27-item-3', 'a')).toEqual([['body', 'gloucestershire-community-safety-partnership']]),
  },
  {
    meeting: 'lg-2016-10-27',
    minutes: 'b) *To set up an officer group to draft the job descriptions and identify the wider resources required.',
    check: () => expect(setUp('lg-2016-10-27-item-5', 'b')).toEqual([['body', 'devolution-officer-group']]),
  },
  {
    // Item 6 of 14 June 2018 records no resolution that set the award up ("Leadership Gloucestershire
    // welcomed the progress made to date"), so the fund cites no decision.
    meeting: 'lg-2018-06-14',
    minutes:
      'which had attracted £220,000 funding secured from the OPE Programme to develop four major ' +
      'projects involving partner organisations in Gloucester, Cheltenham, Forest of Dean and ' +
      'Cirencester.',
    check: () => {
      expect(fund('one-public-estate').purpose).toBe(
        'To develop four major projects involving partner organisations in Gloucester, Cheltenham, ' +
          'Forest of Dean and Cirencester; Leadership Gloucestershire was the sponsoring body for the programme',
      );
      expect(fund('one-public-estate').decision).toBeNull();
    },
  },
])('"$minutes"', ({ meeting, minutes, check }) => {
  it('is in the minutes, and the ledger records it', () => {
    expect(minutesText(meeting).replace(/\*/g, '')).toContain(quoted(minutes).replace(/\*/g, ''));
    check();
  });
});
