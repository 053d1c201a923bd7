/**
 * Leadership Gloucestershire's directory as the seed minutes name it: the ten partners of
 * 2016, the Constabulary and government representative who also attend, and the bodies that
 * matters are referred to.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import type { OrganisationType } from '../../../src/domain/directory/events.js';

export const LG = 'leadership-gloucestershire';
export const DISTRICT_CHIEF_EXECUTIVES = 'district-chief-executives-group';
export const COMMUNITY_SAFETY_PARTNERSHIP = 'gloucestershire-community-safety-partnership';

export const GCC = 'gloucestershire-county-council';
export const STROUD = 'stroud-district-council';
export const GLOUCESTER = 'gloucester-city-council';
export const FOREST = 'forest-of-dean-district-council';
export const CHELTENHAM = 'cheltenham-borough-council';
export const COTSWOLD = 'cotswold-district-council';
export const TEWKESBURY = 'tewkesbury-borough-council';
export const PCC = 'office-of-the-pcc';
export const CCG = 'nhs-gloucestershire-ccg';
export const LEP = 'gfirst-lep';
export const CONSTABULARY = 'gloucestershire-constabulary';
export const BIS = 'department-for-business-innovation-and-skills';
export const UNIVERSITY = 'university-of-gloucestershire';

const organisations: ReadonlyArray<readonly [string, string, OrganisationType]> = [
  [GCC, 'Gloucestershire County Council', 'county-council'],
  [STROUD, 'Stroud District Council', 'district-council'],
  [GLOUCESTER, 'Gloucester City Council', 'district-council'],
  [FOREST, 'Forest of Dean District Council', 'district-council'],
  [CHELTENHAM, 'Cheltenham Borough Council', 'district-council'],
  [COTSWOLD, 'Cotswold District Council', 'district-council'],
  [TEWKESBURY, 'Tewkesbury Borough Council', 'district-council'],
  [PCC, 'Office of the Police and Crime Commissioner for Gloucestershire', 'police'],
  [CCG, 'NHS Gloucestershire Clinical Commissioning Group', 'health'],
  [LEP, 'GFirst Local Enterprise Partnership', 'enterprise-partnership'],
  [CONSTABULARY, 'Gloucestershire Constabulary', 'police'],
  [BIS, 'Department for Business, Innovation and Skills', 'government'],
  [UNIVERSITY, 'University of Gloucestershire', 'university'],
];

/** The ten partners "around the table" in October 2016, and the government representative. */
export const PARTNERS = [GCC, STROUD, GLOUCESTER, FOREST, CHELTENHAM, COTSWOLD, TEWKESBURY, PCC, CCG, LEP] as const;

export const directoryEvents: LedgerEvent[] = [
  ...organisations.map(([organisationId, name, type]): LedgerEvent => ({
    type: 'OrganisationRegistered',
    data: { organisationId, name, type },
  })),
  {
    type: 'BodyEstablished',
    data: {
      bodyId: LG,
      name: 'Leadership Gloucestershire',
      type: 'strategic-partnership',
      establishedOn: '2011-01-01',
      secretariatId: GCC,
    },
  },
  {
    type: 'BodyEstablished',
    data: {
      bodyId: DISTRICT_CHIEF_EXECUTIVES,
      name: 'District Chief Executive/Heads of Paid Service Group',
      type: 'officer-group',
      establishedOn: '2011-01-01',
    },
  },
  ...[...PARTNERS, BIS].map((organisationId): LedgerEvent => ({
    type: 'MemberAdmitted',
    data: { bodyId: LG, organisationId, admittedOn: '2011-01-01' },
  })),
  {
    type: 'RepresentativeAppointed',
    data: { bodyId: LG, organisationId: STROUD, person: 'Cllr Steve Lydon', role: 'member', from: '2016-05-19' },
  },
  {
    type: 'TermsOfReferenceAdopted',
    data: { bodyId: LG, version: 'updated July 2011', adoptedOn: '2011-07-01', missedMeetingsLimit: 3, noticeDays: 7 },
  },
];
