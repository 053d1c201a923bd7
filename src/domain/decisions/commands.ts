/**
 * The decisions command union, derived from the command table (index.ts, where each command's
 * schema is declared in its entry, reusing or extending its event's schema), and the limits a new
 * set of options must keep (events already recorded are read as they are).
 */
import { z } from 'zod';
import { MAX_OPTIONS, tooMany } from '../shared/bounds.js';
import { humanText } from '../shared/human-text.js';
import type { CommandsOf } from '../shared/feature.js';
import type { decisionsCommands } from './index.js';
import { OptionKey } from './events.js';

export { InferredFrom, MeetingId, OptionKey, Stance } from './events.js';

/** The options a command may table: at least one, at most MAX_OPTIONS. */
export const TabledOptions = z
  .record(OptionKey, humanText(4000).describe('What the option proposes'))
  .refine((options) => Object.keys(options).length > 0, 'table at least one option')
  .refine((options) => Object.keys(options).length <= MAX_OPTIONS, tooMany('options', MAX_OPTIONS))
  .describe('The options by number, e.g. {"1": "Six district partnerships with a forum for chairs", ...}');

/** Every decisions command, as `{ type, data }`, from the feature's command table (index.ts). */
export type DecisionsCommand = CommandsOf<typeof decisionsCommands>;
