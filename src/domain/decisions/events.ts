/**
 * What the decisions feature records on a `proposal-<id>` stream. The first event of a stream
 * (options tabled, a resolution, or a referral) carries the meeting and item the matter belongs to.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { PersonName } from '../directory/events.js';
import { ItemNumber } from '../meetings/events.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';
import { MAX_OPTIONS, tooMany } from '../shared/bounds.js';
import { OptionKey } from './option-keys.js';
import { DecisionLinkedData, type DecisionLinked } from '../lineage/events.js';

export const MeetingId = Slug.describe('The meeting, e.g. lg-2016-10-27');

export { OptionKey };

export const Stance = z
  .enum(['support', 'support-with-concerns', 'concerns', 'oppose', 'abstain'])
  .describe(
    'Where the partner stood: support; support-with-concerns (supported, with concerns minuted); concerns (had concerns and did not support); oppose; abstain',
  );
export type Stance = z.infer<typeof Stance>;

/**
 * The minutes' own collective sentence a position is inferred from, when they do not record the
 * partner's position individually ("Nine of the 10 partners around the table broadly supported option 3").
 */
export const InferredFrom = humanText(1000).describe(
  'When the minutes record no individual position: their collective statement the position is inferred from, word for word, e.g. Nine of the 10 partners around the table broadly supported option 3',
);

const text = (what: string) => humanText(4000).describe(what);

export const OptionsTabledData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId,
  item: ItemNumber,
  question: text('What the meeting was asked to decide, e.g. How should community safety partnerships be organised?'),
  options: z.record(OptionKey, text('What the option proposes')).describe('The options by number'),
});

/** The options a command may table: at least one, at most MAX_OPTIONS. */
export const TabledOptions = z
  .record(OptionKey, text('What the option proposes'))
  .refine((options) => Object.keys(options).length > 0, 'table at least one option')
  .refine((options) => Object.keys(options).length <= MAX_OPTIONS, tooMany('options', MAX_OPTIONS))
  .describe('The options by number, e.g. {"1": "Six district partnerships with a forum for chairs", ...}');

export const PositionRecordedData = z.object({
  proposalId: ProposalId,
  organisationId: Slug.describe('The partner whose position this is, e.g. stroud-district-council'),
  stance: Stance,
  option: OptionKey.optional().describe('The option the position is about, if options were tabled, e.g. "3"'),
  note: text('The concerns or reasons minuted, e.g. concerns about the evidence base').optional(),
  spokenBy: PersonName.optional().describe('Who spoke for the partner, e.g. Cllr Steve Lydon'),
  inferredFrom: InferredFrom.optional(),
});

export const OptionAgreedData = z.object({
  proposalId: ProposalId,
  option: OptionKey.describe('The option agreed, e.g. "3"'),
  resolution: ResolutionLetter,
  text: text('The resolution as minuted, e.g. To support the principles included in option 3 ...'),
});

export const ResolutionRecordedData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId.describe('The meeting that resolved, e.g. lg-2016-10-27; opens the proposal if new'),
  item: ItemNumber,
  resolution: ResolutionLetter,
  text: text('The resolution as minuted, e.g. Each partner to contribute £10,000 towards ...'),
});

export const DecisionAmendedData = z.object({
  proposalId: ProposalId,
  resolution: ResolutionLetter.describe('The resolution amended, e.g. "b"'),
  meetingId: MeetingId.describe('The later meeting at which the decision was amended'),
  reason: text('Why the decision was amended'),
  text: text('The resolution as it reads after the amendment'),
});

export const DecisionRescindedData = z.object({
  proposalId: ProposalId,
  resolution: ResolutionLetter.describe('The resolution rescinded, e.g. "b"'),
  meetingId: MeetingId.describe('The later meeting at which the decision was rescinded'),
  reason: text('Why the decision was rescinded'),
});

export const MatterReferredData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId.describe('The meeting that referred the matter, e.g. lg-2018-06-14; opens the proposal if new'),
  item: ItemNumber,
  bodyId: Slug.describe('The body the matter is referred to, e.g. district-chief-executives-group'),
  purpose: text('What the body is asked to do, e.g. to explore the issues in more detail').optional(),
});

export type OptionsTabledData = z.infer<typeof OptionsTabledData>;
export type PositionRecordedData = z.infer<typeof PositionRecordedData>;
export type OptionAgreedData = z.infer<typeof OptionAgreedData>;
export type ResolutionRecordedData = z.infer<typeof ResolutionRecordedData>;
export type DecisionAmendedData = z.infer<typeof DecisionAmendedData>;
export type DecisionRescindedData = z.infer<typeof DecisionRescindedData>;
export type MatterReferredData = z.infer<typeof MatterReferredData>;

/** Numbered options were put to the meeting; opens the proposal if it was new. */
export type OptionsTabled = { type: 'OptionsTabled'; data: OptionsTabledData };
/**
 * A partner present at the meeting stated its stance, or the minutes' collective statement implies it; one per partner
 * per proposal.
 */
export type PositionRecorded = { type: 'PositionRecorded'; data: PositionRecordedData };
/** The meeting agreed one tabled option as a lettered resolution; a proposal agrees at most one. */
export type OptionAgreed = { type: 'OptionAgreed'; data: OptionAgreedData };
/** The meeting agreed a lettered resolution not tied to an option; opens the proposal if it was new. */
export type ResolutionRecorded = { type: 'ResolutionRecorded'; data: ResolutionRecordedData };
/** A later meeting changed a decision's wording; the decision stays in force with the new text. */
export type DecisionAmended = { type: 'DecisionAmended'; data: DecisionAmendedData };
/** A later meeting withdrew a decision; it is no longer in force and cannot be amended or cited. */
export type DecisionRescinded = { type: 'DecisionRescinded'; data: DecisionRescindedData };
/** The meeting referred the matter to another body; opens the proposal if it was new. */
export type MatterReferred = { type: 'MatterReferred'; data: MatterReferredData };

export type DecisionsEvent =
  | OptionsTabled
  | PositionRecorded
  | OptionAgreed
  | ResolutionRecorded
  | DecisionAmended
  | DecisionRescinded
  | MatterReferred
  | DecisionLinked;

export const decisionsEventSchemas = {
  OptionsTabled: OptionsTabledData,
  PositionRecorded: PositionRecordedData,
  OptionAgreed: OptionAgreedData,
  ResolutionRecorded: ResolutionRecordedData,
  DecisionAmended: DecisionAmendedData,
  DecisionRescinded: DecisionRescindedData,
  MatterReferred: MatterReferredData,
  DecisionLinked: DecisionLinkedData,
} as const satisfies Record<DecisionsEvent['type'], z.ZodType>;
