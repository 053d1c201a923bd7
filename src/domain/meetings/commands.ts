/**
 * The meetings command union, derived from the command table (index.ts, where each command's
 * schema is declared in its entry, reusing or extending its event's schema).
 */
import type { CommandsOf } from '../shared/feature.js';
import type { meetingsCommands } from './index.js';

/** Every meetings command, as `{ type, data }`, from the feature's command table (index.ts). */
export type MeetingCommand = CommandsOf<typeof meetingsCommands>;
