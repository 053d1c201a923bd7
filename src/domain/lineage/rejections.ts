/**
 * The lineage's one table of rejection codes, joined from the codes declared beside its rules
 * (decide.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { linkMessages } from './decide.js';

export const lineageMessages = codeTable(linkMessages);

export type LineageRejectionCode = keyof typeof lineageMessages | CitationRejectionCode;

export const lineageRejection = rejectionsFrom(lineageMessages);
