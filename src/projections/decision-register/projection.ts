/** The decision register's fold: meetings, matters and their resolutions, and what cites them. */
import { attendsForOrganisation } from '../../domain/meetings/state.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { sourceJson } from '../source-json.js';
import { foldCitation } from './citations.js';
import {
  DECISION_REGISTER,
  decisionRegisterTableNames,
  decisionRegisterTables,
  REFERRAL_RESOLUTION,
} from './tables.js';
import { prepareWriters, type Writers } from './writers.js';

function foldMeeting(writers: Writers, event: ProjectedEvent): void {
  switch (event.type) {
    case 'MeetingScheduled':
      writers.meeting.run(event.data.meetingId, event.data.bodyId, event.data.date);
      return;
    case 'MeetingRescheduled':
      // A decision is dated by the day its meeting was held, not the day first scheduled.
      writers.reschedule.run(event.data.date, event.data.meetingId);
      return;
    case 'AttendanceRecorded': {
      const { meetingId, present, apologies } = event.data;
      // A guest speaks to an item but is not party to the board's consensus; a substitute is.
      for (const person of present)
        if (person.organisationId && attendsForOrganisation(person))
          writers.attendance.run(meetingId, person.organisationId, 1);
      for (const person of apologies)
        if (person.organisationId) writers.attendance.run(meetingId, person.organisationId, 0);
      return;
    }
    case 'OrganisationRegistered':
    case 'OrganisationRenamed':
      writers.organisation.run(event.data.organisationId, event.data.name);
      return;
    case 'ItemTabled':
      writers.item.run(event.data.meetingId, event.data.number, event.data.title);
      for (const { proposal_id } of writers.proposalsAtItem.all(event.data.meetingId, event.data.number))
        writers.reindex(proposal_id);
      return;
  }
}

/** The business date of a change and where it was recorded from, shown beside it in the register. */
function when(event: ProjectedEvent): [string, string | null] {
  return [event.metadata.occurredAt.slice(0, 10), sourceJson(event)];
}

function foldMatter(writers: Writers, event: ProjectedEvent): void {
  switch (event.type) {
    case 'OptionsTabled':
      writers.openProposal.run(event.data.proposalId, event.data.meetingId, event.data.item);
      writers.options.run(event.data.question, JSON.stringify(event.data.options), event.data.proposalId);
      break;
    case 'PositionRecorded': {
      const { proposalId, organisationId, stance, option, note, spokenBy, inferredFrom } = event.data;
      writers.position.run(
        proposalId,
        organisationId,
        stance,
        option ?? null,
        note ?? null,
        spokenBy ?? null,
        inferredFrom ?? null,
      );
      break;
    }
    case 'OptionAgreed':
      writers.decision.run(
        event.data.proposalId,
        event.data.resolution,
        event.data.option,
        event.data.text,
        event.data.text,
      );
      break;
    case 'ResolutionRecorded':
      writers.openProposal.run(event.data.proposalId, event.data.meetingId, event.data.item);
      writers.decision.run(event.data.proposalId, event.data.resolution, null, event.data.text, event.data.text);
      break;
    case 'DecisionAmended': {
      const { proposalId, resolution, meetingId, reason, text } = event.data;
      writers.amend.run(text, proposalId, resolution);
      writers.change.run(
        proposalId,
        resolution,
        Number(event.position),
        'amended',
        meetingId,
        reason,
        text,
        ...when(event),
      );
      break;
    }
    case 'DecisionRescinded': {
      const { proposalId, resolution, meetingId, reason } = event.data;
      writers.rescind.run(proposalId, resolution);
      const at = when(event);
      writers.change.run(proposalId, resolution, Number(event.position), 'rescinded', meetingId, reason, null, ...at);
      break;
    }
    case 'MatterReferred': {
      const { proposalId, meetingId, item, bodyId, purpose } = event.data;
      writers.openProposal.run(proposalId, meetingId, item);
      writers.referral.run(proposalId, Number(event.position), meetingId, bodyId, purpose ?? null);
      // A matter the board only referred on ("it was agreed that the matter should ... be referred") is still
      // one of its decisions: without a resolution of its own it enters the register as the referral.
      if (!writers.hasDecision.get(proposalId)) {
        const text = `Referred to ${bodyId}${purpose ? `: ${purpose}` : ''}`;
        writers.decision.run(proposalId, REFERRAL_RESOLUTION, null, text, text);
      }
      break;
    }
    default:
      return;
  }
  writers.reindex(event.data.proposalId);
}

export const decisionRegisterProjection: Projection = {
  name: DECISION_REGISTER,
  version: 7,
  tables: decisionRegisterTables,
  tableNames: decisionRegisterTableNames,
  prepare(db) {
    const writers = prepareWriters(db);
    const fold = (event: ProjectedEvent) => {
      foldMeeting(writers, event);
      foldMatter(writers, event);
      foldCitation(writers, event);
    };
    return Object.assign(fold, { forget: writers.forget });
  },
};
