/** The URL of every command. Path parameters are fields of the command's data. */
import type { CommandRoute } from '../commands/command-route.js';

export const commandRoutes: readonly CommandRoute[] = [];
