/**
 * The meetings either side of 27 October 2016 (8 September and 15 December, named in seed 003 and
 * scheduled by its fixture), with made-up attendance and a later amendment, for rules the two seed
 * meetings cannot show on their own.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { BIS } from './directory.js';
import { fromFixture, OCTOBER_2016_FIXTURE, schedules } from './fixtures.js';
import { KPMG, october2016Apologies, october2016Present } from './october-2016.js';

export const SEP_2016 = 'lg-2016-09-08';
export const DEC_2016 = 'lg-2016-12-15';

/**
 * The meeting as the October 2016 fixture schedules it, with attendance made up for the tests (the
 * seeds hold no minutes of it): everyone came as in October 2016, and the government representative
 * again sent apologies.
 */
function likeOctober(meetingId: string): LedgerEvent[] {
  return [
    ...fromFixture(OCTOBER_2016_FIXTURE, schedules(meetingId)),
    {
      type: 'AttendanceRecorded',
      data: {
        meetingId,
        present: october2016Present,
        apologies: october2016Apologies.filter((a) => a.organisationId === BIS),
      },
    },
  ];
}

export const september2016 = likeOctober(SEP_2016);
export const december2016 = likeOctober(DEC_2016);

export const december2016Changes: LedgerEvent[] = [
  {
    type: 'DecisionAmended',
    data: {
      proposalId: KPMG,
      resolution: 'b',
      meetingId: DEC_2016,
      reason: 'Fixture: the officer group was widened',
      text: 'To set up an officer group, including a district finance officer, to draft the job descriptions.',
    },
  },
];
