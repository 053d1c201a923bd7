/**
 * The decisions feature's one table of rejection codes, joined from the codes declared beside its
 * rules (decide.ts: options and positions; decide-resolutions.ts: matters and resolutions).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { optionMessages } from './decide.js';
import { resolutionMessages } from './decide-resolutions.js';

export const decisionsMessages = codeTable(resolutionMessages, optionMessages);

export type DecisionsRejectionCode = keyof typeof decisionsMessages | CitationRejectionCode;

export const decisionsRejection = rejectionsFrom(decisionsMessages);
