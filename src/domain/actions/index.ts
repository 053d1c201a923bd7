/** The actions feature: who was given what to do, by which meeting, and what became of it. */
import { deciderOf, type CommandTable, type Feature } from '../shared/feature.js';
import { streamId } from '../shared/identifiers.js';
import { assignAction, reassignAction } from './decide-assign.js';
import {
  assignmentStreams,
  cancelAction,
  completeAction,
  extendDueDate,
  reassignmentStreams,
  recordProgress,
  reviewAction,
  reviewStreams,
} from './decide.js';
import { actionsEvents, actionsEventSchemas } from './events.js';
import { evolveAction, initialActionState } from './state.js';

const clerk = ['clerk'] as const;

/** The actions commands: each one's schema, summary, example, URL and role, declared once. */
export const actionsCommands = {
  AssignAction: {
    schema: actionsEvents.ActionAssigned.schema,
    decide: assignAction,
    related: assignmentStreams,
    url: '/actions',
    roles: clerk,
    summary: 'Record an action a meeting gave to one or more owners, from an item and perhaps a decision.',
    example: {
      actionId: 'lg-2018-06-14-3a-1',
      title: 'Establish a Leadership Gloucestershire steering group for Vision 2050, as for the 2015 devolution bid',
      owners: [
        { kind: 'person', name: 'Jane Burns', organisation: 'gloucestershire-county-council' },
        { kind: 'person', name: 'Mike Dawson', organisation: 'tewkesbury-borough-council' },
        { kind: 'person', name: 'Stephen Marston', organisation: 'university-of-gloucestershire' },
      ],
      meetingId: 'lg-2018-06-14',
      item: '3a',
      dueOn: '2018-10-11',
    },
  },
  RecordProgress: {
    schema: actionsEvents.ProgressRecorded.schema,
    decide: recordProgress,
    url: '/actions/:actionId/progress',
    roles: clerk,
    summary: 'Record progress on an open action, with its RAG status as of a date.',
    example: {
      actionId: 'lg-2018-06-14-3a-1',
      note: 'Consultants appointed to consider delivery vehicles; draft report expected by 31 July 2018',
      rag: 'green',
      asOf: '2018-07-26',
    },
  },
  CompleteAction: {
    schema: actionsEvents.ActionCompleted.schema,
    decide: completeAction,
    url: '/actions/:actionId/completion',
    roles: clerk,
    summary: 'Record that an open action was done; it takes no more progress afterwards.',
    example: {
      actionId: 'lg-2016-10-27-3-1',
      completedOn: '2016-12-15',
      note: 'Gloucestershire Community Safety Partnership established, managed by the Office of the PCC',
    },
  },
  ReassignAction: {
    // The previous owners come from the action's state.
    schema: actionsEvents.ActionReassigned.schema.omit({ previousOwners: true }),
    decide: reassignAction,
    related: reassignmentStreams,
    url: '/actions/:actionId/reassignment',
    roles: clerk,
    summary: 'Pass an open action to new owners, who replace the current ones.',
    example: {
      actionId: 'lg-2016-10-27-3-1',
      owners: [{ kind: 'person', name: 'Paul Trott', organisation: 'office-of-the-pcc' }],
      reassignedOn: '2016-11-01',
      reason: 'Change of lead officer at the Office of the PCC',
    },
  },
  ExtendDueDate: {
    // The previous due date comes from the action's state.
    schema: actionsEvents.DueDateExtended.schema.omit({ previousDueOn: true }),
    decide: extendDueDate,
    url: '/actions/:actionId/due-date',
    roles: clerk,
    summary: 'Give an open action a later due date (or its first one).',
    example: {
      actionId: 'lg-2018-06-14-3a-1',
      dueOn: '2018-10-31',
      reason: 'The final report on the Big Conversation is planned for the end of October 2018',
    },
  },
  CancelAction: {
    schema: actionsEvents.ActionCancelled.schema,
    decide: cancelAction,
    url: '/actions/:actionId/cancellation',
    roles: clerk,
    summary: 'Record that an open action was dropped, and why.',
    example: {
      actionId: 'lg-2018-06-14-4-1-a',
      cancelledOn: '2018-10-11',
      reason: 'Taken over by the ACE Panel of the Health and Wellbeing Board',
    },
  },
  ReviewAction: {
    schema: actionsEvents.ActionReviewed.schema,
    decide: reviewAction,
    related: reviewStreams,
    url: '/actions/:actionId/reviews',
    roles: clerk,
    summary: 'Record that a later meeting reviewed an action under actions arising.',
    example: {
      actionId: 'lg-2016-10-27-3-1',
      meetingId: 'lg-2016-12-15',
      note: 'Relevant actions had been taken following the last meeting',
    },
  },
} as const satisfies CommandTable;

/** One action, on the stream `action-<actionId>`. */
export const actionDecider = deciderOf(
  {
    aggregate: 'action',
    initialState: initialActionState,
    evolve: evolveAction,
    streamIdOf: (command) => streamId('action', command.data.actionId),
  },
  actionsCommands,
  actionsEventSchemas,
);

export const actions: Feature = {
  name: 'actions',
  deciders: [actionDecider],
  commands: actionsCommands,
  events: actionsEventSchemas,
};
