/**
 * The meetings feature's one table of rejection codes, joined from the codes declared beside its
 * rules (decide.ts, decide-changes.ts, decide-attendance.ts).
 */
import { codeTable, rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';
import { meetingMessages } from './decide.js';
import { attendanceMessages } from './decide-attendance.js';
import { changeMessages } from './decide-changes.js';

export const meetingsMessages = codeTable(meetingMessages, changeMessages, attendanceMessages);

export type MeetingsRejectionCode = keyof typeof meetingsMessages | CitationRejectionCode;

export const meetingsRejection = rejectionsFrom(meetingsMessages);
