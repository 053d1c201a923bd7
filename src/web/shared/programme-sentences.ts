/**
 * The sentences for the people directory, papers, partners' own authorisations, scrutiny
 * recommendations, work programmes and task groups: the events the first table in
 * event-sentences.ts was written before.
 */
import { formatDate } from './format.js';
import type { Names } from './names.js';
import { because, date, decision, party, text, type Data, type Sentence } from './sentence-parts.js';

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

/** "2012-06" as "June 2012". */
const month = (value: unknown): string => formatDate(`${text(value)}-01`).replace(/^1 /, '');

/** Where a planned item stands: the meeting when one is named, otherwise its month. */
const plannedFor = (d: Data, names: Names, meetingKey: string, monthKey: string): string =>
  text(d[meetingKey]) ? names.meeting(text(d[meetingKey])) : month(d[monthKey]);

const responses: Readonly<Record<string, string>> = {
  accepted: 'accepted',
  'partly-accepted': 'partly accepted',
  rejected: 'rejected',
};

export const programmeSentences = {
  PersonRegistered: (d) =>
    `${text(d.name)} was added to the directory of people` +
    (list(d.aliases).length > 0 ? `, also written ${list(d.aliases).join(', ')}` : ''),
  PapersPublished: (d, n) => `The papers for ${n.meeting(text(d.meetingId))} were published on ${date(d.publishedOn)}`,
  PartnerAuthorisationRecorded: (d, n) =>
    `${text(d.decidedBy) || party(d.organisation, n)} authorised ${party(d.organisation, n)}'s pledge to ` +
    `${n.fund(text(d.fundId))} on ${date(d.decidedOn)} (${text(d.reference)})`,
  RecommendationMade: (d, n) =>
    `${n.body(text(d.scrutinyBodyId))} recommended to ${party(d.to, n)} on ${date(d.madeOn)}: ${text(d.text)}` +
    ` (a response is due by ${date(d.responseDueOn)})`,
  RecommendationResponded: (d) =>
    `${text(d.respondedBy) || 'The recipient'} ${responses[text(d.response)] ?? `answered "${text(d.response)}" to`}` +
    ` the recommendation on ${date(d.respondedOn)}: ${text(d.reasons)}`,
  RecommendationActionTracked: (d) => `Action ${text(d.actionId)} was tracked as carrying out the recommendation`,
  ItemPlanned: (d, n) =>
    `"${text(d.title)}" (for ${text(d.kind)}, lead officer ${text(d.leadOfficer)}) was put on the work programme` +
    ` of ${n.body(text(d.bodyId))} for ${plannedFor(d, n, 'meetingId', 'month')}`,
  ItemReplanned: (d, n) =>
    `The item moved from ${plannedFor(d, n, 'fromMeetingId', 'fromMonth')} to ` +
    `${plannedFor(d, n, 'meetingId', 'month')}${because(d)}`,
  ItemTaken: (d, n) => `The item was taken at ${n.meeting(text(d.meetingId))}`,
  ItemDropped: (d) => `The item was dropped from the work programme on ${date(d.droppedOn)}${because(d)}`,
  TaskGroupSetUp: (d, n) =>
    `${n.body(text(d.bodyId))} set up ${text(d.name)}, chaired by ${text(d.chair)}, to report back by ` +
    `${date(d.endsOn)}${decision(d.setUpBy, n)}`,
  TaskGroupReportedBack: (d, n) =>
    `The group reported back to ${n.meeting(text(d.meetingId))}, item ${text(d.item)}: ${text(d.summary)}`,
  TaskGroupEnded: (d) => `The group ended on ${date(d.endedOn)}${because(d)}`,
  WorkProgrammeReviewed: (d, n) =>
    `${n.body(text(d.bodyId))} reviewed its work programme at ${n.meeting(text(d.meetingId))}, item ` +
    `${text(d.item)}${text(d.note) ? `: ${text(d.note)}` : ''}`,
} satisfies Readonly<Record<string, Sentence>>;
