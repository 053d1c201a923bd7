/**
 * The scrutiny feature's one table of rejection codes, joined from the codes declared beside its
 * rules (decide.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { recommendationMessages } from './decide.js';

export const scrutinyMessages = codeTable(recommendationMessages);

/**
 * Its own codes, the shared codes of the committee, recipient and meeting it cites, and the actions
 * feature's for an action it cites that is not recorded.
 */
export type ScrutinyRejectionCode = keyof typeof scrutinyMessages | CitationRejectionCode | 'ACTION_NOT_FOUND';

export const scrutinyRejection = rejectionsFrom(scrutinyMessages);
