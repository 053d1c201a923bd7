/**
 * The people read model's fold: the directory's people, and every place the minutes name a person
 * (appointments, attendance and apologies, positions stated, actions owned), as written.
 */
import type { Projection, ProjectedEvent } from '../projection.js';
import { prepareStatements, type Statements } from './statements.js';
import { PEOPLE, peopleTableNames, peopleTables } from './tables.js';

function foldDirectoryAndMeetings(write: Statements, event: ProjectedEvent): void {
  switch (event.type) {
    case 'PersonRegistered': {
      const { personId, name, aliases, titles } = event.data;
      return write.person(personId, name, aliases, titles);
    }
    case 'RepresentativeAppointed': {
      const { bodyId, organisationId, person, role, from, to } = event.data;
      return void write.role.run(Number(event.position), bodyId, organisationId, person, role, from, to ?? null);
    }
    case 'MeetingScheduled':
      return void write.meeting.run(event.data.meetingId, event.data.bodyId, event.data.date);
    case 'MeetingRescheduled':
      return void write.reschedule.run(event.data.date, event.data.meetingId);
    case 'MeetingCancelled':
      return void write.cancel.run(event.data.meetingId);
    case 'ItemTabled':
      return void write.item.run(event.data.meetingId, event.data.number, event.data.title);
    case 'AttendanceRecorded': {
      const { meetingId, present, apologies } = event.data;
      write.attendance(Number(event.position), meetingId, present, apologies);
      return void write.held.run(meetingId);
    }
  }
}

function foldPositionsAndActions(write: Statements, event: ProjectedEvent): void {
  switch (event.type) {
    case 'OptionsTabled':
    case 'ResolutionRecorded':
    case 'MatterReferred':
      return void write.proposal.run(event.data.proposalId, event.data.meetingId, event.data.item);
    case 'PositionRecorded': {
      const { proposalId, organisationId, stance, option, note, spokenBy } = event.data;
      return write.position(proposalId, organisationId, stance, option ?? null, note ?? null, spokenBy);
    }
    case 'ActionAssigned': {
      const { actionId, title, meetingId, item, dueOn, owners } = event.data;
      write.action.run(actionId, title, meetingId, item, dueOn ?? null);
      return write.owners(actionId, owners);
    }
    case 'ActionReassigned':
      return write.owners(event.data.actionId, event.data.owners);
    case 'DueDateExtended':
      return void write.actionDue.run(event.data.dueOn, event.data.actionId);
    case 'ActionCompleted':
      return void write.actionStatus.run('completed', event.data.actionId);
    case 'ActionCancelled':
      return void write.actionStatus.run('cancelled', event.data.actionId);
  }
}

export const peopleProjection: Projection = {
  name: PEOPLE,
  version: 1,
  tables: peopleTables,
  tableNames: peopleTableNames,
  // An appointment and a meeting's attendance are each one event's rows, never changed afterwards.
  appendOnly: { people_roles: 'position', people_attendance: 'position' },
  prepare(db) {
    const write = prepareStatements(db);
    return (event) => {
      foldDirectoryAndMeetings(write, event);
      foldPositionsAndActions(write, event);
    };
  },
};
