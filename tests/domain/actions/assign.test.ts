/** Assigning actions at the meeting of 27 October 2016: "Action – Richard Bradley", "Action – Pete Bungard". */
import { describe, expect, it } from 'vitest';
import type { ActionsCommand, AssignActionData } from '../../../src/domain/actions/commands.js';
import { actionDecider } from '../../../src/domain/actions/index.js';
import type { ActionsEvent } from '../../../src/domain/actions/events.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import {
  DISTRICT_CHIEF_EXECUTIVES,
  GCC,
  NOV_2016_CANCELLED,
  OCT_2016,
  PCC,
  october2016Cancelled,
} from '../decisions/fixtures.js';
import { ITEM_3, ITEM_5, MAIN_ACTION, POLICE_AUTHORITY, world } from './fixtures.js';

const richardBradley = { kind: 'person' as const, name: 'Richard Bradley', organisation: PCC };
const communitySafety: AssignActionData = {
  actionId: 'lg-2016-10-27-3-1',
  title: 'Establish the Gloucestershire Community Safety Partnership, managed by the Office of the PCC',
  owners: [richardBradley],
  meetingId: OCT_2016,
  item: '3',
  decision: { proposalId: ITEM_3, resolution: 'c' },
  dueOn: '2016-12-15',
};
const assign = (changes: Partial<AssignActionData>): ActionsCommand => ({
  type: 'AssignAction',
  data: { ...communitySafety, ...changes },
});
const assigned = (changes: Partial<AssignActionData>): Outcome<ActionsEvent> => ({
  events: [{ type: 'ActionAssigned', data: { ...communitySafety, ...changes } }],
});
const history: ActionsEvent[] = [{ type: 'ActionAssigned', data: communitySafety }];

type Row = [string, ActionsEvent[], ActionsCommand, Record<string, unknown>, Outcome<ActionsEvent>];

const rows: Row[] = [
  ['Richard Bradley is given the community safety partnership', [], assign({}), world, assigned({})],
  [
    'an independent adviser named without an organisation',
    [],
    assign({ owners: [{ kind: 'person', name: 'John Bensted' }] }),
    world,
    assigned({ owners: [{ kind: 'person', name: 'John Bensted' }] }),
  ],
  [
    'an organisation and a body as owners',
    [],
    assign({
      owners: [
        { kind: 'organisation', id: GCC },
        { kind: 'body', id: DISTRICT_CHIEF_EXECUTIVES },
      ],
    }),
    world,
    assigned({
      owners: [
        { kind: 'organisation', id: GCC },
        { kind: 'body', id: DISTRICT_CHIEF_EXECUTIVES },
      ],
    }),
  ],
  [
    'a sub-action of the devolution action',
    [],
    assign({ item: '5', decision: undefined, parentActionId: MAIN_ACTION }),
    world,
    assigned({ item: '5', decision: undefined, parentActionId: MAIN_ACTION }),
  ],
  [
    'an action with no due date and no decision',
    [],
    assign({ dueOn: undefined, decision: undefined }),
    world,
    assigned({ dueOn: undefined, decision: undefined }),
  ],
  ['the same action id twice', history, assign({}), world, { rejected: 'ACTION_ALREADY_ASSIGNED' }],
  [
    'an action of an unknown meeting',
    [],
    assign({ meetingId: 'lg-2016-10-20' }),
    world,
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'an action of a cancelled meeting',
    [],
    assign({}),
    { ...world, ...october2016Cancelled },
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'an action of another cancelled meeting',
    [],
    assign({ meetingId: NOV_2016_CANCELLED }),
    world,
    { rejected: 'MEETING_CANCELLED' },
  ],
  ['an action of an item not on the agenda', [], assign({ item: '6' }), world, { rejected: 'ITEM_NOT_ON_AGENDA' }],
  [
    'a due date before the meeting',
    [],
    assign({ dueOn: '2016-10-26' }),
    world,
    { rejected: 'DUE_DATE_BEFORE_MEETING' },
  ],
  [
    'an organisation not in the directory',
    [],
    assign({ owners: [{ kind: 'organisation', id: 'ubico' }] }),
    world,
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  [
    'a person from an organisation not in the directory',
    [],
    assign({ owners: [{ kind: 'person', name: 'Mary Hutton', organisation: 'nhs-gloucestershire-ccg' }] }),
    world,
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  [
    'a body not in the directory',
    [],
    assign({ owners: [{ kind: 'body', id: 'strategic-planning-group' }] }),
    world,
    { rejected: 'BODY_NOT_ESTABLISHED' },
  ],
  [
    'the police authority, dissolved in 2012',
    [],
    assign({ owners: [{ kind: 'organisation', id: POLICE_AUTHORITY }] }),
    world,
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
  [
    'Richard Bradley listed twice',
    [],
    assign({ owners: [richardBradley, { ...richardBradley }] }),
    world,
    { rejected: 'OWNER_LISTED_TWICE' },
  ],
  [
    'a decision never recorded',
    [],
    assign({ decision: { proposalId: ITEM_3, resolution: 'd' } }),
    world,
    { rejected: 'DECISION_NOT_FOUND' },
  ],
  [
    'a decision of an unknown matter',
    [],
    assign({ decision: { proposalId: 'lg-2016-10-27-item-4', resolution: 'a' } }),
    world,
    { rejected: 'DECISION_NOT_FOUND' },
  ],
  [
    'a rescinded decision',
    [],
    assign({ item: '5', decision: { proposalId: ITEM_5, resolution: 'b' } }),
    world,
    { rejected: 'DECISION_NOT_IN_FORCE' },
  ],
  [
    'a sub-action of an action never assigned',
    [],
    assign({ parentActionId: 'lg-2016-10-27-5-9' }),
    world,
    { rejected: 'ACTION_NOT_FOUND' },
  ],
];

describe('action decider: assignment', () => {
  it.each(rows)('%s', (_name, given, command, related, expected) => {
    expect(decideAfter(actionDecider, given, command, related)).toEqual(expected);
  });

  it("names the action stream after the clerk's id", () => {
    expect(actionDecider.streamIdOf(assign({}))).toBe('action-lg-2016-10-27-3-1');
  });
});
