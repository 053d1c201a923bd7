/**
 * The actions minuted on 27 October 2016 and 14 June 2018, as the fixtures record them, including
 * the four ACE actions a) to d); and, for rules the minutes cannot show, progress, completion, a
 * cancellation, an extension and a reassignment made up for the tests, dated at the meetings the
 * minutes name (15 December 2016, 26 July 2018).
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { GLOUCESTER } from './directory.js';
import { fromFixture, JUNE_2018_FIXTURE, OCTOBER_2016_FIXTURE } from './fixtures.js';

export const ESTABLISH_CSP = 'lg-2016-10-27-3-1';
export const OFFICER_GROUP = 'lg-2016-10-27-5-1';
export const VISION_2050 = 'lg-2018-06-14-3a-1';
export const ACE_FOREST = 'lg-2018-06-14-4-a';
export const ACE_SCHOOLS = 'lg-2018-06-14-4-d';
export const REFER_SOCIAL_MOBILITY = 'lg-2018-06-14-7-1';

const person = (name: string, organisation: string) => ({ kind: 'person' as const, name, organisation });

const assigned = (file: string) => fromFixture(file, (event) => event.type === 'ActionAssigned');

/** The actions minuted on 27 October 2016 (fixtures/02-lg-2016-10-27.yaml). */
export const october2016Actions: LedgerEvent[] = assigned(OCTOBER_2016_FIXTURE);

/** The actions minuted on 14 June 2018 (fixtures/03-lg-2018-06-14.yaml), the four ACE actions a) to d) among them. */
export const june2018Actions: LedgerEvent[] = assigned(JUNE_2018_FIXTURE);

/** Fixture, not from the minutes: progress and completion reported at the December 2016 meeting. */
export const december2016Progress: LedgerEvent[] = [
  {
    type: 'ProgressRecorded',
    data: {
      actionId: ESTABLISH_CSP,
      note: 'Terms of reference for the county partnership drafted',
      rag: 'amber',
      asOf: '2016-12-01',
    },
  },
  {
    type: 'ActionReviewed',
    data: { actionId: OFFICER_GROUP, meetingId: 'lg-2016-12-15', note: 'Officer group met; job descriptions in draft' },
  },
  { type: 'ActionCompleted', data: { actionId: OFFICER_GROUP, completedOn: '2016-12-15' } },
];

/** Fixture, not from the minutes: changes made at the July 2018 meeting. */
export const july2018Changes: LedgerEvent[] = [
  {
    type: 'ActionCancelled',
    data: { actionId: ACE_SCHOOLS, cancelledOn: '2018-07-26', reason: 'Taken over by the Health and Wellbeing Board' },
  },
  {
    type: 'DueDateExtended',
    data: {
      actionId: VISION_2050,
      dueOn: '2018-12-06',
      previousDueOn: '2018-10-11',
      reason: 'Big Conversation report moved to the December meeting',
    },
  },
  {
    type: 'ActionReassigned',
    data: {
      actionId: REFER_SOCIAL_MOBILITY,
      owners: [{ kind: 'organisation', id: GLOUCESTER }],
      previousOwners: [person('Jon McGinty', GLOUCESTER)],
      reassignedOn: '2018-07-26',
    },
  },
];
