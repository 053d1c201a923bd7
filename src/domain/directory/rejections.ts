/**
 * The directory's one table of rejection codes, joined from the codes declared beside its rules
 * (decide-organisation.ts, decide-body.ts, decide-person.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { bodyMessages } from './decide-body.js';
import { organisationMessages } from './decide-organisation.js';
import { personMessages } from './decide-person.js';

export const directoryMessages = codeTable(organisationMessages, bodyMessages, personMessages);

export type DirectoryRejectionCode = keyof typeof directoryMessages | CitationRejectionCode;

export const directoryRejection = rejectionsFrom(directoryMessages);
