/**
 * The directory as a clerk enters it before recording any meeting: the ten partners and the
 * organisations that attend without being partners, Leadership Gloucestershire with its 2011 terms
 * of reference, its members, its chair, and the police authority the PCC replaced in 2012.
 */
import * as id from '../../../domain/directory/fixtures.js';
import { clerk, type Step } from './steps.js';

export const ONE_PUBLIC_ESTATE_PROGRAMME = 'one-public-estate-programme';
export const DISTRICT_CHIEF_EXECUTIVES = 'district-chief-executives-group';

const organisations = [
  ...id.partners,
  ...id.attendingOrganisations,
  { organisationId: id.POLICE_AUTHORITY, name: 'Gloucestershire Police Authority', type: 'police' },
  { organisationId: ONE_PUBLIC_ESTATE_PROGRAMME, name: 'One Public Estate Programme', type: 'government' },
];

const admit = (organisationId: string, admittedOn: string): Step =>
  clerk(`/bodies/${id.LG}/members`, { organisationId, admittedOn }, `body-${id.LG}`, 'MemberAdmitted');

export const directorySteps: readonly Step[] = [
  ...organisations.map(({ organisationId, ...rest }) =>
    clerk('/organisations', { organisationId, ...rest }, `organisation-${organisationId}`, 'OrganisationRegistered'),
  ),
  clerk(
    '/bodies',
    {
      bodyId: id.LG,
      name: 'Leadership Gloucestershire',
      type: 'strategic-partnership',
      establishedOn: id.LG_ESTABLISHED_ON,
      secretariatId: id.GCC,
    },
    `body-${id.LG}`,
    'BodyEstablished',
  ),
  clerk(
    `/bodies/${id.LG}/terms-of-reference`,
    { version: 'Updated July 2011', adoptedOn: '2011-07-01', missedMeetingsLimit: 3, noticeDays: 7 },
    `body-${id.LG}`,
    'TermsOfReferenceAdopted',
  ),
  ...id.partners.filter((p) => p.organisationId !== id.PCC).map((p) => admit(p.organisationId, id.LG_ESTABLISHED_ON)),
  admit(id.POLICE_AUTHORITY, id.LG_ESTABLISHED_ON),
  clerk(
    `/bodies/${id.LG}/withdrawals`,
    {
      organisationId: id.POLICE_AUTHORITY,
      withdrawnOn: '2012-11-21',
      reason: 'Replaced by the Police and Crime Commissioner',
    },
    `body-${id.LG}`,
    'MemberWithdrawn',
  ),
  clerk(
    `/organisations/${id.POLICE_AUTHORITY}/dissolution`,
    {
      dissolvedOn: '2012-11-22',
      successorId: id.PCC,
      reason: 'Police authorities were replaced by elected Police and Crime Commissioners',
    },
    `organisation-${id.POLICE_AUTHORITY}`,
    'OrganisationDissolved',
  ),
  admit(id.PCC, '2012-11-22'),
  clerk(
    `/bodies/${id.LG}/representatives`,
    { organisationId: id.GCC, person: 'Cllr Mark Hawthorne', role: 'chair', from: '2013-05-02' },
    `body-${id.LG}`,
    'RepresentativeAppointed',
  ),
  clerk(
    '/bodies',
    {
      bodyId: DISTRICT_CHIEF_EXECUTIVES,
      name: 'District Chief Executives / Heads of Paid Service Group',
      type: 'officer-group',
      establishedOn: id.LG_ESTABLISHED_ON,
    },
    `body-${DISTRICT_CHIEF_EXECUTIVES}`,
    'BodyEstablished',
  ),
];
