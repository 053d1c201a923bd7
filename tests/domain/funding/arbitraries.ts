/**
 * Random sequences of funding commands over the devolution pot, for property tests: amounts are
 * random whole pence written as pounds text, the way clerks write them.
 */
import fc from 'fast-check';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import { formatPence, pence } from '../../../src/domain/shared/money.js';
import { command, devolutionDecision, partners } from './fixtures.js';

const fundId = 'devolution-capacity';
const organisation = fc.constantFrom(...partners.slice(0, 4));
const allocationId = fc.constantFrom('devolution-resource', 'strategic-planning', 'officer-group');
const amountUpTo = (max: number) => fc.integer({ min: 1, max }).map((value) => formatPence(pence(value)));
const amount = amountUpTo(2_000_000);
const date = fc
  .integer({ min: 0, max: 900 })
  .map((days) => new Date(Date.UTC(2016, 9, 27) + days * 86_400_000).toISOString().slice(0, 10));

// Weighted so that sequences reach allocations and payments, not only rejections.
export const fundingCommand: fc.Arbitrary<FundingCommand> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ organisation, amount, conditional: fc.boolean() })
      .map(({ organisation, amount, conditional }) =>
        command('PledgeFunding', {
          fundId,
          organisation,
          amount,
          decision: devolutionDecision,
          ...(conditional ? { condition: 'A condition' } : {}),
        }),
      ),
  },
  organisation.map((organisation) => command('SatisfyPledgeCondition', { fundId, organisation })),
  organisation.map((organisation) => command('WithdrawPledge', { fundId, organisation, reason: 'Withdrawn' })),
  organisation.map((organisation) => command('LapsePledge', { fundId, organisation, reason: 'Lapsed' })),
  fc
    .record({ organisation, amount })
    .map(({ organisation, amount }) => command('AmendPledge', { fundId, organisation, amount, reason: 'Amended' })),
  {
    weight: 4,
    arbitrary: fc
      .record({
        organisation,
        amount: amountUpTo(1_200_000),
        date,
        flag: fc.constantFrom('none', 'none', 'overpayment', 'unpledged'),
      })
      .map(({ organisation, amount, date, flag }) =>
        command('RecordContribution', {
          fundId,
          organisation,
          amount,
          receivedOn: date,
          remittanceReference: `REM-${date}`,
          overpayment: flag === 'overpayment',
          unpledged: flag === 'unpledged',
        }),
      ),
  },
  {
    weight: 3,
    arbitrary: fc.record({ allocationId, amount: amountUpTo(1_000_000) }).map(({ allocationId, amount }) =>
      command('AllocateFunding', {
        fundId,
        allocationId,
        recipient: { kind: 'organisation', id: 'gloucestershire-county-council' },
        purpose: 'Devolution',
        amount,
        decision: devolutionDecision,
      }),
    ),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ allocationId, amount: amountUpTo(400_000), date })
      .map(({ allocationId, amount, date }) =>
        command('RecordPayment', { fundId, allocationId, amount, paidOn: date, reference: `PAY-${date}` }),
      ),
  },
);
