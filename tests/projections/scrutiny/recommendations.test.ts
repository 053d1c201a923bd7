/**
 * Given a scrutiny committee's recommendations, a response to one and the action that carries it
 * out, then the recommendations view: what was overdue or awaiting on a date (business time: a
 * response dated later still leaves it awaiting), the response, and the action's progress from the
 * action tracker. The seeds record no recommendation: the committee and every date are illustrative.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { actionTrackerProjection } from '../../../src/projections/action-tracker/index.js';
import { listRecommendations, scrutinyProjection } from '../../../src/projections/scrutiny/index.js';
import { dumpTables, project, storeWith } from '../given.js';

const PANEL = 'gloucestershire-police-and-crime-panel';
const TO_PCC = 'pcp-2018-10-05-rec-1';
const TO_LG = 'pcp-2018-10-05-rec-2';
const ACTION = 'lg-2018-11-29-2-1';
const made = (recommendationId: string, to: { kind: 'body' | 'organisation'; id: string }): LedgerEvent => ({
  type: 'RecommendationMade',
  data: {
    recommendationId,
    scrutinyBodyId: PANEL,
    councilId: 'gloucestershire-county-council',
    meetingId: 'pcp-2018-10-05',
    madeOn: '2018-10-05',
    to,
    text: `Illustrative: ${recommendationId}`,
    responseDueOn: '2018-12-04',
  },
});

const history = () =>
  storeWith(
    [
      { occurredAt: '2018-10-05' },
      [
        made(TO_PCC, { kind: 'organisation', id: 'office-of-the-pcc' }),
        made(TO_LG, { kind: 'body', id: 'leadership-gloucestershire' }),
      ],
    ],
    [
      { occurredAt: '2018-11-29' },
      [
        {
          type: 'ActionAssigned',
          data: {
            actionId: ACTION,
            title: 'Illustrative: report yearly to the panel',
            owners: [{ kind: 'organisation', id: 'office-of-the-pcc' }],
            meetingId: 'lg-2018-11-29',
            item: '2',
            dueOn: '2019-03-31',
          },
        },
        {
          type: 'RecommendationResponded',
          data: {
            recommendationId: TO_PCC,
            response: 'partly-accepted',
            reasons: 'Illustrative: a yearly report',
            respondedOn: '2018-11-30',
            respondedBy: 'Police and Crime Commissioner',
          },
        },
        { type: 'RecommendationActionTracked', data: { recommendationId: TO_PCC, actionId: ACTION } },
      ],
    ],
  );

const projections = [actionTrackerProjection, scrutinyProjection];
const TODAY = '2019-06-01';

describe('the recommendations view', () => {
  it('lists both, oldest first, with the response and the tracked action with its progress', async () => {
    const db = await project(await history(), projections);
    const { recommendations } = listRecommendations(db, {}, TODAY);
    expect(recommendations.map((r) => [r.recommendationId, r.response, r.daysAwaiting])).toEqual([
      [TO_PCC, 'partly-accepted', null],
      [TO_LG, null, null],
    ]);
    expect(recommendations[0]!.actions).toEqual([
      {
        actionId: ACTION,
        title: 'Illustrative: report yearly to the panel',
        status: 'open',
        rag: null,
        dueOn: '2019-03-31',
      },
    ]);
  });

  it(
    'is overdue once past its due date without a response; a response dated later still leaves ' + 'it overdue then',
    async () => {
      const db = await project(await history(), projections);
      const overdue = (on: string) =>
        listRecommendations(db, { overdueOn: on }, TODAY).recommendations.map((r) => [
          r.recommendationId,
          r.daysAwaiting,
        ]);
      expect(overdue('2018-12-04')).toEqual([]);
      expect(overdue('2018-12-05')).toEqual([[TO_LG, 61]]);
      expect(overdue('2018-11-30')).toEqual([]);
    },
  );

  it('counts the days awaiting a response, to the date given or to today', async () => {
    const db = await project(await history(), projections);
    const awaiting = (filters: { awaitingOn?: string; moreThanDays?: number }) =>
      listRecommendations(db, filters, TODAY).recommendations.map((r) => r.recommendationId);
    expect(awaiting({ awaitingOn: '2018-11-29' })).toEqual([TO_PCC, TO_LG]);
    expect(awaiting({ awaitingOn: '2018-11-30' })).toEqual([TO_LG]);
    expect(awaiting({ awaitingOn: '2018-11-04', moreThanDays: 30 })).toEqual([]);
    expect(awaiting({ awaitingOn: '2018-11-05', moreThanDays: 30 })).toEqual([TO_PCC, TO_LG]);
    expect(awaiting({ moreThanDays: 200 })).toEqual([TO_LG]);
  });

  it('narrows by committee and by recipient', async () => {
    const db = await project(await history(), projections);
    const ids = (filters: { scrutinyBodyId?: string; recipientId?: string }) =>
      listRecommendations(db, filters, TODAY).recommendations.map((r) => r.recommendationId);
    expect(ids({ recipientId: 'leadership-gloucestershire' })).toEqual([TO_LG]);
    expect(ids({ scrutinyBodyId: 'another-panel' })).toEqual([]);
  });

  it('rebuilds to the same tables', async () => {
    const store = await history();
    const once = await project(store, projections);
    const again = await project(store, projections);
    expect(dumpTables(again, scrutinyProjection)).toBe(dumpTables(once, scrutinyProjection));
  });
});
