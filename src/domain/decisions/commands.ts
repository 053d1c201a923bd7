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

export type DecisionsCommand = CommandsOf<typeof decisionsCommands>;
