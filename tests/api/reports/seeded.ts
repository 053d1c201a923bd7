/**
 * An API over a ledger holding the seed meetings: the directory, September to December 2016 and
 * June 2018, with their decisions, money and actions, recorded on the meeting days.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { pence } from '../../../src/domain/shared/money.js';
import type { Config } from '../../../src/config.js';
import { record, type Recording } from '../../projections/given.js';
import {
  december2016Progress,
  july2018Changes,
  june2018Actions,
  october2016Actions,
} from '../../projections/seed/actions.js';
import { december2016, december2016Changes, september2016 } from '../../projections/seed/between.js';
import { BIS, directoryEvents, STROUD } from '../../projections/seed/directory.js';
import { june2018 } from '../../projections/seed/june-2018.js';
import { october2016 } from '../../projections/seed/october-2016.js';
import { testApi, type TestApi } from '../test-ledger.js';

const stroudPays: LedgerEvent = {
  type: 'ContributionRecorded',
  data: {
    fundId: 'devolution-capacity',
    organisation: STROUD,
    pledgeId: STROUD,
    amountPence: pence(1_000_000),
    receivedOn: '2017-01-16',
    remittanceReference: 'SDC-0117',
    overpayment: false,
    unpledged: false,
  },
};

/**
 * Fixture, not from the directory: the government representative's department as a member, so the
 * missed-meetings rule has a case (it sent apologies to the three 2016 meetings and was not at June 2018's).
 */
const departmentAsMember: LedgerEvent = {
  type: 'MemberAdmitted',
  data: { bodyId: 'leadership-gloucestershire', organisationId: BIS, admittedOn: '2011-07-01' },
};

export const history: ReadonlyArray<readonly [Recording, readonly LedgerEvent[]]> = [
  [{ occurredAt: '2011-07-01' }, [...directoryEvents, departmentAsMember]],
  [{ occurredAt: '2016-09-08' }, september2016],
  [
    { occurredAt: '2016-10-27', source: { document: 'minutes/lg-2016-10-27.yaml', section: 'item 5' } },
    [...october2016, ...october2016Actions],
  ],
  [{ occurredAt: '2016-12-15' }, [...december2016, ...december2016Changes, ...december2016Progress]],
  [{ occurredAt: '2017-01-16', actor: { id: 'finance-gcc', role: 'finance' } }, [stroudPays]],
  [{ occurredAt: '2018-06-14' }, [...june2018, ...june2018Actions]],
  [{ occurredAt: '2018-07-26' }, july2018Changes],
];

/** The app over the seeded ledger, with its read models caught up. */
export async function seededApi(overrides: Partial<Record<keyof Config, string>> = {}): Promise<TestApi> {
  const api = await testApi(overrides);
  for (const [recording, events] of history) await record(api.ledger.store, recording, events);
  await api.ledger.projections.catchUp();
  return api;
}

/** GET a URL, with a bearer token for the role if one is named. */
export async function get(api: TestApi, url: string, role?: Parameters<TestApi['bearer']>[0]) {
  return api.app.inject({ method: 'GET', url, headers: role ? api.bearer(role) : {} });
}
