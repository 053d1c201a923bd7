/**
 * One plain sentence per event: who did what to which entity, with names, dates and pounds as
 * people write them ("Stroud District Council pledged £10,000 to Devolution capacity"). The audit
 * trail page and `ledger history` show it beside the stored event, which stays the record.
 */
import type { LedgerEvent } from '../../domain/index.js';
import type { Names } from './names.js';
import { programmeSentences } from './programme-sentences.js';
import {
  because,
  capital,
  date,
  decision,
  item,
  money,
  owners,
  party,
  people,
  resolution,
  stances,
  text,
  type Data,
  type Sentence,
} from './sentence-parts.js';

type EventType = LedgerEvent['type'];
const ledgerSentences = {
  OrganisationRegistered: (d) => `${text(d.name)} was registered`,
  OrganisationRenamed: (d) => `${text(d.previousName)} was renamed ${text(d.name)} on ${date(d.renamedOn)}`,
  OrganisationDissolved: (d, n) =>
    `${n.organisation(text(d.organisationId))} was dissolved on ${date(d.dissolvedOn)}` +
    (d.successorId ? `, succeeded by ${n.organisation(text(d.successorId))}` : ''),
  BodyEstablished: (d) => `${text(d.name)} was established${d.establishedOn ? ` on ${date(d.establishedOn)}` : ''}`,
  MemberAdmitted: (d, n) => `${n.organisation(text(d.organisationId))} became a member of ${n.body(text(d.bodyId))}`,
  MemberWithdrawn: (d, n) =>
    `${n.organisation(text(d.organisationId))} left ${n.body(text(d.bodyId))} on ${date(d.withdrawnOn)}${because(d)}`,
  RepresentativeAppointed: (d, n) =>
    `${text(d.person)} was appointed ${text(d.role)} for ${n.organisation(text(d.organisationId))} ` +
    `on ${n.body(text(d.bodyId))}`,
  TermsOfReferenceAdopted: (d, n) => `${n.body(text(d.bodyId))} adopted its terms of reference (${text(d.version)})`,
  MeetingScheduled: (d, n) =>
    `A ${d.special ? 'special ' : ''}meeting of ${n.body(text(d.bodyId))} was scheduled for ${date(d.date)}` +
    (d.venue ? ` at ${text(d.venue)}` : ''),
  MeetingRescheduled: (d, n) =>
    `${n.meeting(text(d.meetingId))} was moved from ${date(d.previousDate)} to ${date(d.date)}${because(d)}`,
  MeetingVenueChanged: (d, n) =>
    `${n.meeting(text(d.meetingId))} moved from ${text(d.previousVenue) || 'no venue'} ` +
    `to ${text(d.venue)}${because(d)}`,
  AttendanceRecorded: (d, n) =>
    `Attendance at ${n.meeting(text(d.meetingId))} was recorded: ${people(d.present).length} present, ` +
    `${people(d.apologies).length} apologies`,
  ItemTabled: (d, n) => `Item ${text(d.number)}, "${text(d.title)}", was tabled at ${n.meeting(text(d.meetingId))}`,
  MinutesConfirmed: (d, n) =>
    `The minutes of ${n.meeting(text(d.meetingId))} were confirmed at ${n.meeting(text(d.confirmedAtMeetingId))}`,
  MeetingCancelled: (d, n) => `${n.meeting(text(d.meetingId))} was cancelled${because(d)}`,
  OptionsTabled: (d, n) =>
    `${Object.keys(d.options ?? {}).length} options were put to ${item(d, n)}: ${text(d.question)}`,
  PositionRecorded: (d, n) =>
    `${n.organisation(text(d.organisationId))} ` +
    `${stances[text(d.stance)] ?? `took the position "${text(d.stance)}" on`} ` +
    (d.option ? `option ${text(d.option)}` : 'the proposal') +
    (d.inferredFrom ? ' (inferred from the minutes\u2019 collective statement)' : ''),
  OptionAgreed: (d, n) => `Option ${text(d.option)} was agreed as ${resolution(d, n)}: ${text(d.text)}`,
  ResolutionRecorded: (d, n) => `${capital(resolution(d, n))}: ${text(d.text)}`,
  DecisionAmended: (d, n) => `${capital(resolution(d, n))} was amended at ${n.meeting(text(d.meetingId))}${because(d)}`,
  DecisionRescinded: (d, n) =>
    `${capital(resolution(d, n))} was rescinded at ${n.meeting(text(d.meetingId))}${because(d)}`,
  MatterReferred: (d, n) => `${item(d, n)} was referred to ${n.body(text(d.bodyId))}: ${text(d.purpose)}`,
  DecisionLinked: (d, n) => `${capital(resolution(d, n))} was linked to another body's decision (${text(d.kind)})`,
  FundOpened: (d, n) =>
    `${text(d.name)} was opened, held by ${n.organisation(text(d.holder))}` +
    (typeof d.openingBalancePence === 'number' ? `, opening balance ${money(d.openingBalancePence)}` : ''),
  PledgeRecorded: (d, n) =>
    `${party(d.organisation, n)} pledged ${money(d.amountPence)} to ${n.fund(text(d.fundId))}` +
    (d.condition ? ', on a condition' : '') +
    decision(d.decision, n),
  PledgeConditionSatisfied: (d, n) =>
    `The condition on ${party(d.organisation, n)}'s pledge to ${n.fund(text(d.fundId))} was met` +
    (text(d.note) ? `: ${text(d.note)}` : ''),
  PledgeConditionWaived: (d, n) =>
    `The condition on ${party(d.organisation, n)}'s pledge to ${n.fund(text(d.fundId))} was waived${because(d)}`,
  PledgeLapsed: (d, n) => `${party(d.organisation, n)}'s pledge of ${money(d.amountPence)} lapsed${because(d)}`,
  PledgeWithdrawn: (d, n) => `${party(d.organisation, n)} withdrew its pledge of ${money(d.amountPence)}${because(d)}`,
  PledgeAmended: (d, n) =>
    `${party(d.organisation, n)}'s pledge went from ${money(d.previousAmountPence)} ` +
    `to ${money(d.amountPence)}${because(d)}`,
  ContributionRecorded: (d, n) =>
    `${money(d.amountPence)} was received from ${party(d.organisation, n)} on ${date(d.receivedOn)}` +
    (d.remittanceReference ? ` (reference ${text(d.remittanceReference)})` : ''),
  FundingAllocated: (d, n) =>
    `${money(d.amountPence)} of ${n.fund(text(d.fundId))} was allocated to ${party(d.recipient, n)}` +
    decision(d.decision, n) +
    `: ${text(d.purpose)}`,
  PaymentRecorded: (d, n) =>
    `${money(d.amountPence)} was paid out of ${n.fund(text(d.fundId))} on ${date(d.paidOn)} ` +
    `against ${n.allocation(text(d.fundId), text(d.allocationId))}` +
    (d.reference ? ` (reference ${text(d.reference)})` : ''),
  FundClosed: (d, n) => `${n.fund(text(d.fundId))} was closed${because(d)}`,
  ActionAssigned: (d, n) =>
    `"${text(d.title)}" was assigned to ${owners(d.owners, n)}${d.dueOn ? `, due ${date(d.dueOn)}` : ''}`,
  ProgressRecorded: (d) => `Progress as of ${date(d.asOf)}${d.rag ? ` (${text(d.rag)})` : ''}: ${text(d.note)}`,
  ActionCompleted: (d) => `The action was completed on ${date(d.completedOn)}${d.note ? `: ${text(d.note)}` : ''}`,
  ActionReassigned: (d, n) =>
    `The action was reassigned to ${owners(d.owners, n)} on ${date(d.reassignedOn)}${because(d)}`,
  DueDateExtended: (d) =>
    `The action's due date ${d.previousDueOn ? `moved from ${date(d.previousDueOn)} to` : 'was set to'} ` +
    `${date(d.dueOn)}${because(d)}`,
  ActionCancelled: (d) => `The action was cancelled on ${date(d.cancelledOn)}${because(d)}`,
  ActionReviewed: (d, n) => `The action was reviewed at ${n.meeting(text(d.meetingId))}: ${text(d.note)}`,
} satisfies Record<Exclude<EventType, keyof typeof programmeSentences>, Sentence>;

/** Every event type the domain declares has its sentence: the compiler refuses a type without one. */
const sentences: Readonly<Record<EventType, Sentence>> = { ...ledgerSentences, ...programmeSentences };

/** Whether `type` is one the domain declares (and so has a sentence of its own). */
function hasSentence(type: string): type is EventType {
  return Object.hasOwn(sentences, type);
}

/** "PledgeRecorded" -> "Pledge recorded", for a type no version of the domain declares (a damaged store). */
const spelledOut = (type: string) =>
  type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** What the event says happened, in one sentence with names; never throws on data it does not expect. */
export function eventSentence(event: { readonly type: string; readonly data: unknown }, names: Names): string {
  const data = (event.data && typeof event.data === 'object' ? event.data : {}) as Data;
  return hasSentence(event.type) ? sentences[event.type](data, names) : spelledOut(event.type);
}
