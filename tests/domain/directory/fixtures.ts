/**
 * The directory of Leadership Gloucestershire as the seed documents give it: the ten partners
 * around the table in 2016 and 2018, the organisations that attend without being partners, and
 * the police authority the 2011 terms of reference name, which the Police and Crime Commissioner replaced.
 */
import type { BodyEvent, OrganisationEvent, OrganisationRegisteredData } from '../../../src/domain/directory/events.js';
import { streamId } from '../../../src/domain/shared/identifiers.js';
import { bodyDecider } from '../../../src/domain/directory/index.js';
import { organisationDecider } from '../../../src/domain/directory/index.js';
import { stateOf } from '../shared/given.js';

export const LG = 'leadership-gloucestershire';
export const GCC = 'gloucestershire-county-council';
export const CHELTENHAM = 'cheltenham-borough-council';
export const COTSWOLD = 'cotswold-district-council';
export const FOREST_OF_DEAN = 'forest-of-dean-district-council';
export const GLOUCESTER = 'gloucester-city-council';
export const STROUD = 'stroud-district-council';
export const TEWKESBURY = 'tewkesbury-borough-council';
export const PCC = 'office-of-the-pcc';
export const CCG = 'nhs-gloucestershire-ccg';
export const LEP = 'gfirst-lep';
export const CONSTABULARY = 'gloucestershire-constabulary';
export const UNIVERSITY = 'university-of-gloucestershire';
export const BIS = 'department-for-business-innovation-and-skills';
export const POLICE_AUTHORITY = 'gloucestershire-police-authority';

/** The seeds say only that Leadership Gloucestershire was created "in late 2010"; 1 December stands in for the day. */
export const LG_ESTABLISHED_ON = '2010-12-01';

export const partners: readonly OrganisationRegisteredData[] = [
  { organisationId: GCC, name: 'Gloucestershire County Council', type: 'county-council', identifier: 'GB-LAE-GLS' },
  { organisationId: CHELTENHAM, name: 'Cheltenham Borough Council', type: 'district-council' },
  { organisationId: COTSWOLD, name: 'Cotswold District Council', type: 'district-council' },
  { organisationId: FOREST_OF_DEAN, name: 'Forest of Dean District Council', type: 'district-council' },
  { organisationId: GLOUCESTER, name: 'Gloucester City Council', type: 'district-council' },
  { organisationId: STROUD, name: 'Stroud District Council', type: 'district-council' },
  { organisationId: TEWKESBURY, name: 'Tewkesbury Borough Council', type: 'district-council' },
  { organisationId: PCC, name: 'Office of the Police and Crime Commissioner', type: 'police' },
  { organisationId: CCG, name: 'NHS Gloucestershire Clinical Commissioning Group', type: 'health' },
  { organisationId: LEP, name: 'GFirst Local Enterprise Partnership', type: 'enterprise-partnership' },
];

/** They attend, present and take actions, but are not among the ten partners. */
export const attendingOrganisations: readonly OrganisationRegisteredData[] = [
  { organisationId: CONSTABULARY, name: 'Gloucestershire Constabulary', type: 'police' },
  { organisationId: UNIVERSITY, name: 'University of Gloucestershire', type: 'university' },
  { organisationId: BIS, name: 'Department for Business, Innovation and Skills', type: 'government' },
];

export const registered = (data: OrganisationRegisteredData): OrganisationEvent => ({
  type: 'OrganisationRegistered',
  data,
});
export const registration = (id: string): OrganisationEvent => {
  const data = [...partners, ...attendingOrganisations].find((organisation) => organisation.organisationId === id);
  return registered(data ?? { organisationId: id, name: 'Gloucestershire Police Authority', type: 'police' });
};

/** Police authorities gave way to elected Police and Crime Commissioners on 22 November 2012. */
export const policeAuthorityDissolved: OrganisationEvent = {
  type: 'OrganisationDissolved',
  data: { organisationId: POLICE_AUTHORITY, dissolvedOn: '2012-11-22', successorId: PCC },
};

export const lgEstablished: BodyEvent = {
  type: 'BodyEstablished',
  data: {
    bodyId: LG,
    name: 'Leadership Gloucestershire',
    type: 'strategic-partnership',
    establishedOn: LG_ESTABLISHED_ON,
    secretariatId: GCC,
  },
};

export const admitted = (organisationId: string, admittedOn = LG_ESTABLISHED_ON, bodyId = LG): BodyEvent => ({
  type: 'MemberAdmitted',
  data: { bodyId, organisationId, admittedOn },
});

/** Related states keyed by stream id, as the runner would fold them. */
export function organisationWorld(...histories: OrganisationEvent[][]): Record<string, unknown> {
  return Object.fromEntries(
    histories.map((history) => [
      streamId('organisation', history[0]!.data.organisationId),
      stateOf(organisationDecider, history),
    ]),
  );
}

export function bodyWorld(history: BodyEvent[]): Record<string, unknown> {
  return { [streamId('body', history[0]!.data.bodyId)]: stateOf(bodyDecider, history) };
}
