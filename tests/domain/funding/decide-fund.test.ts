import { describe, expect, it } from 'vitest';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import type { FundingEvent } from '../../../src/domain/funding/events.js';
import type { Related } from '../../../src/domain/related.js';
import { noRelated } from '../../../src/domain/related.js';
import {
  command,
  csp,
  devolutionDecision,
  devolutionOpened,
  laaGrantOpened,
  opeFunder,
  partners,
  pledged,
  pounds,
  rescindedRelated,
  seedRelated,
  when,
} from './fixtures.js';

const openDevolution = command('OpenFund', {
  fundId: 'devolution-capacity',
  name: 'Devolution capacity',
  kind: 'pooled-pot',
  holder: 'gloucestershire-county-council',
  perPartnerAsk: '£10,000',
  askedOrganisations: [...partners],
  decision: devolutionDecision,
});
const openLaaGrant = command('OpenFund', {
  fundId: 'laa-reward-grant',
  name: 'Historic Local Area Agreement Reward Grant',
  kind: 'grant-source',
  holder: 'gloucestershire-county-council',
  openingBalance: '£250,000',
});
const openOnePublicEstate = command('OpenFund', {
  fundId: 'one-public-estate',
  name: 'Gloucestershire One Public Estate programme',
  kind: 'external-award',
  holder: 'gloucestershire-county-council',
  funder: opeFunder,
  award: '£220,000',
});
const closed: FundingEvent = {
  type: 'FundClosed',
  data: { fundId: 'devolution-capacity', reason: 'Resource in post' },
};
const fundId = 'devolution-capacity';

type Row = [string, readonly FundingEvent[], FundingCommand, readonly FundingEvent[] | string, Related?];

describe.each<Row>([
  ['opens the devolution pot, £10,000 asked of each of ten partners', [], openDevolution, [devolutionOpened]],
  ['opens the LAA Reward Grant with its opening balance', [], openLaaGrant, [laaGrantOpened]],
  [
    "opens the £220,000 One Public Estate award as its funder's pledge",
    [],
    openOnePublicEstate,
    [
      {
        type: 'FundOpened',
        data: {
          fundId: 'one-public-estate',
          name: 'Gloucestershire One Public Estate programme',
          kind: 'external-award',
          holder: 'gloucestershire-county-council',
          funder: opeFunder,
        },
      },
      {
        type: 'PledgeRecorded',
        data: {
          fundId: 'one-public-estate',
          pledgeId: opeFunder,
          organisation: opeFunder,
          amountPence: pounds(220_000),
        },
      },
    ],
  ],
  ['refuses to open a fund twice', [devolutionOpened], openDevolution, 'FUND_ALREADY_OPENED'],
  ['refuses to reopen a closed fund', [devolutionOpened, closed], openDevolution, 'FUND_ALREADY_OPENED'],
  ['refuses a holder missing from the directory', [], openLaaGrant, 'ORGANISATION_NOT_REGISTERED', noRelated],
  [
    'refuses an asked partner missing from the directory',
    [],
    command('OpenFund', {
      ...openDevolution.data,
      askedOrganisations: ['stroud-district-council', 'gloucestershire-constabulary'],
      perPartnerAsk: '£10,000',
    }),
    'ORGANISATION_NOT_REGISTERED',
  ],
  [
    'refuses a funder missing from the directory',
    [],
    command('OpenFund', { ...openOnePublicEstate.data, funder: 'cabinet-office', award: '£220,000' }),
    'ORGANISATION_NOT_REGISTERED',
  ],
  [
    'refuses a decision the minutes do not hold',
    [],
    command('OpenFund', {
      ...openLaaGrant.data,
      openingBalance: '£250,000',
      decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'c' },
    }),
    'DECISION_NOT_FOUND',
  ],
  ['refuses a rescinded decision', [], openDevolution, 'DECISION_NOT_IN_FORCE', rescindedRelated],
  ['closes an open fund', [devolutionOpened], command('CloseFund', { fundId, reason: 'Resource in post' }), [closed]],
  [
    'refuses to close a fund never opened',
    [],
    command('CloseFund', { fundId, reason: 'Resource in post' }),
    'FUND_NOT_OPENED',
  ],
  [
    'refuses to close a fund twice',
    [devolutionOpened, closed],
    command('CloseFund', { fundId, reason: 'Again' }),
    'FUND_CLOSED',
  ],
])('%s', (_name, given, cmd, expected, related = seedRelated) => {
  it(Array.isArray(expected) ? 'records the events' : `rejects with ${expected as string}`, () => {
    expect(when(given, cmd, related)).toEqual(expected);
  });
});

const everyCommandAfterOpening: FundingCommand[] = [
  command('PledgeFunding', {
    fundId,
    organisation: 'stroud-district-council',
    amount: '£10,000',
    decision: devolutionDecision,
  }),
  command('SatisfyPledgeCondition', { fundId, organisation: 'office-of-the-pcc' }),
  command('WaivePledgeCondition', { fundId, organisation: 'office-of-the-pcc', reason: 'Waived by the board' }),
  command('LapsePledge', { fundId, organisation: 'office-of-the-pcc', reason: 'Remit not included' }),
  command('WithdrawPledge', { fundId, organisation: 'office-of-the-pcc', reason: 'Withdrawn' }),
  command('AmendPledge', { fundId, organisation: 'office-of-the-pcc', amount: '£5,000', reason: 'Halved' }),
  command('RecordContribution', {
    fundId,
    organisation: 'office-of-the-pcc',
    amount: '£10,000',
    receivedOn: '2017-01-10',
    remittanceReference: 'OPCC-1',
  }),
  command('AllocateFunding', {
    fundId,
    allocationId: 'devolution-officer',
    recipient: { kind: 'body', id: csp },
    purpose: 'Post',
    amount: '£1,000',
    decision: devolutionDecision,
  }),
  command('RecordPayment', {
    fundId,
    allocationId: 'devolution-officer',
    amount: '£1,000',
    paidOn: '2017-02-01',
    reference: 'PAY-1',
  }),
  command('CloseFund', { fundId, reason: 'Again' }),
];

describe('nothing is recorded against a fund that is closed or was never opened', () => {
  const pcc = pledged('office-of-the-pcc', pounds(10_000), 'Some condition');
  it.each(everyCommandAfterOpening.map((cmd) => [cmd.type, cmd] as const))(
    '%s after CloseFund is FUND_CLOSED',
    (_type, cmd) => {
      expect(when([devolutionOpened, pcc, closed], cmd)).toBe('FUND_CLOSED');
    },
  );
  it.each(everyCommandAfterOpening.map((cmd) => [cmd.type, cmd] as const))(
    '%s before OpenFund is FUND_NOT_OPENED',
    (_type, cmd) => {
      expect(when([], cmd)).toBe('FUND_NOT_OPENED');
    },
  );
});
