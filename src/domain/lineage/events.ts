/**
 * What the lineage records on the `proposal-<id>` stream of the matter that makes a link: the
 * event's schema, which the proposal's event table (decisions/events.ts) declares with its evolve.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';
import { LinkEnd, LinkKind } from './commands.js';

export const DecisionLinkedData = z.object({
  proposalId: ProposalId.describe('The matter that made the link'),
  resolution: ResolutionLetter.optional().describe('Its resolution that made the link, when a resolution did'),
  kind: LinkKind,
  from: LinkEnd.describe('This end of the link: the body, meeting, item, matter and resolution that made it'),
  to: LinkEnd,
  note: humanText(1000).describe('What the minutes say about the link').optional(),
});
export type DecisionLinkedData = z.infer<typeof DecisionLinkedData>;

/** A decision was linked to another body's decision; the other may still be pending (not yet recorded). */
export type DecisionLinked = { type: 'DecisionLinked'; data: DecisionLinkedData };
