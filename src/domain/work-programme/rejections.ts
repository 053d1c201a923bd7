/**
 * The work programme's one table of rejection codes, joined from the codes declared beside its
 * rules (decide.ts: planned items; task-group.ts; review.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { planItemMessages } from './decide.js';
import { reviewMessages } from './review.js';
import { taskGroupMessages } from './task-group.js';

export const workProgrammeMessages = codeTable(planItemMessages, taskGroupMessages, reviewMessages);

/** Its own codes, and the shared citation codes for a body, meeting or decision it names. */
export type WorkProgrammeRejectionCode = keyof typeof workProgrammeMessages | CitationRejectionCode;

export const workProgrammeRejection = rejectionsFrom(workProgrammeMessages);
