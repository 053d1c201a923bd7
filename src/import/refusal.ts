/**
 * A command the ledger refused, as the clerk reads it: the file, the document, and the line of
 * the field the rule is about, then the decider's own sentence and code. The rules themselves
 * live only in the deciders; this file only says where in the minutes the refused fact was written
 * and, for the refusals a file can fix by adding a document, which one.
 */
import type { ActionsRejectionCode } from '../domain/actions/rejections.js';
import type { DecisionsRejectionCode } from '../domain/decisions/rejections.js';
import type { FundingRejectionCode } from '../domain/funding/rejections.js';
import type { Rejection } from '../domain/shared/decider.js';
import { pathText, type ImportIssue } from './issues.js';
import type { ReadyCommand } from './ready.js';
import type { YamlLeaf } from './yaml-file.js';

/** What to add or change in the files, for rejections whose decider sentence speaks of the ledger. */
const IN_THE_FILES: Partial<Record<ActionsRejectionCode | DecisionsRejectionCode | FundingRejectionCode, string>> = {
  ORGANISATION_NOT_REGISTERED: 'check the id, or add an Organisation document before this one',
  BODY_NOT_ESTABLISHED: 'check the id, or add a Body document before this one',
  FUND_NOT_OPENED: 'check the id, or add a Fund document before this one, or open the fund in an earlier decision',
  MEETING_NOT_SCHEDULED:
    'check the id, or add a Meeting document for it before this one (id, body and date are enough)',
  ACTION_NOT_FOUND: 'check the id, or assign the action in an earlier meeting first',
  PROPOSAL_NOT_FOUND: "list the options tabled under the item's options",
  OPTION_NOT_TABLED: "list the option under the item's options, or correct it",
};

export function refusalIssue(command: ReadyCommand, rejection: Rejection): ImportIssue {
  const subject = subjectOf(rejection.message, command.leaves());
  const path = subject?.path ?? command.fieldPath;
  const advice = (IN_THE_FILES as Partial<Record<string, string>>)[rejection.code];
  return {
    file: command.file,
    document: command.label,
    line: subject?.line ?? command.line,
    ...(path.length > 0 ? { path: pathText(path) } : {}),
    message: `${rejection.code}: ${rejection.message}${advice ? ` In the files: ${advice}.` : ''}`,
  };
}

/**
 * The field the rejection is about: of the values written in the command's entry, the one its
 * sentence names first (a decider names the id or letter it refuses near the start). None when
 * the sentence names none of them, as when it gives a sum the ledger worked out.
 */
function subjectOf(message: string, leaves: readonly YamlLeaf[]): YamlLeaf | undefined {
  let best: { leaf: YamlLeaf; at: number } | undefined;
  for (const leaf of leaves) {
    const at = wordAt(message, leaf.value);
    if (at >= 0 && (best === undefined || at < best.at)) best = { leaf, at };
  }
  return best?.leaf;
}

/** Where the value first stands in the sentence as a whole word (an id is not matched inside a longer id). */
function wordAt(sentence: string, value: string): number {
  const trimmed = value.trim();
  if (trimmed === '') return -1;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return sentence.search(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`));
}
