/** The partner profile's fold: one organisation across the directory, meetings, decisions, funds and actions. */
import { attendsForOrganisation } from '../../domain/meetings/state.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { prepareStatements, type Statements } from './statements.js';
import { PARTNER_PROFILE, partnerProfileTableNames, partnerProfileTables } from './tables.js';

function foldDirectoryAndMeetings(write: Statements, event: ProjectedEvent): void {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { organisationId, name, type, identifier } = event.data;
      return void write.organisation.run(organisationId, name, type, identifier ?? null);
    }
    case 'OrganisationRenamed':
      return void write.rename.run(event.data.name, event.data.organisationId);
    case 'OrganisationDissolved':
      return void write.dissolve.run(event.data.dissolvedOn, event.data.successorId ?? null, event.data.organisationId);
    case 'BodyEstablished':
      return void write.body.run(event.data.bodyId, event.data.name);
    case 'MemberAdmitted':
      return void write.admit.run(event.data.bodyId, event.data.organisationId, event.data.admittedOn);
    case 'MemberWithdrawn':
      return void write.withdraw.run(event.data.withdrawnOn, event.data.bodyId, event.data.organisationId);
    case 'RepresentativeAppointed': {
      const { bodyId, organisationId, person, role, from, to } = event.data;
      return void write.representative.run(
        Number(event.position),
        bodyId,
        organisationId,
        person,
        role,
        from,
        to ?? null,
      );
    }
    case 'MeetingScheduled':
      return void write.meeting.run(event.data.meetingId, event.data.bodyId, event.data.date);
    case 'MeetingRescheduled':
      return void write.reschedule.run(event.data.date, event.data.meetingId);
    case 'MeetingCancelled':
      return void write.cancel.run(event.data.meetingId);
    case 'ItemTabled':
      return void write.item.run(event.data.meetingId, event.data.number, event.data.title);
    case 'AttendanceRecorded':
      // As in the attendance report: a guest does not attend for the organisation, a substitute does.
      for (const person of event.data.present)
        if (person.organisationId && attendsForOrganisation(person))
          write.presence.run(event.data.meetingId, person.organisationId, 1, 0);
      for (const person of event.data.apologies)
        if (person.organisationId) write.presence.run(event.data.meetingId, person.organisationId, 0, 1);
      return void write.held.run(event.data.meetingId);
  }
}

function foldDecisionsAndFunds(write: Statements, event: ProjectedEvent): void {
  switch (event.type) {
    case 'OptionsTabled':
    case 'ResolutionRecorded':
    case 'MatterReferred':
      return void write.proposal.run(event.data.proposalId, event.data.meetingId, event.data.item);
    case 'PositionRecorded': {
      const { proposalId, organisationId, stance, option, note, spokenBy, inferredFrom } = event.data;
      return void write.position.run(
        proposalId,
        organisationId,
        stance,
        option ?? null,
        note ?? null,
        spokenBy ?? null,
        inferredFrom ?? null,
      );
    }
    case 'FundOpened':
      return void write.fund.run(event.data.fundId, event.data.name);
    case 'PledgeRecorded': {
      const { fundId, pledgeId, organisation, amountPence, condition } = event.data;
      return void write.pledge.run(fundId, pledgeId, organisation, amountPence, condition ?? null, condition ? 1 : 0);
    }
    case 'PledgeConditionSatisfied':
    case 'PledgeConditionWaived':
      return void write.conditionMet.run(event.data.fundId, event.data.pledgeId);
    case 'PledgeAmended':
      return void write.pledgeAmount.run(event.data.amountPence, event.data.fundId, event.data.pledgeId);
    case 'PledgeLapsed':
      return void write.pledgeEnded.run('lapsed', event.data.fundId, event.data.pledgeId);
    case 'PledgeWithdrawn':
      return void write.pledgeEnded.run('withdrawn', event.data.fundId, event.data.pledgeId);
    case 'ContributionRecorded': {
      const { fundId, organisation, pledgeId, amountPence, receivedOn, remittanceReference } = event.data;
      return void write.contribution.run(
        Number(event.position),
        fundId,
        organisation,
        pledgeId,
        amountPence,
        receivedOn,
        remittanceReference,
      );
    }
    case 'FundingAllocated': {
      const { fundId, allocationId, recipient, purpose, amountPence, decision } = event.data;
      return void write.allocation.run(
        fundId,
        allocationId,
        recipient.kind,
        recipient.id,
        purpose,
        amountPence,
        decision.proposalId,
        decision.resolution,
      );
    }
    case 'PaymentRecorded':
      return void write.payment.run(event.data.amountPence, event.data.fundId, event.data.allocationId);
  }
}

function foldActions(write: Statements, event: ProjectedEvent): void {
  switch (event.type) {
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

export const partnerProfileProjection: Projection = {
  name: PARTNER_PROFILE,
  // 2: organisations keep their org-id identifier, for the open-data formats; 3: positions carry
  // what they were inferred from and attendance counts substitutes for their organisation; 6: people;
  // 7: people moved to their own read model (src/projections/people).
  version: 7,
  tables: partnerProfileTables,
  tableNames: partnerProfileTableNames,
  prepare(db) {
    const write = prepareStatements(db);
    return (event) => {
      foldDirectoryAndMeetings(write, event);
      foldDecisionsAndFunds(write, event);
      foldActions(write, event);
    };
  },
};
