/**
 * Lineage between bodies' decisions. A link is an event on the matter that makes it, so the
 * proposal decider (src/domain/decisions) handles the command; this folder holds its schema, rules
 * and rejections, and the definition the decisions feature registers.
 */
import { z } from 'zod';
import type { CommandDefinition } from '../shared/feature.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { ProposalId, ResolutionLetter } from '../shared/references.js';
import { decideLink, linkRelated } from './decide.js';
import { DecisionLinkedData } from './events.js';

export const linkDecisionDefinition = {
  // The event's fields, with this matter's meeting and item in place of the end the rules work out.
  schema: z.object({
    proposalId: ProposalId.describe(
      'The matter making the link, e.g. abg-2008-10-30-item-1; opened at the meeting and item if new',
    ),
    meetingId: Slug.describe('The meeting of the matter making the link, e.g. abg-2008-10-30'),
    item: z.string().min(1).max(20).describe('Its agenda item, as the papers number it, e.g. "1"'),
    resolution: ResolutionLetter.optional().describe(
      'Its resolution that makes the link, when a resolution does, e.g. "a"',
    ),
    kind: DecisionLinkedData.shape.kind,
    to: DecisionLinkedData.shape.to,
    note: humanText(1000).describe('What the minutes say about the link, e.g. an action plan is signed off').optional(),
  }),
  decide: decideLink,
  related: linkRelated,
  url: '/proposals/:proposalId/links',
  roles: ['clerk'],
  summary:
    'Record that a decision recommends to, refers to, authorises, implements, reports back on ' +
    "or supersedes another body's decision; the other may be pending.",
  example: {
    proposalId: 'abg-2008-10-30-item-1',
    meetingId: 'abg-2008-10-30',
    item: '1',
    resolution: 'a',
    kind: 'authorises',
    to: {
      bodyId: 'employco-joint-meeting',
      meetingId: 'employco-joint-2008-10-20',
      item: '1',
      proposalId: 'employco-joint-2008-10-20-item-1',
      resolution: 'a',
    },
    note: 'An action plan is signed off at a special meeting of the Accountable Bodies Group',
  },
} as const satisfies CommandDefinition;
