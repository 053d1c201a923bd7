/**
 * What a clerk asks the ledger to record about a matter put to a meeting: the options tabled,
 * partners' positions, the option agreed, lettered resolutions, amendments, rescissions, referrals.
 */
import { z } from 'zod';
import { MAX_OPTIONS, tooMany } from '../shared/bounds.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';
import { PersonName } from '../directory/events.js';
import { ItemNumber } from '../meetings/events.js';
import type { LinkDecision } from '../lineage/commands.js';

export const MeetingId = Slug.describe('The meeting, e.g. lg-2016-10-27');

export { OptionKey } from './option-keys.js';
import { OptionKey } from './option-keys.js';

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
export const InferredFrom = humanText(1000)
  .describe(
    'When the minutes record no individual position: their collective statement the position is inferred from, word for word, e.g. Nine of the 10 partners around the table broadly supported option 3',
  );

const text = (what: string) => humanText(4000).describe(what);

export const TableOptionsData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId,
  item: ItemNumber,
  question: text('What the meeting was asked to decide, e.g. How should community safety partnerships be organised?'),
  options: z
    .record(OptionKey, text('What the option proposes'))
    .refine((options) => Object.keys(options).length > 0, 'table at least one option')
    .refine((options) => Object.keys(options).length <= MAX_OPTIONS, tooMany('options', MAX_OPTIONS))
    .describe('The options by number, e.g. {"1": "Six district partnerships with a forum for chairs", ...}'),
});

export const RecordPositionData = z.object({
  proposalId: ProposalId,
  organisationId: Slug.describe('The partner whose position this is, e.g. stroud-district-council'),
  stance: Stance,
  option: OptionKey.optional().describe('The option the position is about, if options were tabled, e.g. "3"'),
  note: text('The concerns or reasons minuted, e.g. concerns about the evidence base').optional(),
  spokenBy: PersonName.optional().describe('Who spoke for the partner, e.g. Cllr Steve Lydon'),
  inferredFrom: InferredFrom.optional(),
});

export const AgreeOptionData = z.object({
  proposalId: ProposalId,
  option: OptionKey.describe('The option agreed, e.g. "3"'),
  resolution: ResolutionLetter,
  text: text('The resolution as minuted, e.g. To support the principles included in option 3 ...'),
});

export const RecordResolutionData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId.describe('The meeting that resolved, e.g. lg-2016-10-27; opens the proposal if new'),
  item: ItemNumber,
  resolution: ResolutionLetter,
  text: text('The resolution as minuted, e.g. Each partner to contribute £10,000 towards ...'),
});

export const AmendDecisionData = z.object({
  proposalId: ProposalId,
  resolution: ResolutionLetter.describe('The resolution amended, e.g. "b"'),
  meetingId: MeetingId.describe('The later meeting at which the decision was amended'),
  reason: text('Why the decision was amended'),
  text: text('The resolution as it reads after the amendment'),
});

export const RescindDecisionData = z.object({
  proposalId: ProposalId,
  resolution: ResolutionLetter.describe('The resolution rescinded, e.g. "b"'),
  meetingId: MeetingId.describe('The later meeting at which the decision was rescinded'),
  reason: text('Why the decision was rescinded'),
});

export const ReferMatterData = z.object({
  proposalId: ProposalId,
  meetingId: MeetingId.describe('The meeting that referred the matter, e.g. lg-2018-06-14; opens the proposal if new'),
  item: ItemNumber,
  bodyId: Slug.describe('The body the matter is referred to, e.g. district-chief-executives-group'),
  purpose: text('What the body is asked to do, e.g. to explore the issues in more detail').optional(),
});

export type TableOptionsData = z.infer<typeof TableOptionsData>;
export type RecordPositionData = z.infer<typeof RecordPositionData>;
export type AgreeOptionData = z.infer<typeof AgreeOptionData>;
export type RecordResolutionData = z.infer<typeof RecordResolutionData>;
export type AmendDecisionData = z.infer<typeof AmendDecisionData>;
export type RescindDecisionData = z.infer<typeof RescindDecisionData>;
export type ReferMatterData = z.infer<typeof ReferMatterData>;

/** The papers put numbered options to a meeting; opens the proposal if it is new. */
export type TableOptions = { type: 'TableOptions'; data: TableOptionsData };
/** A partner present at the meeting stated where it stands; once per partner per proposal. */
export type RecordPosition = { type: 'RecordPosition'; data: RecordPositionData };
/** The meeting agreed one tabled option, minuted as a lettered resolution. */
export type AgreeOption = { type: 'AgreeOption'; data: AgreeOptionData };
/** The meeting agreed a lettered resolution not tied to an option; opens the proposal if it is new. */
export type RecordResolution = { type: 'RecordResolution'; data: RecordResolutionData };
/** A later meeting changed the wording of a decision in force. */
export type AmendDecision = { type: 'AmendDecision'; data: AmendDecisionData };
/** A later meeting withdrew a decision in force; nothing may cite it afterwards. */
export type RescindDecision = { type: 'RescindDecision'; data: RescindDecisionData };
/** The meeting referred the matter to another body; opens the proposal if it is new. */
export type ReferMatter = { type: 'ReferMatter'; data: ReferMatterData };

export type DecisionsCommand =
  | TableOptions
  | RecordPosition
  | AgreeOption
  | RecordResolution
  | AmendDecision
  | RescindDecision
  | ReferMatter
  | LinkDecision;
