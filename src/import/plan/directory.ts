/** Organisation, Body and Fund documents as directory and funding commands. */
import type { BodyDocument, FundFields, OrganisationDocument } from '../schemas/directory.js';
import type { DecisionCitation } from '../schemas/common.js';
import { CommandList, type PlannedCommand } from './planned.js';

export function citation(decision: DecisionCitation | undefined): { proposalId: string; resolution: string } | undefined {
  return decision ? { proposalId: decision.proposal, resolution: decision.resolution } : undefined;
}

export function planOrganisation(doc: OrganisationDocument, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey);
  const section = `Organisation ${doc.id}`;
  list.add('RegisterOrganisation', { organisationId: doc.id, name: doc.name, type: doc.type, identifier: doc.identifier }, {
    path: 'register',
    fieldPath: [],
    section,
  });
  if (doc.dissolved) {
    const { on, successor, reason } = doc.dissolved;
    list.add('DissolveOrganisation', { organisationId: doc.id, dissolvedOn: on, successorId: successor, reason }, {
      path: 'dissolve',
      fieldPath: ['dissolved'],
      section,
      occurredAt: on,
    });
  }
  return list.commands;
}

/** Established, then members admitted, representatives appointed, departures and terms of reference. */
export function planBody(doc: BodyDocument, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey, doc.established);
  const section = `Body ${doc.id}`;
  const bodyId = doc.id;
  list.add(
    'EstablishBody',
    {
      bodyId,
      name: doc.name,
      type: doc.type,
      establishedOn: doc.established,
      parentBodyId: doc.parent,
      establishedBy: citation(doc.establishedBy),
      secretariatId: doc.secretariat,
    },
    { path: 'establish', fieldPath: [], section },
  );
  const members = (doc.members ?? []).map((member) => (typeof member === 'string' ? { organisation: member } : member));
  members.forEach((member, index) => {
    const admittedOn = member.from ?? doc.established;
    list.add('AdmitMember', { bodyId, organisationId: member.organisation, admittedOn }, {
      path: `members.${member.organisation}`,
      fieldPath: ['members', index],
      section,
      occurredAt: admittedOn,
    });
  });
  doc.representatives?.forEach((representative, index) => {
    const { person, organisation, role, to } = representative;
    const from = representative.from ?? doc.established;
    list.add('AppointRepresentative', { bodyId, organisationId: organisation, person, role, from, to }, {
      path: `representatives.${organisation}.${encodeURIComponent(person)}.${role}`,
      fieldPath: ['representatives', index],
      section,
      occurredAt: from,
    });
  });
  members.forEach((member, index) => {
    if (member.to === undefined) return;
    list.add('WithdrawMember', { bodyId, organisationId: member.organisation, withdrawnOn: member.to }, {
      path: `members.${member.organisation}.withdraw`,
      fieldPath: ['members', index, 'to'],
      section,
      occurredAt: member.to,
    });
  });
  if (doc.termsOfReference) {
    const { version, adopted, noticeDays, missedMeetingsLimit, document } = doc.termsOfReference;
    list.add('AdoptTermsOfReference', { bodyId, version, adoptedOn: adopted, noticeDays, missedMeetingsLimit, document }, {
      path: 'termsOfReference',
      fieldPath: ['termsOfReference'],
      section,
      occurredAt: adopted,
    });
  }
  return list.commands;
}

/** The OpenFund data for a fund written in a Fund document or in the decision that opened it. */
export function openFundData(fund: FundFields, decision: { proposalId: string; resolution: string } | undefined, pledgers: readonly string[] = []) {
  const basics = { fundId: fund.id, name: fund.name, holder: fund.holder, decision: citation(fund.decision) ?? decision };
  switch (fund.type) {
    case 'pooled-pot':
      return { ...basics, kind: fund.type, perPartnerAsk: fund.perPartner, askedOrganisations: fund.asked ?? [...pledgers] };
    case 'grant-source':
      return { ...basics, kind: fund.type, openingBalance: fund.openingBalance };
    case 'external-award':
      return { ...basics, kind: fund.type, funder: fund.funder, award: fund.award };
  }
}

export function planFund(doc: FundFields, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey, doc.opened);
  list.add('OpenFund', openFundData(doc, undefined), { path: 'open', fieldPath: [], section: `Fund ${doc.id}` });
  return list.commands;
}
