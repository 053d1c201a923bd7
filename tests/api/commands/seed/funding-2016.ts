/**
 * What the finance officer records after 27 October 2016: the devolution-capacity pot of 5 a) with
 * every partner's £10,000 pledge (the PCC's on a condition, later met), money received, one pledge
 * reduced, one withdrawn and one lapsed; and 3 b): £35,000 of the historic LAA Reward Grant
 * allocated to the new Community Safety Partnership, half of it paid.
 */
import * as id from '../../../domain/directory/fixtures.js';
import { ITEM_3, ITEM_5 } from './october-2016.js';
import { clerk, finance, type Step } from './steps.js';

export const DEVOLUTION_POT = 'devolution-capacity';
export const LAA_GRANT = 'laa-reward-grant';
export const COMMUNITY_SAFETY_PARTNERSHIP = 'gloucestershire-community-safety-partnership';
export const CSP_ALLOCATION = 'community-safety-implementation';
export const PCC_CONDITION =
  'The remit of the Office of the Police and Crime Commissioner is included through public service reform';

const fiveA = { proposalId: ITEM_5, resolution: 'a' };
const pot = `fund-${DEVOLUTION_POT}`;
const pledges = `/funds/${DEVOLUTION_POT}/pledges`;

const pledge = (organisation: string): Step => {
  const condition = organisation === id.PCC ? { condition: PCC_CONDITION } : {};
  return finance(pledges, { organisation, amount: '£10,000', decision: fiveA, ...condition }, pot, 'PledgeRecorded');
};

const contribution = (organisation: string, amount: string, receivedOn: string, remittanceReference: string): Step =>
  finance(
    `/funds/${DEVOLUTION_POT}/contributions`,
    { organisation, amount, receivedOn, remittanceReference },
    pot,
    'ContributionRecorded',
  );

export const funding2016Steps: readonly Step[] = [
  clerk(
    '/bodies',
    {
      bodyId: COMMUNITY_SAFETY_PARTNERSHIP,
      name: 'Gloucestershire Community Safety Partnership',
      type: 'board',
      establishedOn: '2016-12-15',
      establishedBy: { proposalId: ITEM_3, resolution: 'a' },
      secretariatId: id.PCC,
    },
    `body-${COMMUNITY_SAFETY_PARTNERSHIP}`,
    'BodyEstablished',
  ),
  finance(
    '/funds',
    {
      fundId: DEVOLUTION_POT,
      name: 'Devolution capacity',
      kind: 'pooled-pot',
      holder: id.GCC,
      perPartnerAsk: '£10,000',
      askedOrganisations: id.partners.map((partner) => partner.organisationId),
      decision: fiveA,
    },
    pot,
    'FundOpened',
  ),
  ...id.partners.map((partner) => pledge(partner.organisationId)),
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
      note: "The chair assured partners that the PCC's responsibilities would be covered as part of the public service reform work",
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
    '/funds',
    {
      fundId: LAA_GRANT,
      name: 'Historic Local Area Agreement Reward Grant',
      kind: 'grant-source',
      holder: id.GCC,
      openingBalance: '£250,000',
    },
    `fund-${LAA_GRANT}`,
    'FundOpened',
  ),
  finance(
    `/funds/${LAA_GRANT}/allocations`,
    {
      allocationId: CSP_ALLOCATION,
      recipient: { kind: 'body', id: COMMUNITY_SAFETY_PARTNERSHIP },
      purpose: 'Implementation phase of the Gloucestershire Community Safety Partnership',
      amount: '£35,000',
      decision: { proposalId: ITEM_3, resolution: 'b' },
    },
    `fund-${LAA_GRANT}`,
    'FundingAllocated',
  ),
  finance(
    `/funds/${LAA_GRANT}/allocations/${CSP_ALLOCATION}/payments`,
    { amount: '£17,500', paidOn: '2016-12-15', reference: 'GCC-PAY-CSP-001' },
    `fund-${LAA_GRANT}`,
    'PaymentRecorded',
  ),
];
