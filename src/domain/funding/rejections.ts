/**
 * The funding feature's one table of rejection codes, joined from the codes each rule file declares
 * beside its rules (decide.ts, decide-pledges.ts, decide-money.ts, decide-authorisations.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { fundMessages } from './decide.js';
import { authorisationMessages } from './decide-authorisations.js';
import { moneyMessages } from './decide-money.js';
import { pledgeMessages } from './decide-pledges.js';

export const fundingMessages = codeTable(fundMessages, pledgeMessages, authorisationMessages, moneyMessages);

export type FundingRejectionCode = keyof typeof fundingMessages | CitationRejectionCode;

export const fundingRejection = rejectionsFrom(fundingMessages);
