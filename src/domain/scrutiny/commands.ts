/**
 * What a clerk records about a scrutiny committee's recommendation: the committee makes it to a
 * board or a partner, the board or partner responds (accepted, partly accepted, rejected, with
 * reasons), and the actions that carry it out are tracked against it. The 2008 prospectus expects
 * "publication of scrutiny reports, recommendations and responses".
 */
import { z } from 'zod';
import type { CommandsOf } from '../shared/feature.js';
import type { scrutinyCommands } from './index.js';
import { Slug } from '../shared/identifiers.js';

export const recommendationId = Slug.describe('The recommendation, named by the clerk, e.g. gcc-osmc-2017-03-13-rec-1');

/** Whom a recommendation is made to: a board (a body in the directory) or a partner (an organisation). */
export const Recipient = z
  .object({
    kind: z.enum(['body', 'organisation']).describe('A board or partnership (body), or a partner organisation'),
    id: Slug.describe('The body or organisation, e.g. leadership-gloucestershire'),
  })
  .describe('Whom the recommendation is made to');
export type Recipient = z.infer<typeof Recipient>;

export const ScrutinyResponse = z
  .enum(['accepted', 'partly-accepted', 'rejected'])
  .describe('What the board or partner answered: accepted, partly-accepted or rejected');
export type ScrutinyResponse = z.infer<typeof ScrutinyResponse>;

/** Every scrutiny command, from the table in index.ts. */
export type ScrutinyCommand = CommandsOf<typeof scrutinyCommands>;
