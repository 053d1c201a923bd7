/**
 * Lineage between bodies' decisions. A link is an event on the matter that makes it, so the
 * proposal decider (src/domain/decisions) handles the command; this folder holds its schema, rules
 * and rejections, and the definition the decisions feature registers.
 */
import type { CommandDefinition } from '../shared/feature.js';
import { LinkDecisionData } from './commands.js';
import { decideLink, linkRelated } from './decide.js';

export const linkDecisionDefinition = {
  schema: LinkDecisionData,
  decide: decideLink,
  related: linkRelated,
  url: '/proposals/:proposalId/links',
  roles: ['clerk'],
  summary:
    "Record that a decision recommends to, refers to, authorises, implements, reports back on or supersedes another body's decision; the other may be pending.",
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
