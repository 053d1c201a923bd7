/**
 * What a clerk asks the ledger to record about a matter put to a meeting: the options tabled,
 * partners' positions, the option agreed, lettered resolutions, amendments, rescissions, referrals.
 */
import type { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { decisionsCommands } from './index.js';
import {
  DecisionAmendedData,
  DecisionRescindedData,
  MatterReferredData,
  OptionAgreedData,
  OptionsTabledData,
  PositionRecordedData,
  ResolutionRecordedData,
  TabledOptions,
} from './events.js';

export { InferredFrom, MeetingId, OptionKey, Stance } from './events.js';

// The event schema is the contract: each command carries what its event will say. Tabling adds
// the limits a new set of options must keep (events already recorded are read as they are).
export const TableOptionsData = OptionsTabledData.extend({ options: TabledOptions });
export const RecordPositionData = PositionRecordedData;
export const AgreeOptionData = OptionAgreedData;
export const RecordResolutionData = ResolutionRecordedData;
export const AmendDecisionData = DecisionAmendedData;
export const RescindDecisionData = DecisionRescindedData;
export const ReferMatterData = MatterReferredData;

export type TableOptionsData = z.infer<typeof TableOptionsData>;
export type RecordPositionData = z.infer<typeof RecordPositionData>;
export type AgreeOptionData = z.infer<typeof AgreeOptionData>;
export type RecordResolutionData = z.infer<typeof RecordResolutionData>;
export type AmendDecisionData = z.infer<typeof AmendDecisionData>;
export type RescindDecisionData = z.infer<typeof RescindDecisionData>;
export type ReferMatterData = z.infer<typeof ReferMatterData>;

/** The papers put numbered options to a meeting; opens the proposal if it is new. */
export type TableOptions = Extract<DecisionsCommand, { type: 'TableOptions' }>;
/** A partner present at the meeting stated where it stands; once per partner per proposal. */
export type RecordPosition = Extract<DecisionsCommand, { type: 'RecordPosition' }>;
/** The meeting agreed one tabled option, minuted as a lettered resolution. */
export type AgreeOption = Extract<DecisionsCommand, { type: 'AgreeOption' }>;
/** The meeting agreed a lettered resolution not tied to an option; opens the proposal if it is new. */
export type RecordResolution = Extract<DecisionsCommand, { type: 'RecordResolution' }>;
/** A later meeting changed the wording of a decision in force. */
export type AmendDecision = Extract<DecisionsCommand, { type: 'AmendDecision' }>;
/** A later meeting withdrew a decision in force; nothing may cite it afterwards. */
export type RescindDecision = Extract<DecisionsCommand, { type: 'RescindDecision' }>;
/** The meeting referred the matter to another body; opens the proposal if it is new. */
export type ReferMatter = Extract<DecisionsCommand, { type: 'ReferMatter' }>;

export type DecisionsCommand = CommandsOf<typeof decisionsCommands>;
