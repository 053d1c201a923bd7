/**
 * The actions command union, derived from the command table (index.ts, where each command's schema
 * is declared in its entry: it reuses its event's schema, less the fields `decide` fills from the
 * action's state), and the vocabulary other layers read.
 */
import type { CommandsOf } from '../shared/feature.js';
import type { actionsCommands } from './index.js';

export { ActionId, Owner, Owners, RagStatus } from './events.js';
export type { AssignActionData } from './decide-assign.js';

/** Every actions command, as `{ type, data }`, from the feature's command table (index.ts). */
export type ActionsCommand = CommandsOf<typeof actionsCommands>;
