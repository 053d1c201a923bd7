/**
 * One realistic example per command, from the minutes of 27 October 2016 (devolution capacity,
 * community safety) and 14 June 2018 (One Public Estate). They appear in the OpenAPI document.
 */
const devolutionDecision = { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' };

export const fundingExamples = {
  OpenFund: {
    fundId: 'devolution-capacity',
    name: 'Devolution capacity',
    kind: 'pooled-pot',
    holder: 'gloucestershire-county-council',
    perPartnerAsk: '£10,000',
    askedOrganisations: ['gloucestershire-county-council', 'stroud-district-council', 'office-of-the-pcc'],
    decision: devolutionDecision,
  },
  PledgeFunding: {
    fundId: 'devolution-capacity',
    organisation: 'office-of-the-pcc',
    amount: '£10,000',
    condition: "The PCC's remit is included through public service reform",
    decision: devolutionDecision,
  },
  SatisfyPledgeCondition: {
    fundId: 'devolution-capacity',
    organisation: 'office-of-the-pcc',
    note: "The chair confirmed the PCC's responsibilities are covered as part of the public service reform work",
  },
  RecordPartnerAuthorisation: {
    fundId: 'devolution-capacity',
    organisation: 'stroud-district-council',
    decidedBy: 'Stroud District Council Strategy and Resources Committee',
    decidedOn: '2016-12-08',
    reference: 'Minute SRC.45 (illustrative)',
    url: 'https://www.stroud.gov.uk/council-and-democracy/meetings',
  },
  LapsePledge: {
    fundId: 'devolution-capacity',
    organisation: 'office-of-the-pcc',
    reason: "The PCC's remit was not included in the devolution work",
  },
  WithdrawPledge: {
    fundId: 'devolution-capacity',
    organisation: 'cheltenham-borough-council',
    reason: 'Officers with devolution expertise are being reassigned at Cheltenham BC instead',
  },
  AmendPledge: {
    fundId: 'devolution-capacity',
    organisation: 'stroud-district-council',
    amount: '£5,000',
    reason: 'Stroud DC pays half in cash and provides officer time for the rest',
  },
  RecordContribution: {
    fundId: 'devolution-capacity',
    organisation: 'stroud-district-council',
    amount: '£10,000',
    receivedOn: '2016-11-30',
    remittanceReference: 'SDC-REM-20161130',
  },
  AllocateFunding: {
    fundId: 'laa-reward-grant',
    allocationId: 'community-safety-implementation',
    recipient: { kind: 'body', id: 'gloucestershire-community-safety-partnership' },
    purpose: 'Implementation phase of the Gloucestershire Community Safety Partnership',
    amount: '£35,000',
    decision: { proposalId: 'lg-2016-10-27-item-3', resolution: 'b' },
  },
  RecordPayment: {
    fundId: 'laa-reward-grant',
    allocationId: 'community-safety-implementation',
    amount: '£17,500',
    paidOn: '2016-12-15',
    reference: 'GCC-PAY-CSP-001',
  },
  CloseFund: {
    fundId: 'one-public-estate',
    reason: 'The £220,000 One Public Estate award has been spent on the four projects',
  },
};
