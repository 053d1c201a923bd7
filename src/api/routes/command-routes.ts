/**
 * The URL of every command, derived from the features' command tables (src/domain/<feature>/index.ts):
 * path and roles from the command's entry, the OpenAPI tag from its feature. Path parameters are
 * fields of the command's data; the body carries the rest.
 */
import { features } from '../../domain/index.js';
import type { CommandRoute } from '../commands/command-route.js';

export const commandRoutes: readonly CommandRoute[] = features.flatMap((feature) =>
  Object.entries(feature.commands).map(([command, { url, roles }]) => ({ command, url, tag: feature.name, roles })),
);
