/**
 * The life of the Vision 2050 action of 14 June 2018 (Jane Burns, Mike Dawson and Stephen Marston):
 * progress, completion, reassignment, a later due date, cancellation, review at a later meeting.
 */
import { describe, expect, it } from 'vitest';
import type { ActionsCommand, AssignActionData, Owner } from '../../../src/domain/actions/commands.js';
import { actionDecider } from '../../../src/domain/actions/index.js';
import type { ActionsEvent } from '../../../src/domain/actions/events.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import { DEC_2016, GCC, JUN_2018, NOV_2016_CANCELLED, OCT_2016, SEP_2016 } from '../decisions/fixtures.js';
import { world } from './fixtures.js';

const VISION_2050 = 'lg-2018-06-14-3a-1';
const owners: Owner[] = [
  { kind: 'person', name: 'Jane Burns', organisation: GCC },
  { kind: 'person', name: 'Mike Dawson' },
  { kind: 'person', name: 'Stephen Marston' },
];
const assignment: AssignActionData = {
  actionId: VISION_2050,
  title: 'Establish a Leadership Gloucestershire steering group for Vision 2050',
  owners,
  meetingId: JUN_2018,
  item: '3a',
  dueOn: '2018-10-11',
};
const assigned: ActionsEvent = { type: 'ActionAssigned', data: assignment };
const completed: ActionsEvent = { type: 'ActionCompleted', data: { actionId: VISION_2050, completedOn: '2018-09-30' } };
const cancelled: ActionsEvent = {
  type: 'ActionCancelled',
  data: { actionId: VISION_2050, cancelledOn: '2018-07-26', reason: 'Fixture' },
};
const open = [assigned];
const done = [assigned, completed];
const dropped = [assigned, cancelled];

const progress = {
  actionId: VISION_2050,
  note: 'Consultants appointed; draft report by 31 July 2018',
  rag: 'green' as const,
  asOf: '2018-07-26',
};
const completion = { actionId: VISION_2050, completedOn: '2018-09-30', note: 'Steering group met in September' };
const janeBurnsAlone: Owner[] = [{ kind: 'person', name: 'Jane Burns', organisation: GCC }];
const reassignment = { actionId: VISION_2050, owners: janeBurnsAlone, reassignedOn: '2018-07-26' };
const extension = { actionId: VISION_2050, dueOn: '2018-10-31', reason: 'Final report at the end of October' };
const cancellation = { actionId: VISION_2050, cancelledOn: '2018-07-26', reason: 'Fixture' };
const review = { actionId: VISION_2050, meetingId: 'lg-2018-07-26', note: 'Steering group being set up' };

/** Reviews are tried on an action of 27 October 2016, whose next meeting (15 December 2016) the fixtures hold. */
const october2016Action: ActionsEvent = {
  type: 'ActionAssigned',
  data: { ...assignment, meetingId: OCT_2016, item: '3', dueOn: undefined },
};
const reviewAtDecember = {
  actionId: VISION_2050,
  meetingId: DEC_2016,
  note: 'Relevant actions had been taken following the last meeting',
};

type Row = [string, ActionsEvent[], ActionsCommand, Outcome<ActionsEvent>];

