/**
 * The directory's command unions, derived from the command tables (index.ts, where each command's
 * schema is declared in its entry, reusing or extending its event's schema).
 */
import type { CommandsOf } from '../shared/feature.js';
import type { bodyCommands, organisationCommands, personCommands } from './index.js';

export type PersonCommand = CommandsOf<typeof personCommands>;
export type OrganisationCommand = CommandsOf<typeof organisationCommands>;
export type BodyCommand = CommandsOf<typeof bodyCommands>;
export type DirectoryCommand = OrganisationCommand | BodyCommand | PersonCommand;
