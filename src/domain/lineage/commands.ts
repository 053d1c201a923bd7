/**
 * What a clerk records about how one body's decision stands to another body's: it recommends a
 * matter to another body, refers it, authorises a recommendation, implements a decision, reports
 * back on what was asked, or supersedes an earlier decision. The link is recorded on the matter
 * that makes it; the other end may be a matter another body has not recorded yet (pending). The
 * vocabulary the link's event and command share is here; the command's schema is in its table
 * entry (index.ts).
 */
import { z } from 'zod';
import { Slug } from '../shared/identifiers.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';

/**
 * `recommends` and `refers` send the matter on (this decision comes first); `authorises`,
 * `implements`, `reports-back` and `supersedes` act on the other decision (that one comes first).
 */
export const LinkKind = z
  .enum(['recommends', 'refers', 'authorises', 'implements', 'reports-back', 'supersedes'])
  .describe(
    'How this decision stands to the other: recommends or refers (sends the matter to the other body); ' +
      'authorises, implements, reports-back or supersedes (acts on the other decision, which came first)',
  );
export type LinkKind = z.infer<typeof LinkKind>;

/** The kinds in which the decision making the link comes first and the other end follows. */
export const FORWARD_KINDS: readonly LinkKind[] = ['recommends', 'refers'];

export const LinkEnd = z
  .object({
    bodyId: Slug.describe('The body whose decision it is, e.g. accountable-bodies-group'),
    meetingId: Slug.describe('Its meeting, e.g. abg-2008-11-20'),
    item: z.string().min(1).max(20).describe('The agenda item, as the papers number it, e.g. "2"'),
    proposalId: ProposalId,
    resolution: ResolutionLetter.optional().describe(
      'The resolution letter, when the link is to one resolution, e.g. "a"',
    ),
  })
  .describe(
    'The other end of the link: body, meeting, item, matter and resolution; ' +
      'it is pending until its item (and resolution) is recorded',
  );
export type LinkEnd = z.infer<typeof LinkEnd>;

/** The command as its rules read it (its schema is in the table entry, index.ts). */
export type { LinkDecisionData } from './decide.js';
