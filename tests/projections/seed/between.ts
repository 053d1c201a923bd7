/**
 * Fixtures beyond the seed minutes, for rules the two seed meetings cannot show on their own:
 * the meetings either side of 27 October 2016 (8 September and 15 December, named in seed 003)
 * with the October attendance repeated, and a later amendment and rescission.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { BIS, LG } from './directory.js';
import { KPMG, october2016Apologies, october2016Present } from './october-2016.js';

export const SEP_2016 = 'lg-2016-09-08';
export const DEC_2016 = 'lg-2016-12-15';

/** A meeting where everyone came as in October 2016, and the government representative again sent apologies. */
function likeOctober(meetingId: string, date: string): LedgerEvent[] {
  return [
    { type: 'MeetingScheduled', data: { meetingId, bodyId: LG, date } },
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

export const september2016 = likeOctober(SEP_2016, '2016-09-08');
export const december2016 = likeOctober(DEC_2016, '2016-12-15');

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
