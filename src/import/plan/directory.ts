/** Organisation, Person, Body and Fund documents as directory and funding commands. */
import type { BodyDocument, FundFields, OrganisationDocument, PersonDocument } from '../schemas/directory.js';
import type { DecisionCitation } from '../schemas/common.js';
import type { FieldPath } from '../yaml-file.js';
import { CommandList, type PlannedCommand } from './planned.js';

export function citation(
  decision: DecisionCitation | undefined,
): { proposalId: string; resolution: string } | undefined {
  return decision ? { proposalId: decision.proposal, resolution: decision.resolution } : undefined;
}

export function planOrganisation(doc: OrganisationDocument, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey);
  const section = `Organisation ${doc.id}`;
  list.add(
    'RegisterOrganisation',
    { organisationId: doc.id, name: doc.name, type: doc.type, identifier: doc.identifier },
    {
      path: 'register',
      fieldPath: [],
      section,
    },
  );
  if (doc.dissolved) {
    const { on, successor, reason } = doc.dissolved;
    list.add(
      'DissolveOrganisation',
      { organisationId: doc.id, dissolvedOn: on, successorId: successor, reason },
      {
        path: 'dissolve',
        fieldPath: ['dissolved'],
        section,
        occurredAt: on,
      },
    );
  }
  return list.commands;
}

export function planPerson(doc: PersonDocument, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey);
  const { name, aliases, titles } = doc;
  list.add(
    'RegisterPerson',
    { personId: doc.id, name, aliases, titles },
    { path: 'register', fieldPath: [], section: `Person ${doc.id}` },
  );
  return list.commands;
}

/** Established, then members admitted, representatives appointed, departures and terms of reference. */
export function planBody(doc: BodyDocument, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey, doc.established);
  const where = (path: string, fieldPath: FieldPath, occurredAt?: string) => ({
    path,
    fieldPath,
    section: `Body ${doc.id}`,
    ...(occurredAt ? { occurredAt } : {}),
  });
  const bodyId = doc.id;
  const { name, type, established: establishedOn, parent: parentBodyId, secretariat: secretariatId } = doc;
  const councilId = doc.council;
  const establishedBy = citation(doc.establishedBy);
  list.add(
    'EstablishBody',
    { bodyId, name, type, establishedOn, parentBodyId, establishedBy, secretariatId, councilId },
    where('establish', []),
  );
  const members = (doc.members ?? []).map((member) => (typeof member === 'string' ? { organisation: member } : member));
  members.forEach((member, index) => {
    // The document schema makes sure one of the two is given.
    const admittedOn = (member.from ?? establishedOn)!;
    list.add(
      'AdmitMember',
      { bodyId, organisationId: member.organisation, admittedOn },
      where(`members.${member.organisation}`, ['members', index], admittedOn),
    );
  });
  doc.representatives?.forEach((representative, index) => {
    const { person, organisation, role, to } = representative;
    const from = (representative.from ?? establishedOn)!;
    const path = `representatives.${organisation}.${encodeURIComponent(person)}.${role}`;
    list.add(
      'AppointRepresentative',
      { bodyId, organisationId: organisation, person, role, from, to },
      where(path, ['representatives', index], from),
    );
  });
  members.forEach((member, index) => {
    if (member.to === undefined) return;
    const data = { bodyId, organisationId: member.organisation, withdrawnOn: member.to };
    list.add(
      'WithdrawMember',
      data,
      where(`members.${member.organisation}.withdraw`, ['members', index, 'to'], member.to),
    );
  });
  if (doc.termsOfReference) {
    const { version, adopted, noticeDays, missedMeetingsLimit, document } = doc.termsOfReference;
    const data = { bodyId, version, adoptedOn: adopted, noticeDays, missedMeetingsLimit, document };
    list.add('AdoptTermsOfReference', data, where('termsOfReference', ['termsOfReference'], adopted));
  }
  return list.commands;
}

/** The OpenFund data for a fund written in a Fund document or in the decision that opened it. */
export function openFundData(
  fund: FundFields,
  decision: { proposalId: string; resolution: string } | undefined,
  pledgers: readonly string[] = [],
) {
  const basics = {
    fundId: fund.id,
    name: fund.name,
    holder: fund.holder,
    ...(fund.purpose === undefined ? {} : { purpose: fund.purpose }),
    decision: citation(fund.decision) ?? decision,
  };
  switch (fund.type) {
    case 'pooled-pot':
      return {
        ...basics,
        kind: fund.type,
        perPartnerAsk: fund.perPartner,
        askedOrganisations: fund.asked ?? [...pledgers],
      };
    case 'grant-source':
      return { ...basics, kind: fund.type, openingBalance: fund.openingBalance };
    case 'external-award':
      return { ...basics, kind: fund.type, funder: fund.funder, award: fund.award };
  }
}

export function planFund(doc: FundFields, docKey: string): PlannedCommand[] {
  const list = new CommandList(docKey, doc.opened, doc.illustrative ? 'illustrative' : 'minutes');
  list.add('OpenFund', openFundData(doc, undefined), { path: 'open', fieldPath: [], section: `Fund ${doc.id}` });
  return list.commands;
}
