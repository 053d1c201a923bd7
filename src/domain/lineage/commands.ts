/**
 * What a clerk records about how one body's decision stands to another body's: it recommends a
 * matter to another body, refers it, authorises a recommendation, implements a decision, reports
 * back on what was asked, or supersedes an earlier decision. The link is recorded on the matter
 * that makes it; the other end may be a matter another body has not recorded yet (pending).
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';

/**
 * `recommends` and `refers` send the matter on (this decision comes first); `authorises`,
 * `implements`, `reports-back` and `supersedes` act on the other decision (that one comes first).
 */
export const LinkKind = z
  .enum(['recommends', 'refers', 'authorises', 'implements', 'reports-back', 'supersedes'])
  .describe(
    'How this decision stands to the other: recommends or refers (sends the matter to the other body); authorises, implements, reports-back or supersedes (acts on the other decision, which came first)',
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
    'The other end of the link: body, meeting, item, matter and resolution; it is pending until its item (and resolution) is recorded',
  );
export type LinkEnd = z.infer<typeof LinkEnd>;

export const LinkDecisionData = z.object({
  proposalId: ProposalId.describe(
    'The matter making the link, e.g. abg-2008-10-30-item-1; opened at the meeting and item if new',
  ),
  meetingId: Slug.describe('The meeting of the matter making the link, e.g. abg-2008-10-30'),
  item: z.string().min(1).max(20).describe('Its agenda item, as the papers number it, e.g. "1"'),
  resolution: ResolutionLetter.optional().describe(
    'Its resolution that makes the link, when a resolution does, e.g. "a"',
  ),
  kind: LinkKind,
  to: LinkEnd,
  note: humanText(1000).describe('What the minutes say about the link, e.g. an action plan is signed off').optional(),
});
export type LinkDecisionData = z.infer<typeof LinkDecisionData>;
