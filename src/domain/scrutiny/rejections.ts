/**
 * The scrutiny feature's one table of rejection codes, joined from the codes declared beside its
 * rules (decide.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import { recommendationMessages } from './decide.js';

export const scrutinyMessages = codeTable(recommendationMessages);

/** Its own codes, and the actions feature's for an action it cites that is not recorded. */
export type ScrutinyRejectionCode = keyof typeof scrutinyMessages | 'ACTION_NOT_FOUND';

export const scrutinyRejection = rejectionsFrom(scrutinyMessages);
