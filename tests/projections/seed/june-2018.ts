/**
 * Leadership Gloucestershire, 14 June 2018 (seed 004), as fixtures/03-lg-2018-06-14.yaml records it:
 * attendance with substitutes, the items, the social mobility referral and the meetings it schedules.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { fromFixture, JUNE_2018_FIXTURE } from './fixtures.js';

export const JUN_2018 = 'lg-2018-06-14';
export const SOCIAL_MOBILITY = 'lg-2018-06-14-item-7';

/** Everything the meeting recorded but its actions (./actions.ts), in the fixture's order. */
export const june2018: LedgerEvent[] = fromFixture(JUNE_2018_FIXTURE, (event) => event.type !== 'ActionAssigned');
