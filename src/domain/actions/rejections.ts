/**
 * The actions feature's one table of rejection codes, joined from the codes declared beside its
 * rules (decide-assign.ts, decide.ts). Rules about the cited meeting, owners' organisations and
 * decision are in `shared/citations.ts`, with their codes in `shared/rejections.ts`.
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { lifecycleMessages } from './decide.js';
import { assignmentMessages } from './decide-assign.js';

export const actionsMessages = codeTable(assignmentMessages, lifecycleMessages);

export type ActionsRejectionCode = keyof typeof actionsMessages | CitationRejectionCode;

export const actionsRejection = rejectionsFrom(actionsMessages);
