/** ActionState as the action tracker and the next meeting's "actions arising" read it. */
import { describe, expect, it } from 'vitest';
import type { ActionsEvent } from '../../../src/domain/actions/events.js';
import { evolveAction, initialActionState } from '../../../src/domain/actions/state.js';
import { fold } from '../shared/given.js';
import { DEC_2016, OCT_2016, PCC } from '../decisions/fixtures.js';

const ACTION = 'lg-2016-10-27-3-1';
const bradley = { kind: 'person' as const, name: 'Richard Bradley', organisation: PCC };
const trott = { kind: 'person' as const, name: 'Paul Trott', organisation: PCC };
const history: ActionsEvent[] = [
  {
    type: 'ActionAssigned',
    data: {
      actionId: ACTION,
      title: 'Establish the partnership',
      owners: [bradley],
      meetingId: OCT_2016,
      item: '3',
      decision: { proposalId: 'lg-2016-10-27-item-3', resolution: 'c' },
    },
  },
  { type: 'ProgressRecorded', data: { actionId: ACTION, note: 'Terms drafted', rag: 'amber', asOf: '2016-11-30' } },
  { type: 'DueDateExtended', data: { actionId: ACTION, dueOn: '2017-02-02' } },
  {
    type: 'ActionReassigned',
    data: { actionId: ACTION, owners: [trott], previousOwners: [bradley], reassignedOn: '2016-12-01' },
  },
  { type: 'ActionReviewed', data: { actionId: ACTION, meetingId: DEC_2016, note: 'On track' } },
  { type: 'ProgressRecorded', data: { actionId: ACTION, note: 'Partnership met', rag: 'green', asOf: '2017-01-20' } },
  { type: 'ActionCompleted', data: { actionId: ACTION, completedOn: '2017-01-31' } },
];

describe('ActionState', () => {
  it('folds an action from assignment to completion', () => {
    expect(fold(evolveAction, initialActionState, history)).toEqual({
      assigned: true,
      actionId: ACTION,
      title: 'Establish the partnership',
      owners: [trott],
      meetingId: OCT_2016,
      item: '3',
      decision: { proposalId: 'lg-2016-10-27-item-3', resolution: 'c' },
      dueOn: '2017-02-02',
      status: 'completed',
      rag: 'green',
      progress: [
        { note: 'Terms drafted', rag: 'amber', asOf: '2016-11-30' },
        { note: 'Partnership met', rag: 'green', asOf: '2017-01-20' },
      ],
      completedOn: '2017-01-31',
      reviews: [{ meetingId: DEC_2016, note: 'On track' }],
    });
  });

  it('records why an action was cancelled', () => {
    const cancelled = fold(evolveAction, initialActionState, [
      history[0]!,
      { type: 'ActionCancelled', data: { actionId: ACTION, cancelledOn: '2016-11-01', reason: 'Superseded' } },
    ]);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledOn: '2016-11-01',
      cancellationReason: 'Superseded',
    });
  });

  it('refuses to fold progress onto an action never assigned', () => {
    expect(() => evolveAction(initialActionState, history[1]!)).toThrow(/never assigned/);
  });
});