const rows: Row[] = [
  [
    'progress on an open action',
    open,
    { type: 'RecordProgress', data: progress },
    { events: [{ type: 'ProgressRecorded', data: progress }] },
  ],
  ['progress on an unknown action', [], { type: 'RecordProgress', data: progress }, { rejected: 'ACTION_NOT_FOUND' }],
  [
    'progress on a completed action',
    done,
    { type: 'RecordProgress', data: progress },
    { rejected: 'ACTION_COMPLETED' },
  ],
  [
    'progress on a cancelled action',
    dropped,
    { type: 'RecordProgress', data: progress },
    { rejected: 'ACTION_CANCELLED' },
  ],

  [
    'an open action completed',
    open,
    { type: 'CompleteAction', data: completion },
    { events: [{ type: 'ActionCompleted', data: completion }] },
  ],
  ['an action completed twice', done, { type: 'CompleteAction', data: completion }, { rejected: 'ACTION_COMPLETED' }],
  [
    'a cancelled action completed',
    dropped,
    { type: 'CompleteAction', data: completion },
    { rejected: 'ACTION_CANCELLED' },
  ],
  ['an unknown action completed', [], { type: 'CompleteAction', data: completion }, { rejected: 'ACTION_NOT_FOUND' }],

  [
    'the action passes to Jane Burns alone',
    open,
    { type: 'ReassignAction', data: reassignment },
    {
      events: [{ type: 'ActionReassigned', data: { ...reassignment, previousOwners: owners } }],
    },
  ],
  [
    'reassigned to the owners it has',
    open,
    { type: 'ReassignAction', data: { ...reassignment, owners } },
    { rejected: 'OWNERS_UNCHANGED' },
  ],
  [
    'reassigned to an organisation not in the directory',
    open,
    {
      type: 'ReassignAction',
      data: { ...reassignment, owners: [{ kind: 'organisation', id: 'university-of-gloucestershire' }] },
    },
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  [
    'a completed action reassigned',
    done,
    { type: 'ReassignAction', data: reassignment },
    { rejected: 'ACTION_COMPLETED' },
  ],

  [
    'more time to the end of October',
    open,
    { type: 'ExtendDueDate', data: extension },
    {
      events: [{ type: 'DueDateExtended', data: { ...extension, previousDueOn: '2018-10-11' } }],
    },
  ],
  [
    'a first due date for an action without one',
    [{ type: 'ActionAssigned', data: { ...assignment, dueOn: undefined } }],
    { type: 'ExtendDueDate', data: extension },
    {
      events: [{ type: 'DueDateExtended', data: extension }],
    },
  ],
  [
    'a due date before the current one',
    open,
    { type: 'ExtendDueDate', data: { ...extension, dueOn: '2018-09-30' } },
    { rejected: 'DUE_DATE_NOT_LATER' },
  ],
  [
    'the same due date again',
    open,
    { type: 'ExtendDueDate', data: { ...extension, dueOn: '2018-10-11' } },
    { rejected: 'DUE_DATE_NOT_LATER' },
  ],
  [
    'more time for a cancelled action',
    dropped,
    { type: 'ExtendDueDate', data: extension },
    { rejected: 'ACTION_CANCELLED' },
  ],
  [
    'more time for a completed action',
    done,
    { type: 'ExtendDueDate', data: extension },
    { rejected: 'ACTION_COMPLETED' },
  ],

  [
    'an open action cancelled',
    open,
    { type: 'CancelAction', data: cancellation },
    { events: [{ type: 'ActionCancelled', data: cancellation }] },
  ],
  [
    'a completed action cancelled',
    done,
    { type: 'CancelAction', data: cancellation },
    { rejected: 'ACTION_COMPLETED' },
  ],
  [
    'an action cancelled twice',
    dropped,
    { type: 'CancelAction', data: cancellation },
    { rejected: 'ACTION_CANCELLED' },
  ],
  ['an unknown action cancelled', [], { type: 'CancelAction', data: cancellation }, { rejected: 'ACTION_NOT_FOUND' }],

  [
    'reviewed at the next meeting',
    [october2016Action],
    { type: 'ReviewAction', data: reviewAtDecember },
    { events: [{ type: 'ActionReviewed', data: reviewAtDecember }] },
  ],
  [
    'a completed action reviewed',
    [october2016Action, completed],
    { type: 'ReviewAction', data: reviewAtDecember },
    { events: [{ type: 'ActionReviewed', data: reviewAtDecember }] },
  ],
  [
    'reviewed twice at the same meeting',
    [october2016Action, { type: 'ActionReviewed', data: reviewAtDecember }],
    { type: 'ReviewAction', data: reviewAtDecember },
    { rejected: 'ALREADY_REVIEWED_AT_MEETING' },
  ],
  [
    'reviewed at the meeting that agreed it',
    [october2016Action],
    { type: 'ReviewAction', data: { ...reviewAtDecember, meetingId: OCT_2016 } },
    { rejected: 'MEETING_NOT_LATER' },
  ],
  [
    'reviewed at an earlier meeting',
    [october2016Action],
    { type: 'ReviewAction', data: { ...reviewAtDecember, meetingId: SEP_2016 } },
    { rejected: 'MEETING_NOT_LATER' },
  ],
  [
    'reviewed at a cancelled meeting',
    [october2016Action],
    { type: 'ReviewAction', data: { ...reviewAtDecember, meetingId: NOV_2016_CANCELLED } },
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'reviewed at a meeting not in the ledger',
    open,
    { type: 'ReviewAction', data: review },
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'an unknown action reviewed',
    [],
    { type: 'ReviewAction', data: reviewAtDecember },
    { rejected: 'ACTION_NOT_FOUND' },
  ],
];

describe('action decider: progress, completion, reassignment, due dates, cancellation, review', () => {
  it.each(rows)('%s', (_name, given, command, expected) => {
    expect(decideAfter(actionDecider, given, command, world)).toEqual(expected);
  });
});
