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
import { InferredFrom, MeetingId, OptionKey, Stance } from './commands.js';
import { DecisionLinkedData, type DecisionLinked } from '../lineage/events.js';

const text = (what: string) => humanText(4000).describe(what);

export const OptionsTabledData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId,
  item: ItemNumber,
  question: text('What the meeting was asked to decide'),
  options: z.record(OptionKey, text('What the option proposes')).describe('The options by number'),
});
export const PositionRecordedData = z.object({
  proposalId: ProposalId,
  organisationId: Slug.describe('The partner whose position this is, e.g. stroud-district-council'),
  stance: Stance,
  option: OptionKey.optional().describe('The option the position is about, e.g. "3"'),
  note: text('The concerns or reasons minuted').optional(),
  spokenBy: PersonName.optional().describe('Who spoke for the partner, e.g. Cllr Steve Lydon'),
  inferredFrom: InferredFrom.optional(),
});
export const OptionAgreedData = z.object({
  proposalId: ProposalId,
  option: OptionKey.describe('The option agreed, e.g. "3"'),
  resolution: ResolutionLetter,
  text: text('The resolution as minuted'),
});
export const ResolutionRecordedData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId,
  item: ItemNumber,
  resolution: ResolutionLetter,
  text: text('The resolution as minuted'),
});
export const DecisionAmendedData = z.object({
  proposalId: ProposalId,
  resolution: ResolutionLetter.describe('The resolution amended'),
  meetingId: MeetingId.describe('The later meeting at which the decision was amended'),
  reason: text('Why the decision was amended'),
  text: text('The resolution as it reads after the amendment'),
});
export const DecisionRescindedData = z.object({
  proposalId: ProposalId,
  resolution: ResolutionLetter.describe('The resolution rescinded'),
  meetingId: MeetingId.describe('The later meeting at which the decision was rescinded'),
  reason: text('Why the decision was rescinded'),
});
export const MatterReferredData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId,
  item: ItemNumber,
  bodyId: Slug.describe('The body the matter was referred to, e.g. district-chief-executives-group'),
  purpose: text('What the body was asked to do').optional(),
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
/** A partner present at the meeting stated its stance, or the minutes' collective statement implies it; one per partner per proposal. */
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
