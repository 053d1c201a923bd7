/**
 * What the decisions feature records on a `proposal-<id>` stream, each event declared once with
 * its schema (the contract) and how the proposal's state takes it. The first event of a stream
 * (options tabled, a resolution, a referral or a link) carries the meeting and item the matter
 * belongs to.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import {
  evolverOf,
  folding,
  schemasOf,
  type EventDataOf,
  type EventsOf,
  type EventTable,
} from '../shared/event-table.js';
import { Slug } from '../shared/identifiers.js';
import { PersonName } from '../directory/events.js';
import { ItemNumber } from '../meetings/events.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';
import { OptionKey } from './option-keys.js';
import { DecisionLinkedData } from '../lineage/events.js';
import { linkOf } from '../lineage/state.js';
import type { OpenedProposal, PositionState, ProposalState, ResolutionState } from './state.js';

export const MeetingId = Slug.describe('The meeting, e.g. lg-2016-10-27');

export { OptionKey };

export const Stance = z
  .enum(['support', 'support-with-concerns', 'concerns', 'oppose', 'abstain'])
  .describe(
    'Where the partner stood: support; support-with-concerns (supported, with concerns minuted); ' +
      'concerns (had concerns and did not support); oppose; abstain',
  );
export type Stance = z.infer<typeof Stance>;

/**
 * The minutes' own collective sentence a position is inferred from, when they do not record the
 * partner's position individually ("Nine of the 10 partners around the table broadly supported option 3").
 */
export const InferredFrom = humanText(1000).describe(
  'When the minutes record no individual position: their collective statement the position is inferred from, ' +
    'word for word, e.g. Nine of the 10 partners around the table broadly supported option 3',
);

const text = (what: string) => humanText(4000).describe(what);

/** Tabling, a resolution, a referral or a link may come first; whichever does names the meeting and item. */
function openedBy(state: ProposalState, data: { proposalId: string; meetingId: string; item: string }): OpenedProposal {
  if (state.opened) return state;
  const { proposalId, meetingId, item } = data;
  return {
    opened: true,
    proposalId,
    meetingId,
    item,
    options: {},
    positions: [],
    resolutions: [],
    referrals: [],
    links: [],
  };
}

/** `decide` never emits these events before the proposal is opened, so meeting one is a corrupt stream. */
function alreadyOpened(state: ProposalState, type: string): OpenedProposal {
  if (!state.opened) throw new Error(`Bug: ${type} on a proposal that was never opened`);
  return state;
}

function changeResolution(
  state: ProposalState,
  type: string,
  letter: string,
  change: (r: ResolutionState) => ResolutionState,
): ProposalState {
  const proposal = alreadyOpened(state, type);
  if (!proposal.resolutions.some((r) => r.letter === letter))
    throw new Error(`Bug: resolution ${letter} of ${proposal.proposalId} is not recorded`);
  return { ...proposal, resolutions: proposal.resolutions.map((r) => (r.letter === letter ? change(r) : r)) };
}

function newResolution(letter: string, text: string, option?: string): ResolutionState {
  return { letter, text, originalText: text, status: 'in-force', amendments: [], ...defined({ option }) };
}

