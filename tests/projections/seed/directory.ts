/**
 * Leadership Gloucestershire's directory (fixtures/01-directory.yaml): the ids the tests name, for
 * the ten partners of 2016, the Constabulary and government representative who also attend, and
 * the bodies that matters are referred to.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { DIRECTORY_FIXTURE, fromFixture } from './fixtures.js';

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

/** The ten partners "around the table" in October 2016, and the government representative. */
export const PARTNERS = [GCC, STROUD, GLOUCESTER, FOREST, CHELTENHAM, COTSWOLD, TEWKESBURY, PCC, CCG, LEP] as const;

/** The directory as fixtures/01-directory.yaml records it. */
export const directoryEvents: LedgerEvent[] = fromFixture(DIRECTORY_FIXTURE);
