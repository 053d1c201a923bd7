/**
 * The ledger the reliability tests write to: the generated boards' directory, two meetings of each
 * of the hundred boards (so there are decisions to cite and open actions to progress), and pooled
 * pots asked of all two hundred partners, as in bench/http.ts. Plus the request bodies of the
 * commands the tests send.
 */
import { directoryCommands, meetingCommands, BOARDS, PARTNERS } from '../../bench/lib/board-business.js';
import type { DomainCommand } from '../../src/domain/shared/decider.js';

export const FUNDS = 50;
export { PARTNERS };

export const partner = (n: number) => `partner-${String(n % PARTNERS).padStart(3, '0')}`;
export const fundOf = (f: number) => `pot-${String(f).padStart(3, '0')}`;
/** Resolution b) of the first board's first meeting: "Each partner to contribute £10,000 ...". */
export const POT_DECISION = { proposalId: 'board-00-m-00000-item-2', resolution: 'b' };

export function* boardLedger({ meetings = 2, funds = FUNDS } = {}): Generator<DomainCommand> {
  yield* directoryCommands();
  for (let m = 0; m < meetings; m++) for (let b = 0; b < BOARDS; b++) yield* meetingCommands(b, m);
  const asked = Array.from({ length: PARTNERS }, (_, n) => partner(n));
  for (let f = 0; f < funds; f++) {
    yield {
      type: 'OpenFund',
      data: {
        fundId: fundOf(f),
        name: `Devolution capacity ${f}`,
        holder: partner(0),
        kind: 'pooled-pot',
        perPartnerAsk: '£10,000',
        askedOrganisations: asked,
        decision: POT_DECISION,
      },
    };
  }
}

/** An action assigned at each board's second meeting and still open: it takes progress reports. */
export const openAction = (board: number, part: 1 | 2) =>
  `board-${String(board % BOARDS).padStart(2, '0')}-m-00001-2-${part}`;

export interface CommandRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** How many events the command records when it is accepted. */
  readonly events: number;
  /** The role whose token may send it. */
  readonly role: 'clerk' | 'finance';
}

export const pledge = (fundId: string, organisation: string, amount = '£10,000'): CommandRequest => ({
  path: `/funds/${fundId}/pledges`,
  body: { organisation, amount, decision: POT_DECISION },
  events: 1,
  role: 'finance',
});

export const contribution = (fundId: string, organisation: string, reference: string): CommandRequest => ({
  path: `/funds/${fundId}/contributions`,
  body: { organisation, amount: '£10,000', receivedOn: '2010-03-01', remittanceReference: reference },
  events: 1,
  role: 'finance',
});

export const progress = (actionId: string, note: string): CommandRequest => ({
  path: `/actions/${actionId}/progress`,
  body: { note, rag: 'amber', asOf: '2010-02-01' },
  events: 1,
  role: 'clerk',
});

/** An external award is recorded as the fund opening and the funder's pledge: two events, all or nothing. */
export const externalAward = (fundId: string, funder: string): CommandRequest => ({
  path: '/funds',
  body: {
    fundId,
    name: `Award ${fundId}`,
    holder: partner(0),
    kind: 'external-award',
    funder,
    award: '£25,000',
    decision: POT_DECISION,
  },
  events: 2,
  role: 'finance',
});

export const registerOrganisation = (organisationId: string): CommandRequest => ({
  path: '/organisations',
  body: { organisationId, name: `Organisation ${organisationId}`, type: 'voluntary' },
  events: 1,
  role: 'clerk',
});
