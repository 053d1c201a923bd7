/**
 * A body's work programme reviewed at its meetings: one row per rule. The 2011/12 annual report
 * says "A new work programme will be considered at the June 2012 meeting", and the minutes of 14
 * June 2018 record under item 10 "The work programme attached to the meeting papers was noted."
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evolveBody, initialBodyState } from '../../../src/domain/directory/state.js';
import { relatedFrom } from '../../../src/domain/related.js';
import {
  reviewDecider,
  workProgrammeReviewCommands,
  type ReviewCommand,
} from '../../../src/domain/work-programme/index.js';
import { eventsOrCode } from '../shared/given.js';
import { type ReviewEvent } from '../../../src/domain/work-programme/review.js';
import { meetingState } from './meetings.js';

const LG = 'leadership-gloucestershire';
const JUNE = 'lg-2018-06-14';
const NOTE = 'The work programme attached to the meeting papers was noted.';
const related = relatedFrom(
  new Map<string, unknown>([
    [
      `body-${LG}`,
      evolveBody(initialBodyState, {
        type: 'BodyEstablished',
        data: { bodyId: LG, name: 'Leadership Gloucestershire', type: 'strategic-partnership' },
      }),
    ],
    [`meeting-${JUNE}`, meetingState(JUNE, LG, '2018-06-14', ['2', '10'])],
    ['meeting-lg-2018-12-06', meetingState('lg-2018-12-06', LG, '2018-12-06', ['1'], true)],
    ['meeting-abg-2008-10-30', meetingState('abg-2008-10-30', 'accountable-bodies-group', '2008-10-30')],
  ]),
);

const review = (extra: Record<string, unknown> = {}): ReviewCommand => ({
  type: 'ReviewWorkProgramme',
  data: workProgrammeReviewCommands.ReviewWorkProgramme.schema.parse({
    bodyId: LG,
    meetingId: JUNE,
    item: '10',
    note: NOTE,
    ...extra,
  }),
});
const reviewed: ReviewEvent = {
  type: 'WorkProgrammeReviewed',
  data: { bodyId: LG, meetingId: JUNE, item: '10', reviewedOn: '2018-06-14', note: NOTE },
};

function when(given: readonly ReviewEvent[], cmd: ReviewCommand): readonly ReviewEvent[] | string {
  return eventsOrCode(reviewDecider, given, cmd, related);
}

describe.each<[string, readonly ReviewEvent[], ReviewCommand, readonly ReviewEvent[] | string]>([
  ['records the review under the item of a meeting of the body, on its date', [], review(), [reviewed]],
  [
    'records a review the minutes say nothing more about',
    [],
    review({ note: undefined }),
    [{ type: 'WorkProgrammeReviewed', data: { bodyId: LG, meetingId: JUNE, item: '10', reviewedOn: '2018-06-14' } }],
  ],
  ['refuses the same meeting twice', [reviewed], review({ item: '2' }), 'WORK_PROGRAMME_ALREADY_REVIEWED'],
  ['refuses a body not in the directory', [], review({ bodyId: 'cheltenham-lsp' }), 'BODY_NOT_ESTABLISHED'],
  ['refuses a meeting not scheduled', [], review({ meetingId: 'lg-2018-07-26' }), 'MEETING_NOT_SCHEDULED'],
  ['refuses a cancelled meeting', [], review({ meetingId: 'lg-2018-12-06', item: '1' }), 'MEETING_CANCELLED'],
  ['refuses an item not on the agenda', [], review({ item: '11' }), 'ITEM_NOT_ON_AGENDA'],
  ["refuses another body's meeting", [], review({ meetingId: 'abg-2008-10-30', item: '1' }), 'MEETING_OF_ANOTHER_BODY'],
])('%s', (_name, given, cmd, expected) => {
  it('decides as the rule says', () => {
    expect(when(given, cmd)).toEqual(expected);
  });
});

describe('the seeds', () => {
  const text = (name: string) =>
    readFileSync(new URL(`../../../fixtures/minutes/${name}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');

  it('the 2011/12 annual report plans the review of the work programme at a meeting', () => {
    expect(text('annual-report-2011-12.txt')).toContain(
      'A new work programme will be considered at the June 2012 meeting.',
    );
  });

  it("the example is the 14 June 2018 meeting's item 10, in the minutes' words", () => {
    const minutes = text('lg-2018-06-14.txt');
    expect(minutes).toContain(`10 Future meetings and work programme ${NOTE}`);
    expect(workProgrammeReviewCommands.ReviewWorkProgramme.example).toEqual({
      bodyId: LG,
      meetingId: JUNE,
      item: '10',
      note: NOTE,
    });
  });
});
