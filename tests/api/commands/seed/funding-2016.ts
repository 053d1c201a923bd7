/**
 * TEST-ONLY steps: what the finance officer records after 27 October 2016 that the minutes do not
 * give (the pot, the pledges and the £35,000 allocation are in fixtures/02-lg-2016-10-27.yaml):
 * money received, Stroud's pledge reduced, the PCC's condition met, one pledge withdrawn and one
 * lapsed, and half of the community safety allocation paid. Every figure and date here is
 * illustrative, so that the rules on received money and payments have something to refuse.
 */
import * as id from '../../../domain/directory/fixtures.js';
import { finance, type Step } from './steps.js';

export const DEVOLUTION_POT = 'devolution-capacity';
export const LAA_GRANT = 'laa-reward-grant';
export const COMMUNITY_SAFETY_PARTNERSHIP = 'gloucestershire-community-safety-partnership';
export const CSP_ALLOCATION = 'community-safety-implementation';

const pot = `fund-${DEVOLUTION_POT}`;
const pledges = `/funds/${DEVOLUTION_POT}/pledges`;

const contribution = (organisation: string, amount: string, receivedOn: string, remittanceReference: string): Step =>
  finance(
    `/funds/${DEVOLUTION_POT}/contributions`,
    { organisation, amount, receivedOn, remittanceReference },
    pot,
    'ContributionRecorded',
  );

export const funding2016Steps: readonly Step[] = [
  contribution(id.GCC, '£10,000', '2016-11-30', 'GCC-JNL-20161130'),
  finance(
    `${pledges}/${id.STROUD}/amendment`,
    { amount: '£5,000', reason: 'Stroud DC pays half in cash and provides officer time for the rest' },
    pot,
    'PledgeAmended',
  ),
  contribution(id.STROUD, '£5,000', '2016-12-09', 'SDC-REM-20161209'),
  finance(
    `${pledges}/${id.PCC}/condition-satisfied`,
    {
      note:
        "The chair assured partners that the PCC's responsibilities would be covered as part of the " +
        'public service reform work',
    },
    pot,
    'PledgeConditionSatisfied',
  ),
  finance(
    `${pledges}/${id.CHELTENHAM}/withdrawal`,
    { reason: 'Cheltenham BC reshuffles its own officers to work on devolution instead' },
    pot,
    'PledgeWithdrawn',
  ),
  finance(
    `${pledges}/${id.FOREST_OF_DEAN}/lapse`,
    { reason: 'Nothing was received by the end of the 2016/17 financial year' },
    pot,
    'PledgeLapsed',
  ),
  finance(
    `/funds/${LAA_GRANT}/allocations/${CSP_ALLOCATION}/payments`,
    { amount: '£17,500', paidOn: '2016-12-15', reference: 'GCC-PAY-CSP-001' },
    `fund-${LAA_GRANT}`,
    'PaymentRecorded',
  ),
];
