/**
 * One plain sentence per event: who did what to which entity, with names, dates and pounds as
 * people write them ("Stroud District Council pledged £10,000 to Devolution capacity"). The audit
 * trail page and `ledger history` show it beside the stored event, which stays the record.
 */
import { formatDate, formatMoney } from './format.js';
import type { Names } from './names.js';

type Data = Record<string, unknown>;
type Sentence = (data: Data, names: Names) => string;

interface Owner {
  readonly kind?: string;
  readonly name?: string;
  readonly id?: string;
  readonly organisation?: string;
}
interface Party {
  readonly kind: string;
  readonly id: string;
}
interface DecisionRef {
  readonly proposalId?: string;
  readonly resolution?: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const money = (value: unknown): string => (typeof value === 'number' ? formatMoney(value) : 'an amount');
const date = (value: unknown): string => (typeof value === 'string' ? formatDate(value) : '');
const because = (data: Data): string => (text(data.reason) ? `: ${text(data.reason)}` : '');
const people = (value: unknown): Owner[] => (Array.isArray(value) ? (value as Owner[]) : []);

function owner(entry: Owner, names: Names): string {
  if (entry.kind === 'organisation') return names.organisation(entry.id);
  if (entry.kind === 'body') return names.body(entry.id);
  const of = entry.organisation ? ` (${names.organisation(entry.organisation)})` : '';
  return `${entry.name ?? entry.id ?? 'someone'}${of}`;
}

const owners = (value: unknown, names: Names) =>
  people(value)
    .map((entry) => owner(entry, names))
    .join(' and ');
const party = (value: unknown, names: Names) =>
  value && typeof value === 'object' ? names.party(value as Party) : names.organisation(text(value));
/** "resolution 5 a) of Leadership Gloucestershire, 27 October 2016", from a proposal id (lg-2016-10-27-item-5). */
function resolutionOf(proposalId: string, resolution: string | undefined, names: Names): string {
  const matter = /^(.+)-item-([^-]+)$/.exec(proposalId);
  const label = matter
    ? `${matter[2]}${resolution ? ` ${resolution})` : ''} of ${names.meeting(matter[1])}`
    : proposalId;
  return `resolution ${label}`;
}
const decision = (value: unknown, names: Names) => {
  const ref = (value ?? {}) as DecisionRef;
  return ref.proposalId ? `, under ${resolutionOf(ref.proposalId, ref.resolution, names)}` : '';
};
const resolution = (d: Data, names: Names) => resolutionOf(text(d.proposalId), text(d.resolution) || undefined, names);
const capital = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);
const stances: Readonly<Record<string, string>> = {
  support: 'supported',
  'support-with-concerns': 'supported, with concerns,',
  concerns: 'had concerns about, without supporting,',
  oppose: 'opposed',
  abstain: 'abstained on',
};
const item = (data: Data, names: Names) => `item ${text(data.item)} of ${names.meeting(text(data.meetingId))}`;

const sentences: Readonly<Record<string, Sentence>> = {
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
    `${text(d.person)} was appointed ${text(d.role)} for ${n.organisation(text(d.organisationId))} on ${n.body(text(d.bodyId))}`,
  TermsOfReferenceAdopted: (d, n) => `${n.body(text(d.bodyId))} adopted its terms of reference (${text(d.version)})`,
  MeetingScheduled: (d, n) =>
    `A ${d.special ? 'special ' : ''}meeting of ${n.body(text(d.bodyId))} was scheduled for ${date(d.date)}` +
    (d.venue ? ` at ${text(d.venue)}` : ''),
  MeetingRescheduled: (d, n) =>
    `${n.meeting(text(d.meetingId))} was moved from ${date(d.previousDate)} to ${date(d.date)}${because(d)}`,
  MeetingVenueChanged: (d, n) =>
    `${n.meeting(text(d.meetingId))} moved from ${text(d.previousVenue) || 'no venue'} to ${text(d.venue)}${because(d)}`,
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
    `${n.organisation(text(d.organisationId))} ${stances[text(d.stance)] ?? `took the position "${text(d.stance)}" on`} ` +
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
    `The condition on ${party(d.organisation, n)}'s pledge to ${n.fund(text(d.fundId))} was met`,
  PledgeConditionWaived: (d, n) =>
    `The condition on ${party(d.organisation, n)}'s pledge to ${n.fund(text(d.fundId))} was waived${because(d)}`,
  PledgeLapsed: (d, n) => `${party(d.organisation, n)}'s pledge of ${money(d.amountPence)} lapsed${because(d)}`,
  PledgeWithdrawn: (d, n) => `${party(d.organisation, n)} withdrew its pledge of ${money(d.amountPence)}${because(d)}`,
  PledgeAmended: (d, n) =>
    `${party(d.organisation, n)}'s pledge went from ${money(d.previousAmountPence)} to ${money(d.amountPence)}${because(d)}`,
  ContributionRecorded: (d, n) =>
    `${money(d.amountPence)} was received from ${party(d.organisation, n)} on ${date(d.receivedOn)}` +
    (d.remittanceReference ? ` (reference ${text(d.remittanceReference)})` : ''),
  FundingAllocated: (d, n) =>
    `${money(d.amountPence)} of ${n.fund(text(d.fundId))} was allocated to ${party(d.recipient, n)}` +
    decision(d.decision, n) +
    `: ${text(d.purpose)}`,
  PaymentRecorded: (d, n) =>
    `${money(d.amountPence)} was paid out of ${n.fund(text(d.fundId))} on ${date(d.paidOn)} against ${text(d.allocationId)}`,
  FundClosed: (d, n) => `${n.fund(text(d.fundId))} was closed${because(d)}`,
  ActionAssigned: (d, n) =>
    `"${text(d.title)}" was assigned to ${owners(d.owners, n)}${d.dueOn ? `, due ${date(d.dueOn)}` : ''}`,
  ProgressRecorded: (d) => `Progress as of ${date(d.asOf)}${d.rag ? ` (${text(d.rag)})` : ''}: ${text(d.note)}`,
  ActionCompleted: (d) => `The action was completed on ${date(d.completedOn)}${d.note ? `: ${text(d.note)}` : ''}`,
  ActionReassigned: (d, n) =>
    `The action was reassigned to ${owners(d.owners, n)} on ${date(d.reassignedOn)}${because(d)}`,
  DueDateExtended: (d) =>
    `The action's due date ${d.previousDueOn ? `moved from ${date(d.previousDueOn)} to` : 'was set to'} ${date(d.dueOn)}${because(d)}`,
  ActionCancelled: (d) => `The action was cancelled on ${date(d.cancelledOn)}${because(d)}`,
  ActionReviewed: (d, n) => `The action was reviewed at ${n.meeting(text(d.meetingId))}: ${text(d.note)}`,
};

/** "PledgeRecorded" -> "Pledge recorded", for an event type this file has no sentence for yet. */
const spelledOut = (type: string) =>
  type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** What the event says happened, in one sentence with names; never throws on data it does not expect. */
export function eventSentence(event: { readonly type: string; readonly data: unknown }, names: Names): string {
  const sentence = sentences[event.type];
  const data = (event.data && typeof event.data === 'object' ? event.data : {}) as Data;
  return sentence ? sentence(data, names) : spelledOut(event.type);
}