/** Optional fields are left out rather than set to undefined, so states compare and print cleanly. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const on = folding<ProposalState>();

export const decisionsEvents = {
  /** Numbered options were put to the meeting; opens the proposal if it was new. */
  OptionsTabled: on(
    z.object({
      proposalId: ProposalId,
      meetingId: MeetingId,
      item: ItemNumber,
      question: text(
        'What the meeting was asked to decide, e.g. How should community safety partnerships be organised?',
      ),
      options: z.record(OptionKey, text('What the option proposes')).describe('The options by number'),
    }),
    (state, data) => ({ ...openedBy(state, data), question: data.question, options: data.options }),
  ),
  /**
   * A partner present at the meeting stated its stance, or the minutes' collective statement
   * implies it; one per partner per proposal.
   */
  PositionRecorded: on(
    z.object({
      proposalId: ProposalId,
      organisationId: Slug.describe('The partner whose position this is, e.g. stroud-district-council'),
      stance: Stance,
      option: OptionKey.optional().describe('The option the position is about, if options were tabled, e.g. "3"'),
      note: text('The concerns or reasons minuted, e.g. concerns about the evidence base').optional(),
      spokenBy: PersonName.optional().describe('Who spoke for the partner, e.g. Cllr Steve Lydon'),
      inferredFrom: InferredFrom.optional(),
    }),
    (state, { organisationId, stance, option, note, spokenBy, inferredFrom }) => {
      const position: PositionState = { organisationId, stance, ...defined({ option, note, spokenBy, inferredFrom }) };
      const proposal = alreadyOpened(state, 'PositionRecorded');
      return { ...proposal, positions: [...proposal.positions, position] };
    },
  ),
  /** The meeting agreed one tabled option as a lettered resolution; a proposal agrees at most one. */
  OptionAgreed: on(
    z.object({
      proposalId: ProposalId,
      option: OptionKey.describe('The option agreed, e.g. "3"'),
      resolution: ResolutionLetter,
      text: text('The resolution as minuted, e.g. To support the principles included in option 3 ...'),
    }),
    (state, { option, resolution, text }) => {
      const proposal = alreadyOpened(state, 'OptionAgreed');
      return {
        ...proposal,
        agreedOption: option,
        resolutions: [...proposal.resolutions, newResolution(resolution, text, option)],
      };
    },
  ),
  /** The meeting agreed a lettered resolution not tied to an option; opens the proposal if it was new. */
  ResolutionRecorded: on(
    z.object({
      proposalId: ProposalId,
      meetingId: MeetingId.describe('The meeting that resolved, e.g. lg-2016-10-27; opens the proposal if new'),
      item: ItemNumber,
      resolution: ResolutionLetter,
      text: text('The resolution as minuted, e.g. Each partner to contribute £10,000 towards ...'),
    }),
    (state, data) => {
      const proposal = openedBy(state, data);
      return { ...proposal, resolutions: [...proposal.resolutions, newResolution(data.resolution, data.text)] };
    },
  ),
  /** A later meeting changed a decision's wording; the decision stays in force with the new text. */
  DecisionAmended: on(
    z.object({
      proposalId: ProposalId,
      resolution: ResolutionLetter.describe('The resolution amended, e.g. "b"'),
      meetingId: MeetingId.describe('The later meeting at which the decision was amended'),
      reason: text('Why the decision was amended'),
      text: text('The resolution as it reads after the amendment'),
    }),
    (state, { resolution, meetingId, reason, text }) =>
      changeResolution(state, 'DecisionAmended', resolution, (r) => ({
        ...r,
        text,
        amendments: [...r.amendments, { meetingId, reason, text }],
      })),
  ),
  /** A later meeting withdrew a decision; it is no longer in force and cannot be amended or cited. */
  DecisionRescinded: on(
    z.object({
      proposalId: ProposalId,
      resolution: ResolutionLetter.describe('The resolution rescinded, e.g. "b"'),
      meetingId: MeetingId.describe('The later meeting at which the decision was rescinded'),
      reason: text('Why the decision was rescinded'),
    }),
    (state, { resolution, meetingId, reason }) =>
      changeResolution(state, 'DecisionRescinded', resolution, (r) => ({
        ...r,
        status: 'rescinded',
        rescission: { meetingId, reason },
      })),
  ),
  /** The meeting referred the matter to another body; opens the proposal if it was new. */
  MatterReferred: on(
    z.object({
      proposalId: ProposalId,
      meetingId: MeetingId.describe(
        'The meeting that referred the matter, e.g. lg-2018-06-14; opens the proposal if new',
      ),
      item: ItemNumber,
      bodyId: Slug.describe('The body the matter is referred to, e.g. district-chief-executives-group'),
      purpose: text('What the body is asked to do, e.g. to explore the issues in more detail').optional(),
    }),
    (state, data) => {
      const proposal = openedBy(state, data);
      return {
        ...proposal,
        referrals: [...proposal.referrals, { bodyId: data.bodyId, ...defined({ purpose: data.purpose }) }],
      };
    },
  ),
  /**
   * A decision was linked to another body's decision (src/domain/lineage); the other may still be
   * pending (not yet recorded). Opens the proposal if it was new.
   */
  DecisionLinked: on(DecisionLinkedData, (state, data) => {
    const { proposalId, from } = data;
    const proposal = openedBy(state, { proposalId, meetingId: from.meetingId, item: from.item });
    return { ...proposal, links: [...proposal.links, linkOf(data)] };
  }),
} as const satisfies EventTable<ProposalState>;

/** Every decisions event, as `{ type, data }`, from the event table. */
export type DecisionsEvent = EventsOf<typeof decisionsEvents>;
/** One decisions event's data, by its type. */
export type DecisionsEventData<K extends keyof typeof decisionsEvents> = EventDataOf<typeof decisionsEvents, K>;
export type PositionRecordedData = DecisionsEventData<'PositionRecorded'>;

/** Event type -> schema of its data. */
export const decisionsEventSchemas = schemasOf(decisionsEvents);

/** How a proposal's state takes each of its events, dispatched through the table. */
export const evolveProposal = evolverOf<ProposalState, typeof decisionsEvents>(decisionsEvents);
